#pragma once

#include <QDialog>

class QComboBox;

namespace peerradar {

// The program's own settings (not the file's): for now the language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
};

} // namespace peerradar
