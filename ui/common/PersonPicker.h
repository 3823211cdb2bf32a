#pragma once

#include "domain/Types.h"

#include <QComboBox>

#include <optional>

class QStringListModel;

namespace peerradar {

class Database;

// An editable combo box for choosing a person by typing part of a name or email. Matches come
// from PeopleRepository::search (a few at a time, never the whole organisation) and are offered
// by a completer popup.
class PersonPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit PersonPicker(Database& db, QWidget* parent = nullptr);

    // The chosen person: the completion picked, or the only person matching the typed text.
    std::optional<Person> person() const;
    void setPerson(const std::optional<Person>& person);
    void clearPerson();

    static QString displayText(const Person& person);

Q_SIGNALS:
    // The text changed such that person() may give someone else.
    void personChanged();

private:
    void updateMatches(const QString& text);

    Database& m_db;
    QStringListModel* m_matches = nullptr;
    QHash<QString, Person> m_byText; // display text -> person, for the matches offered so far
};

} // namespace peerradar
