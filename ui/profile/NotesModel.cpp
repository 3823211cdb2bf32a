#include "profile/NotesModel.h"

#include "common/DateText.h"

namespace peerradar {

NotesModel::NotesModel(QObject* parent) : QAbstractTableModel(parent) { }

void NotesModel::setNotes(const QList<ProfileNote>& notes, const QHash<QString, QString>& behaviorNames, bool showObserver)
{
    beginResetModel();
    m_notes = notes;
    m_behaviorNames = behaviorNames;
    m_showObserver = showObserver;
    endResetModel();
}

QString NotesModel::noteText(const Note& note)
{
    QStringList parts;
    if (!note.situation.isEmpty())
        parts << tr("Situation: %1").arg(note.situation);
    if (!note.action.isEmpty())
        parts << tr("What they did: %1").arg(note.action);
    if (!note.result.isEmpty())
        parts << tr("Impact: %1").arg(note.result);
    return parts.isEmpty() ? tr("(no note)") : parts.join(u'\n');
}

int NotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_showObserver ? ColumnCount : ObserverColumn;
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileNote& n = m_notes.at(index.row());
    if (role == Qt::UserRole)
        return n.observationId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return shortDateText(n.date);
    case BehaviorColumn:
        return m_behaviorNames.value(n.behaviorKey, n.behaviorKey);
    case GroupColumn:
        return n.groupLabel;
    case NoteColumn:
        return noteText(n.note);
    case ObserverColumn:
        return n.observerName;
    default:
        return {};
    }
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BehaviorColumn:
        return tr("Behavior");
    case GroupColumn:
        return tr("Seen by");
    case NoteColumn:
        return tr("Note");
    case ObserverColumn:
        return tr("Observer");
    default:
        return {};
    }
}

} // namespace peerradar
