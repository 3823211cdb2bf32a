#include "admin/DatabaseSettingsEditor.h"

#include "common/MessageBar.h"
#include "storage/SettingsRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peerradar {

DatabaseSettingsEditor::DatabaseSettingsEditor(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("databaseSettingsEditor"));
    m_messageBar = new MessageBar(this);
    auto* intro = new QLabel(tr("A group of peers, direct reports or others is shown only when at least this many "
                                "different people observed. Manager and self are always shown. These settings are "
                                "stored in the file and apply to everyone who opens it."),
        this);
    intro->setWordWrap(true);
    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("kSpinBox"));
    m_kNotes = new QSpinBox(this);
    m_kNotes->setObjectName(QStringLiteral("kNotesSpinBox"));
    for (QSpinBox* box : { m_k, m_kNotes })
        box->setRange(1, 50);
    auto* form = new QFormLayout;
    form->addRow(tr("Minimum observers for figures (&k):"), m_k);
    form->addRow(tr("Minimum observers for &notes (k_notes):"), m_kNotes);
    auto* save = new QPushButton(tr("&Save"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &DatabaseSettingsEditor::save);
    if (auto settings = SettingsRepository(db).load()) {
        m_k->setValue(settings->k);
        m_kNotes->setValue(settings->kNotes);
    } else {
        m_messageBar->showError(settings.error());
    }
}

void DatabaseSettingsEditor::save()
{
    DatabaseSettings settings;
    settings.k = m_k->value();
    settings.kNotes = m_kNotes->value();
    if (auto status = SettingsRepository(m_db).save(settings); !status) {
        m_messageBar->showError(status.error());
        m_k->setFocus();
        return;
    }
    m_messageBar->showInformation(tr("Anonymity settings saved."));
}

} // namespace peerradar
