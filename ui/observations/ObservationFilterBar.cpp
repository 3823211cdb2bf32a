#include "observations/ObservationFilterBar.h"

#include "common/DateField.h"
#include "common/DateText.h"
#include "common/PersonPicker.h"
#include "storage/FrameworkRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace peerradar {

namespace {
// The earliest date means "no limit": the date edits show their special text there.
const QDate noLimit(2000, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QString& anyText)
{
    auto* edit = new DateField(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    useShortDateFormat(edit);
    edit->setMinimumDate(noLimit);
    edit->setSpecialValueText(anyText);
    edit->setDate(noLimit);
    return edit;
}
} // namespace

ObservationFilterBar::ObservationFilterBar(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_person = new PersonPicker(db, this);
    m_person->setObjectName(QStringLiteral("filterPersonComboBox"));
    m_person->setMinimumContentsLength(16);
    m_behavior = new QComboBox(this);
    m_behavior->setObjectName(QStringLiteral("filterBehaviorComboBox"));
    m_from = makeDateEdit(this, QStringLiteral("filterFromDateEdit"), tr("any"));
    m_to = makeDateEdit(this, QStringLiteral("filterToDateEdit"), tr("any"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterTextEdit"));
    m_text->setPlaceholderText(tr("Search notes and names"));
    m_text->setClearButtonEnabled(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [&](const QString& text, QWidget* field, int stretch) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field, stretch);
    };
    addLabelled(tr("Pe&rson:"), m_person, 2);
    addLabelled(tr("&Behavior:"), m_behavior, 1);
    addLabelled(tr("Fro&m:"), m_from, 0);
    addLabelled(tr("&Until:"), m_to, 0);
    addLabelled(tr("&Search:"), m_text, 2);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    connect(m_person, &PersonPicker::personChanged, this, &ObservationFilterBar::emitSoon);
    connect(m_behavior, &QComboBox::currentIndexChanged, this, &ObservationFilterBar::emitSoon);
    connect(m_from, &QDateEdit::dateChanged, this, &ObservationFilterBar::emitSoon);
    connect(m_to, &QDateEdit::dateChanged, this, &ObservationFilterBar::emitSoon);
    connect(m_text, &QLineEdit::textChanged, this, &ObservationFilterBar::emitSoon);
    reloadBehaviors();
}

void ObservationFilterBar::emitSoon()
{
    m_delay->start();
}

void ObservationFilterBar::reloadBehaviors()
{
    const QSignalBlocker blocker(m_behavior);
    const QVariant previous = m_behavior->currentData();
    m_behavior->clear();
    m_behavior->addItem(tr("Any behavior"), Id(0));
    if (auto framework = FrameworkRepository(m_db).active()) {
        for (const Behavior& b : framework->behaviors)
            m_behavior->addItem(b.retired ? tr("%1 (retired)").arg(b.name) : b.name, b.id);
    }
    m_behavior->setCurrentIndex(std::max(0, m_behavior->findData(previous)));
}

ObservationFilter ObservationFilterBar::filter() const
{
    ObservationFilter f;
    if (auto person = m_person->person())
        f.personId = person->id;
    f.behaviorId = m_behavior->currentData().toLongLong();
    if (m_from->date() != noLimit)
        f.from = m_from->date();
    if (m_to->date() != noLimit)
        f.to = m_to->date();
    f.text = m_text->text();
    return f;
}

} // namespace peerradar
