#pragma once

#include "domain/Types.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace peerradar {

class Database;
class PersonPicker;

// Whose profile to show, limited by the user's role (PRODUCT.md): a member sees only themself (a
// label, nothing to choose); a manager chooses among themself, their direct reports and the members
// of the teams they manage; HR types any name (type-ahead).
class PersonChooser final : public QWidget
{
    Q_OBJECT

public:
    PersonChooser(Database& db, const Person& user, QWidget* parent = nullptr);

    // The people a user may see the profile of; empty for HR, who may see everyone.
    static QList<Person> allowedPeople(Database& db, const Person& user);
    static bool mayShow(Database& db, const Person& user, Id personId);

    Id currentPersonId() const { return m_current; }
    // Shows `personId` if the user may see them; false otherwise (the choice stays as it was).
    bool setCurrentPerson(Id personId);
    // The control that takes the keyboard focus (for a label buddy), or null for a member.
    QWidget* focusControl() const;
    // A manager's list may change when people move: read it again.
    void reload();

Q_SIGNALS:
    void personChosen(peerradar::Id personId);

private:
    void choose(Id personId);

    Database& m_db;
    Person m_user;
    Id m_current = 0;
    QLabel* m_self = nullptr; // member
    QComboBox* m_list = nullptr; // manager
    PersonPicker* m_picker = nullptr; // HR
};

} // namespace peerradar
