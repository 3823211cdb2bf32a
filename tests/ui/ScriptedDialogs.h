#pragma once

#include "common/DialogProvider.h"

#include <QStringList>

#include <optional>

// Pre-answers every modal question of the program and records what it was shown, so that
// tests drive the real windows without a dialog blocking them.
namespace peerradar::test {

class ScriptedDialogs final : public DialogProvider
{
public:
    QStringList openFiles; // answers to openFileName, in order; empty answer = cancel
    QStringList saveFiles;
    bool confirmAnswer = true;
    std::optional<Person> identity; // the answer to "Who are you?"
    std::optional<Person> firstPerson;

    QList<Error> errors; // shown with showError
    QStringList informations;
    QString problemsMessage;
    QString problems;
    int problemDialogs = 0;
    ProblemsKind problemsKind = ProblemsKind::RefusedImport;

    QString openFileName(QWidget*, const QString&, const QString&) override
    {
        return openFiles.isEmpty() ? QString() : openFiles.takeFirst();
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return saveFiles.isEmpty() ? QString() : saveFiles.takeFirst();
    }
    QStringList questions; // asked with confirm
    bool confirm(QWidget*, const QString&, const QString& question, const QString&) override
    {
        questions << question;
        return confirmAnswer;
    }
    void information(QWidget*, const QString& title, const QString& text) override { informations << title + u": " + text; }
    void showError(QWidget*, const Error& error) override { errors << error; }
    void showProblems(QWidget*, ProblemsKind kind, const QString& message, const QString& list) override
    {
        ++problemDialogs;
        problemsKind = kind;
        problemsMessage = message;
        problems = list;
    }
    std::optional<Person> choosePerson(QWidget*, Database&) override { return identity; }
    std::optional<Person> createFirstPerson(QWidget*, Database&) override { return firstPerson; }
    QStringList texts; // answers to askText (server addresses, passwords), in order; empty = cancel
    QStringList askedTexts; // the labels it was asked with
    QString askText(QWidget*, const QString&, const QString& label, bool) override
    {
        askedTexts << label;
        return texts.isEmpty() ? QString() : texts.takeFirst();
    }
};

} // namespace peerradar::test
