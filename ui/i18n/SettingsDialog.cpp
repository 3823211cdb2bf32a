#include "i18n/SettingsDialog.h"

#include "app/AppSettings.h"
#include "i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peerradar {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    // Named by the language it loads: with LANG=C the system's own name for it is empty.
    m_language->addItem(tr("As the system (%1)").arg(languageName(Translations::resolve({}))), QString());
    for (const auto& [code, name] : Translations::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    // Beside the choice, and only when it says something: the program's windows are built in one
    // language; a new one is read when the program starts.
    m_restartNote = new QLabel(tr("Takes effect when PeerRadar starts again."), this);
    m_restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(AppSettings::paperSize())));
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Paper for summaries:"), m_paper);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateRestartNote();
}

QString SettingsDialog::languageName(const QString& code)
{
    for (const auto& [available, name] : Translations::available()) {
        if (available == code)
            return name;
    }
    return code;
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setVisible(
        Translations::resolve(m_language->currentData().toString()) != Translations::current());
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setPaperSize(PaperSize(m_paper->currentData().toInt()));
    QDialog::accept();
}

} // namespace peerradar
