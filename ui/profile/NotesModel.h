#pragma once

#include "analytics/Profile.h"

#include <QAbstractTableModel>
#include <QHash>

namespace peerradar {

// The notes behind a behavior of a profile, as ProfileService::notes returns them (anonymised for
// everyone but HR by the core): date, behavior, rater group, the note, and the observer for HR.
class NotesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, BehaviorColumn, GroupColumn, NoteColumn, ObserverColumn, ColumnCount };

    explicit NotesModel(QObject* parent = nullptr);

    // `behaviorNames`: key → display name. The observer column exists only when `showObserver`.
    void setNotes(const QList<ProfileNote>& notes, const QHash<QString, QString>& behaviorNames, bool showObserver);
    const QList<ProfileNote>& notes() const { return m_notes; }

    static QString noteText(const Note& note);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProfileNote> m_notes;
    QHash<QString, QString> m_behaviorNames;
    bool m_showObserver = false;
};

} // namespace peerradar
