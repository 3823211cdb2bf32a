#pragma once

#include <QDialog>

namespace peerradar {

// Shows why an import was refused: one sentence, then every bad row and column as a list the user
// can read, scroll and copy.
class ProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ProblemsDialog(const QString& message, const QString& problems, QWidget* parent = nullptr);
};

} // namespace peerradar
