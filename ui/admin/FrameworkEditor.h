#pragma once

#include "common/Result.h"
#include "domain/Types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace peerradar {

class Database;
class MessageBar;
class DialogProvider;
class Session;

// HR edits behavior frameworks: which one is active, and each framework's behaviors (add,
// rename and describe, reorder, retire; delete only what no observation refers to). Frameworks
// are exchanged as CSV files.
class FrameworkEditor final : public QWidget
{
    Q_OBJECT

public:
    FrameworkEditor(Session& session, DialogProvider& dialogs, QWidget* parent = nullptr);

Q_SIGNALS:
    void frameworkChanged();

private:
    void reloadFrameworks(Id select = 0);
    void reloadBehaviors(Id select = 0);
    void showBehavior(int row);
    Id currentFrameworkId() const;
    void makeActive();
    void newBehavior();
    void saveBehavior();
    void move(int delta);
    void toggleRetired();
    void deleteBehavior();
    void importCsv();
    void exportCsv();
    void changed(const QString& message);
    // After an undo or redo: the frameworks and the behavior shown as they are in the file now.
    void showFileAgain();
    // Positions as in `order`, in one transaction.
    static Status saveOrder(Database& db, QList<Behavior> order);
    void updateButtons();

    Session& m_session;
    DialogProvider& m_dialogs;
    MessageBar* m_messageBar = nullptr;
    QComboBox* m_framework = nullptr;
    QPushButton* m_makeActive = nullptr;
    QListWidget* m_behaviors = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_delete = nullptr;
    Framework m_current;
    Behavior m_behavior;
};

} // namespace peerradar
