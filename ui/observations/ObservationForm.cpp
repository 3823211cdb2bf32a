#include "observations/ObservationForm.h"

#include "common/DateField.h"
#include "common/DateText.h"
#include "common/PersonPicker.h"
#include "common/UndoHandOver.h"
#include "domain/Rules.h"
#include "observations/ImpactSelector.h"
#include "storage/FrameworkRepository.h"
#include "storage/PeopleRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace peerradar {

ObservationForm::ObservationForm(Database& db, Person observer, QWidget* parent)
    : QWidget(parent), m_db(db), m_observer(std::move(observer))
{
    m_subject = new PersonPicker(db, this);
    m_subject->setObjectName(QStringLiteral("subjectComboBox"));
    m_subject->setAccessibleName(tr("Whom did you observe?"));

    m_raterGroup = new QLabel(this);
    m_raterGroup->setObjectName(QStringLiteral("raterGroupLabel"));
    m_raterGroup->setTextFormat(Qt::PlainText);
    m_raterGroup->setForegroundRole(QPalette::PlaceholderText);

    m_behavior = new QComboBox(this);
    m_behavior->setObjectName(QStringLiteral("behaviorComboBox"));
    m_behavior->setAccessibleName(tr("Behavior"));
    m_behaviorHelp = new QLabel(this);
    m_behaviorHelp->setObjectName(QStringLiteral("behaviorHelpLabel"));
    m_behaviorHelp->setTextFormat(Qt::PlainText);
    m_behaviorHelp->setWordWrap(true);
    m_behaviorHelp->setForegroundRole(QPalette::PlaceholderText);

    m_date = new DateField(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    useShortDateFormat(m_date);
    m_date->setAccessibleName(tr("Date observed"));

    m_impact = new ImpactSelector(this);
    m_impact->setAccessibleName(tr("Impact"));

    m_situation = makeNoteEdit(QStringLiteral("situationEdit"), tr("Where and when? (optional)"));
    m_action = makeNoteEdit(QStringLiteral("actionEdit"), tr("What did they do? (optional)"));
    m_result = makeNoteEdit(QStringLiteral("resultEdit"), tr("What did it change? (optional)"));

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Whom did you observe?"), m_subject);
    layout->addRow(QString(), m_raterGroup);
    layout->addRow(tr("&Behavior:"), m_behavior);
    layout->addRow(QString(), m_behaviorHelp);
    layout->addRow(tr("&Date:"), m_date);
    layout->addRow(tr("&Impact (1–5):"), m_impact);
    layout->addRow(tr("&Situation:"), m_situation);
    layout->addRow(tr("&Action:"), m_action);
    layout->addRow(tr("&Result:"), m_result);

    setTabOrder(m_subject, m_behavior);
    setTabOrder(m_behavior, m_date);
    setTabOrder(m_date, m_impact);
    setTabOrder(m_impact, m_situation);
    setTabOrder(m_situation, m_action);
    setTabOrder(m_action, m_result);

    for (QWidget* w : { static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_behavior),
             static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_impact), static_cast<QWidget*>(m_situation),
             static_cast<QWidget*>(m_action), static_cast<QWidget*>(m_result) })
        w->installEventFilter(this);
    for (QWidget* w : { static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_situation),
             static_cast<QWidget*>(m_action), static_cast<QWidget*>(m_result) })
        UndoHandOver::install(w);
    for (QObject* child : m_impact->children())
        if (child->isWidgetType())
            child->installEventFilter(this);

    connect(m_behavior, &QComboBox::currentIndexChanged, this, &ObservationForm::updateBehaviorHelp);
    connect(m_subject, &PersonPicker::personChanged, this, &ObservationForm::updateRaterGroup);
    setFocusProxy(m_subject);
    loadBehaviors();
    updateRaterGroup();
}

QPlainTextEdit* ObservationForm::makeNoteEdit(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int lines = 3;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    edit->setAccessibleDescription(tr("Ctrl+Enter saves"));
    return edit;
}

void ObservationForm::setObserver(const Person& observer)
{
    m_observer = observer;
    updateRaterGroup();
}

void ObservationForm::loadBehaviors(Id alsoId)
{
    const Id previous = m_behavior->currentData().toLongLong();
    m_behavior->clear();
    auto framework = FrameworkRepository(m_db).active();
    if (!framework)
        return;
    for (const Behavior& b : framework->behaviors) {
        if (b.retired && b.id != alsoId)
            continue;
        m_behavior->addItem(b.name, b.id);
        m_behavior->setItemData(m_behavior->count() - 1, b.description, Qt::ToolTipRole);
    }
    const int index = m_behavior->findData(alsoId != 0 ? alsoId : previous);
    m_behavior->setCurrentIndex(index >= 0 ? index : 0);
    updateBehaviorHelp();
}

void ObservationForm::updateBehaviorHelp()
{
    m_behaviorHelp->setText(m_behavior->currentData(Qt::ToolTipRole).toString());
    m_behavior->setAccessibleDescription(m_behaviorHelp->text());
}

void ObservationForm::updateRaterGroup()
{
    const auto subject = m_subject->person();
    if (!subject) {
        m_raterGroup->setText(m_subject->currentText().trimmed().isEmpty()
                ? tr("Choose a person; you can also observe yourself.")
                : tr("No single person matches yet: keep typing or pick from the list."));
        return;
    }
    m_raterGroup->setText(
        tr("Stored as rater group: %1").arg(raterGroupDisplayName(deriveRaterGroup(m_observer, *subject))));
}

QString ObservationForm::behaviorName() const
{
    return m_behavior->currentText();
}

std::optional<Person> ObservationForm::subject() const
{
    return m_subject->person();
}

Result<Observation> ObservationForm::observation()
{
    const auto subject = m_subject->person();
    if (!subject) {
        m_subject->setFocus();
        return makeError(ErrorCode::Invalid,
            m_subject->currentText().trimmed().isEmpty()
                ? tr("Choose whom you observed.")
                : tr("No single person matches \"%1\". Pick one from the list.").arg(m_subject->currentText().trimmed()));
    }
    if (m_behavior->currentIndex() < 0) {
        m_behavior->setFocus();
        return makeError(ErrorCode::Invalid, tr("Choose a behavior."));
    }
    Observation o;
    o.observerId = m_observer.id;
    o.subjectId = subject->id;
    o.behaviorId = m_behavior->currentData().toLongLong();
    o.date = m_date->date();
    o.impact = m_impact->value();
    o.note = { m_situation->toPlainText(), m_action->toPlainText(), m_result->toPlainText() };
    return o;
}

void ObservationForm::setObservation(const Observation& o)
{
    loadBehaviors(o.behaviorId);
    auto subject = PeopleRepository(m_db).byId(o.subjectId);
    m_subject->setPerson(subject ? std::optional<Person>(*subject) : std::nullopt);
    m_date->setMaximumDate(std::max(QDate::currentDate(), o.date));
    m_date->setDate(o.date);
    m_impact->setValue(o.impact);
    m_situation->setPlainText(o.note.situation);
    m_action->setPlainText(o.note.action);
    m_result->setPlainText(o.note.result);
    updateRaterGroup();
}

void ObservationForm::clearAfterSave()
{
    m_subject->clearPerson();
    m_impact->setValue(3);
    m_situation->clear();
    m_action->clear();
    m_result->clear();
    m_subject->setFocus();
}

void ObservationForm::focusFirstField()
{
    m_subject->setFocus();
}

void ObservationForm::focusFieldFor(const Observation& o)
{
    // Find the field whose correction makes the core's validation pass.
    auto passesWith = [&](auto&& change) {
        Observation changed = o;
        change(changed);
        return validateObservation(changed).ok();
    };
    if (validateObservation(o).ok()) {
        m_subject->setFocus(); // not a field rule: the people or the behavior
    } else if (passesWith([](Observation& c) { c.impact = 3; })) {
        m_impact->setFocus();
    } else if (passesWith([](Observation& c) { c.date = QDate::currentDate(); })) {
        m_date->setFocus();
    } else if (passesWith([](Observation& c) { c.note.situation.clear(); })) {
        m_situation->setFocus();
    } else if (passesWith([](Observation& c) { c.note.action.clear(); })) {
        m_action->setFocus();
    } else if (passesWith([](Observation& c) { c.note.result.clear(); })) {
        m_result->setFocus();
    } else {
        m_subject->setFocus();
    }
}

bool ObservationForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return QWidget::eventFilter(watched, event);
    const bool multiLine = qobject_cast<QPlainTextEdit*>(watched) != nullptr;
    if (multiLine && !(key->modifiers() & Qt::ControlModifier))
        return false; // a new line in the note
    if (watched == m_subject && m_subject->completer()->popup()->isVisible())
        return false; // Enter picks the completion
    Q_EMIT submitRequested();
    return true;
}

} // namespace peerradar
