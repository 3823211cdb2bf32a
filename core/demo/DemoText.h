#pragma once

#include <QString>
#include <QStringList>

// Word lists the demo organisation is made of: names, team names and note fragments per behavior.
namespace peerradar::demo {

const QStringList& firstNames();
const QStringList& lastNames();
const QStringList& teamNames();

struct NoteTemplate
{
    QString situation;
    QString action;
    QString result;
};

// Notes for a behavior key of the built-in frameworks; empty for unknown keys.
const QList<NoteTemplate>& noteTemplates(const QString& behaviorKey);

} // namespace peerradar::demo
