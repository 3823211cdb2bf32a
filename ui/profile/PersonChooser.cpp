#include "profile/PersonChooser.h"

#include "common/PersonPicker.h"
#include "domain/Rules.h"
#include "storage/PeopleRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace peerradar {

PersonChooser::PersonChooser(Database& db, const Person& user, QWidget* parent)
    : QWidget(parent), m_db(db), m_user(user), m_current(user.id)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (user.role) {
    case Role::Member:
        m_self = new QLabel(user.name, this);
        m_self->setObjectName(QStringLiteral("personLabel"));
        m_self->setTextFormat(Qt::PlainText);
        layout->addWidget(m_self);
        break;
    case Role::Manager:
        m_list = new QComboBox(this);
        m_list->setObjectName(QStringLiteral("personComboBox"));
        m_list->setAccessibleName(tr("Person"));
        m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(m_list);
        reload();
        connect(m_list, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0)
                choose(m_list->itemData(index).toLongLong());
        });
        break;
    case Role::Hr:
        m_picker = new PersonPicker(db, this);
        m_picker->setObjectName(QStringLiteral("personPicker"));
        m_picker->setAccessibleName(tr("Person"));
        m_picker->setMinimumContentsLength(28);
        m_picker->setPerson(user);
        layout->addWidget(m_picker);
        connect(m_picker, &PersonPicker::personChanged, this, [this] {
            if (auto person = m_picker->person())
                choose(person->id);
        });
        break;
    }
}

QList<Person> PersonChooser::allowedPeople(Database& db, const Person& user)
{
    if (user.role == Role::Hr)
        return {};
    QList<Person> result { user };
    PeopleRepository people(db);
    const auto everyone = people.all();
    const auto teams = people.teams();
    if (!everyone || !teams)
        return result;
    // The rule is mayReadProfile's (domain/Rules), the one the server applies to logins.
    QList<Person> others;
    for (const Person& p : *everyone) {
        if (p.id != user.id && mayReadProfile(user, p, *teams))
            others << p;
    }
    std::sort(others.begin(), others.end(),
        [](const Person& a, const Person& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return result + others;
}

bool PersonChooser::mayShow(Database& db, const Person& user, Id personId)
{
    if (user.role == Role::Hr)
        return true;
    const QList<Person> allowed = allowedPeople(db, user);
    return std::any_of(allowed.cbegin(), allowed.cend(), [&](const Person& p) { return p.id == personId; });
}

void PersonChooser::reload()
{
    if (!m_list)
        return;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Person& p : allowedPeople(m_db, m_user)) {
        const QString text = p.id == m_user.id ? tr("%1 (you)").arg(p.name) : p.name;
        m_list->addItem(text, QVariant::fromValue<qlonglong>(p.id));
    }
    const int index = m_list->findData(QVariant::fromValue<qlonglong>(m_current));
    m_list->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_current = m_user.id;
}

bool PersonChooser::setCurrentPerson(Id personId)
{
    if (!mayShow(m_db, m_user, personId))
        return false;
    if (m_list) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentIndex(m_list->findData(QVariant::fromValue<qlonglong>(personId)));
    } else if (m_picker) {
        const QSignalBlocker block(m_picker);
        if (auto person = PeopleRepository(m_db).byId(personId))
            m_picker->setPerson(*person);
    }
    choose(personId);
    return true;
}

QWidget* PersonChooser::focusControl() const
{
    if (m_list)
        return m_list;
    return m_picker;
}

void PersonChooser::choose(Id personId)
{
    if (personId == m_current)
        return;
    m_current = personId;
    Q_EMIT personChosen(personId);
}

} // namespace peerradar
