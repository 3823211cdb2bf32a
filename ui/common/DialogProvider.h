#pragma once

#include "common/ProblemsDialog.h"
#include "common/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace peerradar {

class Database;

// Every modal question the program asks goes through this seam, so that tests can pre-answer
// file choosers, confirmations and the identity questions while driving the real windows.
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;

    // An empty string means the user cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& acceptText) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    // An error from the core: its message in words, the technical detail collapsed.
    virtual void showError(QWidget* parent, const Error& error) = 0;
    // A refused import or merge: the one-sentence reason and the list of rows or items at fault.
    virtual void showProblems(QWidget* parent, ProblemsKind kind, const QString& message, const QString& problems) = 0;
    // "Who are you?": a person of the file, or nullopt when the user cancels.
    virtual std::optional<Person> choosePerson(QWidget* parent, Database& db) = 0;
    // A new, empty file: the first person (HR) and their team; nullopt when cancelled.
    virtual std::optional<Person> createFirstPerson(QWidget* parent, Database& db) = 0;
    // One line of text (a server address; with `secret`, a password shown as dots); empty when
    // cancelled. Providers that are never asked need not answer: the default cancels.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label, bool secret)
    {
        Q_UNUSED(parent) Q_UNUSED(title) Q_UNUSED(label) Q_UNUSED(secret)
        return {};
    }
};

// The real dialogs.
class WidgetDialogProvider final : public DialogProvider
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::WidgetDialogProvider)

public:
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) override;
    bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& acceptText) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void showError(QWidget* parent, const Error& error) override;
    void showProblems(QWidget* parent, ProblemsKind kind, const QString& message, const QString& problems) override;
    std::optional<Person> choosePerson(QWidget* parent, Database& db) override;
    std::optional<Person> createFirstPerson(QWidget* parent, Database& db) override;
    QString askText(QWidget* parent, const QString& title, const QString& label, bool secret) override;
};

} // namespace peerradar
