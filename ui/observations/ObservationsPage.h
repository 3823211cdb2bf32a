#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace peerradar {

class MessageBar;
class ObservationFilterBar;
class ObservationStore;
class ObservationTableModel;

// The observations the user may see, filterable and sortable, with edit, delete and (for HR)
// hiding a note. Every change goes onto the undo stack.
class ObservationsPage final : public QWidget
{
    Q_OBJECT

public:
    ObservationsPage(ObservationStore& store, QUndoStack& undoStack, QWidget* parent = nullptr);

    ObservationTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void reloadBehaviors();

    void editCurrent();
    void deleteCurrent();
    void toggleNoteHidden();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void updateCount(qint64 total);
    qint64 currentId() const;

    ObservationStore& m_store;
    QUndoStack& m_undoStack;
    MessageBar* m_messageBar = nullptr;
    ObservationFilterBar* m_filterBar = nullptr;
    ObservationTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_hideNote = nullptr;
};

} // namespace peerradar
