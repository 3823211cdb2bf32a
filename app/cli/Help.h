#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// What peerradar-cli's commands are and take, written once: the parsers take their options from
// here, and `--help`, `COMMAND --help`, the man page (`--man`) and the shell completions
// (`--completion bash|zsh`) are printed from it, so none of them can drift from what is accepted.
namespace peerradar::cli {

struct OptionHelp
{
    QString name; // without the dashes
    QString value; // the value's name, empty for a switch
    QString text;
};

struct CommandHelp
{
    QString name;
    QString arguments; // "FILE", "TARGET SOURCE..."
    QString summary; // one line
    QList<OptionHelp> options;
    QString details; // paragraphs after the options, may be empty
};

const QList<CommandHelp>& commands();
const CommandHelp* command(const QString& name);
// The command's options for QCommandLineParser, with their help texts.
QList<QCommandLineOption> commandOptions(const QString& name);

QString usageText(); // peerradar-cli --help
QString commandUsageText(const CommandHelp& command); // peerradar-cli COMMAND --help
QString versionText(); // peerradar-cli --version
QString manPage(); // peerradar-cli(1) in roff
// "bash" or "zsh"; empty for any other shell.
QString completionScript(const QString& shell);

} // namespace peerradar::cli
