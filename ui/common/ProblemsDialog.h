#pragma once

#include <QDialog>

namespace peerradar {

// What a list of problems is about: it decides the dialog's title and what it tells the user to do.
enum class ProblemsKind {
    RefusedImport,  // every bad row and column of a CSV; nothing was imported
    MergeConflicts, // every item that differs between two files; nothing was merged
};

// Shows why an import or a merge did not happen: one sentence, what to do, then every problem as a
// list the user can read, scroll and copy.
class ProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ProblemsDialog(ProblemsKind kind, const QString& message, const QString& problems, QWidget* parent = nullptr);
};

} // namespace peerradar
