#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace peerradar {

class Database;
class ImpactSelector;
class PersonPicker;

// The fields of one observation: subject, behavior (with its description as help), date, impact
// and the Situation–Action–Result note. Enter in a one-line field and Ctrl+Enter anywhere ask to
// submit. Used to log a new observation and to edit one.
class ObservationForm final : public QWidget
{
    Q_OBJECT

public:
    ObservationForm(Database& db, Person observer, QWidget* parent = nullptr);

    // The behaviors of the active framework that are not retired; `alsoId` is kept even if retired
    // (editing an old observation).
    void loadBehaviors(Id alsoId = 0);
    void setObserver(const Person& observer);

    // The fields as an observation (id 0, observer set), or an error naming what is missing, with
    // the focus moved to that field.
    Result<Observation> observation();
    void setObservation(const Observation& observation);
    std::optional<Person> subject() const;
    QString behaviorName() const;
    // After a save: the note, subject and impact are cleared; behavior and date stay for the next one.
    void clearAfterSave();
    // Moves the focus to the field that `error` is most likely about.
    void focusFieldFor(const Observation& observation);
    void focusFirstField();

Q_SIGNALS:
    void submitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateBehaviorHelp();
    void updateRaterGroup();
    QPlainTextEdit* makeNoteEdit(const QString& objectName, const QString& placeholder);

    Database& m_db;
    Person m_observer;
    PersonPicker* m_subject = nullptr;
    QLabel* m_raterGroup = nullptr;
    QComboBox* m_behavior = nullptr;
    QLabel* m_behaviorHelp = nullptr;
    QDateEdit* m_date = nullptr;
    ImpactSelector* m_impact = nullptr;
    QPlainTextEdit* m_situation = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QPlainTextEdit* m_result = nullptr;
};

} // namespace peerradar
