#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace peerradar {

// The program's own settings (not the file's): the language and the paper size.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    static QString languageName(const QString& code);
    void updateRestartNote();

    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
    QComboBox* m_paper = nullptr;
};

} // namespace peerradar
