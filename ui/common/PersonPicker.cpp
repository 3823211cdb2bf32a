#include "common/PersonPicker.h"

#include "storage/PeopleRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace peerradar {

PersonPicker::PersonPicker(Database& db, QWidget* parent) : QComboBox(parent), m_db(db)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Type a name or email"));
    lineEdit()->setClearButtonEnabled(true);
    m_matches = new QStringListModel(this);
    auto* completer = new QCompleter(m_matches, this);
    // The database already filtered: show what it found, as it is.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, &PersonPicker::updateMatches);
    connect(lineEdit(), &QLineEdit::textChanged, this, &PersonPicker::personChanged);
    // "Name <email>" is often wider than the field: once chosen, show its start (the name), not
    // the tail of the email where the cursor was left.
    const auto showStart = [this] { lineEdit()->setCursorPosition(0); };
    connect(lineEdit(), &QLineEdit::editingFinished, this, showStart);
    // Queued: the field takes the chosen text only after the completer has said so.
    connect(
        completer, qOverload<const QString&>(&QCompleter::activated), this, showStart, Qt::QueuedConnection);
}

QString PersonPicker::displayText(const Person& person)
{
    return QStringLiteral("%1 <%2>").arg(person.name, person.email);
}

void PersonPicker::updateMatches(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        m_matches->setStringList({});
        return;
    }
    auto found = PeopleRepository(m_db).search(needle, 12);
    if (!found)
        return;
    QStringList texts;
    for (const Person& p : *found) {
        const QString display = displayText(p);
        m_byText.insert(display, p);
        texts << display;
    }
    m_matches->setStringList(texts);
    if (!texts.isEmpty())
        completer()->complete();
}

std::optional<Person> PersonPicker::person() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto it = m_byText.constFind(text); it != m_byText.constEnd()) {
        // Read again: the person may have moved team since the match was offered.
        // When the file or server cannot answer, keep the person chosen: the save that follows
        // meets the same failure and says what it is, instead of "nobody matches".
        auto fresh = PeopleRepository(m_db).byId(it->id);
        if (!fresh)
            return fresh.error().code == ErrorCode::NotFound ? std::nullopt : std::optional<Person>(*it);
        return *fresh;
    }
    auto found = PeopleRepository(m_db).search(text, 2);
    if (!found || found->size() != 1)
        return std::nullopt;
    return found->constFirst();
}

void PersonPicker::setPerson(const std::optional<Person>& person)
{
    if (!person) {
        clearPerson();
        return;
    }
    const QString display = displayText(*person);
    m_byText.insert(display, *person);
    setEditText(display);
    lineEdit()->setCursorPosition(0);
}

void PersonPicker::clearPerson()
{
    m_matches->setStringList({});
    // Not clearEditText(): that is typing the field could undo, and after a save Ctrl+Z must
    // undo the save (UndoHandOver), not bring back the name.
    lineEdit()->setText(QString());
}

} // namespace peerradar
