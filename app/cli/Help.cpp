#include "cli/Help.h"

#include <QRegularExpression>

namespace peerradar::cli {

namespace {

using namespace Qt::StringLiterals;

const OptionHelp helpOption { u"help"_s, {}, u"show this command's help and exit"_s };

QList<CommandHelp> makeCommands()
{
    const OptionHelp cycle { u"cycle"_s, u"NAME"_s, u"the figures of this review cycle (default: the last 12 months)"_s };
    const OptionHelp json { u"json"_s, {}, u"print JSON instead of text (fields: docs/statistics.md)"_s };
    const OptionHelp asReader { u"as-reader"_s, {},
        u"what the person and their manager read rather than HR's live figures: a released cycle's figures as "
        "released, and only self and manager over any other period"_s };
    const OptionHelp force { u"force"_s, {}, u"replace an output file that exists (otherwise it is left alone)"_s };
    return {
        { u"init"_s, u"FILE"_s, u"create a new PeerRadar file with the default framework"_s, {}, {} },
        { u"demo"_s, u"FILE"_s, u"create a new file holding a demo organisation"_s,
            { { u"people"_s, u"N"_s, u"how many people, 3 to 100000 (default 200)"_s },
                { u"observations"_s, u"M"_s, u"how many observations, 0 to 100000000 (default 20000)"_s },
                { u"seed"_s, u"S"_s, u"the random seed: the same seed gives the same organisation (default 1)"_s } },
            {} },
        { u"import"_s, u"FILE"_s, u"import people or observations from a CSV file; all or nothing"_s,
            { { u"people"_s, u"CSV"_s, u"people: name,email,team,manager_email,role"_s },
                { u"observations"_s, u"CSV"_s,
                    u"observations: date,observer_email,subject_email,behavior,impact,situation,action,result"_s },
                { u"errors"_s, u"PATH"_s, u"write every problem of a refused file into PATH (one per line) instead "
                                          "of standard error"_s },
                { u"force"_s, {}, u"replace the --errors file if it exists"_s } },
            u"A refused file changes nothing. Every problem is named by its row as a spreadsheet numbers it "
            "(the header is row 1) with the line of the file it starts on beside it: a quoted field may span "
            "several lines."_s },
        { u"export"_s, u"FILE"_s, u"export people or observations into a CSV file"_s,
            { { u"people"_s, u"CSV"_s, u"people, in the columns import reads"_s },
                { u"observations"_s, u"CSV"_s, u"observations, in the columns import reads; notes hidden by HR "
                                               "stay empty"_s },
                { u"no-bom"_s, {}, u"leave out the byte-order mark that spreadsheets need to read UTF-8"_s }, force },
            u"Text that a spreadsheet would run as a formula (starting with = + - @) is written with a leading "
            "apostrophe, which a spreadsheet shows as text and import removes again."_s },
        { u"profile"_s, u"FILE"_s, u"a person's profile"_s,
            { { u"person"_s, u"EMAIL"_s, u"whose profile"_s }, cycle, asReader, json }, {} },
        { u"team"_s, u"FILE"_s, u"a team's profile, heatmap and informal leaders"_s,
            { { u"team"_s, u"NAME"_s, u"which team"_s }, cycle, asReader, json }, {} },
        { u"report"_s, u"FILE"_s, u"PDF summaries of a person, a team or everyone"_s,
            { { u"person"_s, u"EMAIL"_s, u"a person's summary"_s }, { u"team"_s, u"NAME"_s, u"a team's summary"_s },
                { u"all"_s, {}, u"one summary per person and per team, into the folder --out names"_s }, cycle,
                asReader,
                { u"paper"_s, u"SIZE"_s, u"a4 (default) or letter"_s },
                { u"out"_s, u"PATH"_s, u"the PDF file (.pdf is added when missing), or the folder for --all"_s },
                { u"author"_s, u"NAME"_s, u"the author the PDFs name (default: the person a server login belongs to, "
                                          "else the full name of your account)"_s },
                force },
            u"A batch that fails (a full disk, a folder it may not write) removes what it wrote, its temporary "
            "files included, and names the cause."_s },
        { u"merge"_s, u"TARGET SOURCE..."_s,
            u"bring the people, teams, frameworks, cycles and observations of other PeerRadar files into TARGET"_s,
            { { u"prefer"_s, u"SIDE"_s, u"target or source: which side wins a conflict (default: a conflict "
                                        "changes nothing)"_s },
                { u"dry-run"_s, {}, u"say what would change, change nothing"_s } },
            u"All sources are merged in one transaction: a refused source leaves TARGET as it was."_s },
        { u"release"_s, u"FILE"_s, u"release a cycle: everyone but HR then reads its figures as they are now"_s,
            { { u"cycle"_s, u"NAME"_s, u"the cycle to release"_s },
                { u"again"_s, {}, u"release a cycle that was released before (see below what that can reveal)"_s } },
            u"Until HR releases a cycle, people and their managers see only the person's own view and their "
            "manager's. Released figures stay as they were at release, whatever changes later. Without --again, a "
            "cycle released before is left as it is, and what changed since its release is printed with what a "
            "second release could reveal: whoever kept the first release's figures can compare them with the "
            "new ones."_s },
        { u"check"_s, u"FILE"_s, u"integrity and schema check"_s, {},
            u"Like every command that only reads (check, export, profile, team, report), it reads a file saved by an "
            "older PeerRadar through an updated copy of it and leaves the file itself unchanged, without a backup; "
            "upgrade updates the file."_s },
        { u"upgrade"_s, u"FILE"_s, u"update a file saved by an older PeerRadar to this version's format"_s, {},
            u"A copy of the old file is kept beside it as FILE.vN.backup (N: its old version). A file that is already "
            "up to date is left unchanged."_s },
        { u"server-init"_s, u"URL"_s, u"set up an empty PostgreSQL database: schema and access rules"_s,
            { { u"upgrade"_s, {}, u"bring the access rules of a database set up by an older PeerRadar up to this "
                                  "one's, in one transaction (run by the database's owner)"_s } },
            {} },
        { u"account"_s, u"URL"_s, u"a server login for a person (password on standard input)"_s,
            { { u"person"_s, u"EMAIL"_s, u"whose login"_s },
                { u"login"_s, u"NAME"_s, u"the login's name (default: made from the email)"_s } },
            {} },
        { u"copy"_s, u"SOURCE TARGET"_s, u"copy everything, ids kept: file to server or server to file"_s, {}, {} },
    };
}

QString optionSynopsis(const OptionHelp& o)
{
    return o.value.isEmpty() ? u"--"_s + o.name : u"--%1 %2"_s.arg(o.name, o.value);
}

// Text wrapped at `width` columns, every line indented by `indent` spaces.
QString wrapped(const QString& text, int indent, int width = 100)
{
    QString out;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += QString(indent, u' ') + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        out += QString(indent, u' ') + line + u'\n';
    return out;
}

const QString fileNote = u"FILE may also be a server: postgresql://USER@HOST[:PORT]/DATABASE (password from "
                         "PGPASSWORD or ~/.pgpass)."_s;
const QString exitNote = u"Exit status: 0 on success, 1 when the operation failed, 2 when the command line is wrong."_s;

// roff: a backslash is \e, a minus is \-, a line may not start with a dot or an apostrophe.
QString roff(const QString& text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s).replace(u'-', u"\\-"_s);
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(u"\\&"_s);
    return out;
}

// zsh's _arguments reads [ ] : as syntax inside a description.
QString zshText(const QString& text)
{
    QString out = text;
    static const QRegularExpression syntax(u"[\\[\\]:'\\\\]"_s);
    return out.replace(syntax, u" "_s);
}

} // namespace

const QList<CommandHelp>& commands()
{
    static const QList<CommandHelp> all = makeCommands();
    return all;
}

const CommandHelp* command(const QString& name)
{
    for (const CommandHelp& c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<QCommandLineOption> commandOptions(const QString& name)
{
    QList<QCommandLineOption> options;
    if (const CommandHelp* c = command(name)) {
        for (const OptionHelp& o : c->options)
            options << QCommandLineOption(o.name, o.text, o.value);
    }
    return options;
}

QString usageText()
{
    QString text = u"Usage: peerradar-cli COMMAND FILE [OPTIONS]\n\nCommands:\n"_s;
    for (const CommandHelp& c : commands()) {
        QString synopsis = c.name + u' ' + c.arguments;
        for (const OptionHelp& o : c.options)
            synopsis += u" ["_s + optionSynopsis(o) + u']';
        text += wrapped(synopsis, 2).replace(u"\n  "_s, u"\n      "_s);
        text += wrapped(c.summary, 6);
    }
    text += u"\n"_s + wrapped(u"peerradar-cli COMMAND --help tells more about a command; --version prints the "
                              "version."_s, 0);
    text += u"\n"_s + wrapped(fileNote, 0) + u"\n"_s + wrapped(exitNote, 0);
    return text;
}

QString commandUsageText(const CommandHelp& c)
{
    QString text = u"Usage: peerradar-cli %1 %2%3\n"_s.arg(c.name, c.arguments,
        c.options.isEmpty() ? QString() : u" [OPTIONS]"_s);
    text += u"\n"_s + wrapped(c.summary.left(1).toUpper() + c.summary.mid(1) + u'.', 0);
    text += u"\nOptions:\n"_s;
    for (const OptionHelp& o : c.options + QList<OptionHelp> { helpOption }) {
        text += u"  "_s + optionSynopsis(o) + u'\n';
        text += wrapped(o.text, 6);
    }
    if (!c.details.isEmpty())
        text += u"\n"_s + wrapped(c.details, 0);
    if (c.arguments.contains(u"FILE"_s) || c.arguments.contains(u"SOURCE"_s))
        text += u"\n"_s + wrapped(fileNote, 0);
    text += u"\n"_s + wrapped(exitNote, 0);
    return text;
}

QString versionText()
{
    return u"peerradar-cli %1\n"_s.arg(QStringLiteral(PEERRADAR_VERSION));
}

QString manPage()
{
    QString page = u".TH PEERRADAR\\-CLI 1 \"\" \"PeerRadar %1\" \"User Commands\"\n"_s.arg(
        QStringLiteral(PEERRADAR_VERSION));
    page += u".SH NAME\npeerradar\\-cli \\- the command\\-line companion of PeerRadar, 360\\-degree feedback for "
            "peer influence\n"_s;
    page += u".SH SYNOPSIS\n.B peerradar\\-cli\n.I COMMAND FILE\n.RI [ OPTIONS ]\n.br\n.B peerradar\\-cli\n"
            ".I COMMAND\n.B \\-\\-help\n.br\n.B peerradar\\-cli \\-\\-version\n"_s;
    page += u".SH DESCRIPTION\nPeerRadar keeps the leadership behaviors team members notice in each other, in one "
            "file or on a PostgreSQL server. peerradar\\-cli creates, fills, checks, merges and copies such files "
            "and prints profiles and PDF summaries without the window of\n.BR peerradar (1).\n"_s;
    page += u".SH COMMANDS\n"_s;
    for (const CommandHelp& c : commands()) {
        page += u".TP\n\\fB%1\\fR \\fI%2\\fR\n"_s.arg(roff(c.name), roff(c.arguments));
        page += roff(c.summary.left(1).toUpper() + c.summary.mid(1)) + u".\n"_s;
        if (!c.options.isEmpty()) {
            page += u".RS\n"_s;
            for (const OptionHelp& o : c.options) {
                page += o.value.isEmpty() ? u".TP\n.B \\-\\-%1\n"_s.arg(roff(o.name))
                                          : u".TP\n.BI \\-\\-%1 \" %2\"\n"_s.arg(roff(o.name), roff(o.value));
                page += roff(o.text) + u'\n';
            }
            page += u".RE\n"_s;
        }
        if (!c.details.isEmpty())
            page += u".IP\n"_s + roff(c.details) + u'\n';
    }
    page += u".SH OPTIONS\n.TP\n.B \\-\\-help\nAlone: the list of commands. After a command: that command's "
            "options.\n.TP\n.BR \\-v \", \" \\-\\-version\nThe version.\n"_s;
    page += u".SH SERVERS\n"_s + roff(fileNote) + u'\n';
    page += u".SH EXIT STATUS\n"_s + roff(exitNote) + u'\n';
    page += u".SH SEE ALSO\n.BR peerradar (1)\n"_s;
    return page;
}

QString completionScript(const QString& shell)
{
    QStringList names;
    for (const CommandHelp& c : commands())
        names << c.name;
    if (shell == u"bash"_s) {
        QString script = u"# bash completion for peerradar-cli (printed by peerradar-cli --completion bash)\n"
                         "_peerradar_cli()\n{\n    local cur prev words cword\n    _init_completion || return\n"
                         "    if [[ $cword -eq 1 ]]; then\n"
                         "        COMPREPLY=($(compgen -W '%1 --help --version' -- \"$cur\"))\n"
                         "        return\n    fi\n"
                         "    case $prev in\n"
                         "        --paper) COMPREPLY=($(compgen -W 'a4 letter' -- \"$cur\")); return ;;\n"
                         "        --prefer) COMPREPLY=($(compgen -W 'target source' -- \"$cur\")); return ;;\n"
                         "        --people|--observations|--errors|--out) [[ ${words[1]} == demo ]] && return; "
                         "_filedir; return ;;\n"
                         "        --person|--team|--cycle|--login|--seed|--author) return ;;\n"
                         "    esac\n"
                         "    local options\n    case ${words[1]} in\n"_s.arg(names.join(u' '));
        for (const CommandHelp& c : commands()) {
            QStringList options { u"--help"_s };
            for (const OptionHelp& o : c.options)
                options << u"--"_s + o.name;
            script += u"        %1) options='%2' ;;\n"_s.arg(c.name, options.join(u' '));
        }
        script += u"    esac\n    if [[ $cur == -* ]]; then\n"
                  "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n    else\n        _filedir\n    fi\n}\n"
                  "complete -F _peerradar_cli peerradar-cli\n"_s;
        return script;
    }
    if (shell == u"zsh"_s) {
        QString script = u"#compdef peerradar-cli\n# zsh completion for peerradar-cli (printed by peerradar-cli "
                         "--completion zsh)\n\n_peerradar_cli() {\n    local -a commands\n    commands=(\n"_s;
        for (const CommandHelp& c : commands())
            script += u"        '%1:%2'\n"_s.arg(c.name, zshText(c.summary));
        script += u"    )\n    if (( CURRENT == 2 )); then\n"
                  "        _describe 'command' commands\n        _arguments '--help[list the commands]' "
                  "'--version[print the version]'\n        return\n    fi\n    case $words[2] in\n"_s;
        for (const CommandHelp& c : commands()) {
            script += u"        %1)\n            _arguments \\\n                '--help[%2]' \\\n"_s.arg(
                c.name, zshText(helpOption.text));
            for (const OptionHelp& o : c.options) {
                QString action;
                if (o.name == u"paper"_s)
                    action = u"(a4 letter)"_s;
                else if (o.name == u"prefer"_s)
                    action = u"(target source)"_s;
                else if (o.value == u"CSV"_s || o.value == u"PATH"_s)
                    action = u"_files"_s;
                script += o.value.isEmpty()
                    ? u"                '--%1[%2]' \\\n"_s.arg(o.name, zshText(o.text))
                    : u"                '--%1=[%2]:%3:%4' \\\n"_s.arg(o.name, zshText(o.text), o.value, action);
            }
            script += u"                '*:file:_files'\n            ;;\n"_s;
        }
        script += u"    esac\n}\n\n_peerradar_cli \"$@\"\n"_s;
        return script;
    }
    return {};
}

} // namespace peerradar::cli
