#include "admin/DatabaseSettingsEditor.h"

#include "app/ChangeCommand.h"
#include "app/Session.h"
#include "common/MessageBar.h"
#include "storage/SettingsRepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peerradar {

DatabaseSettingsEditor::DatabaseSettingsEditor(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_db(session.database())
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
    m_leniency = new QCheckBox(tr("Also show figures &corrected for rater leniency"), this);
    m_leniency->setObjectName(QStringLiteral("leniencyCheckBox"));
    auto* leniencyHelp = new QLabel(
        tr("Some people rate everyone high, others everyone low. With this on, profiles, team views and "
           "summaries give beside each figure the same figure with each observer's habit removed: how far "
           "their ratings of a behavior for other people in the period sit from the organisation's mean, "
           "counted in part when they rated few. Only for groups of at least k observers other than self. "
           "Off by default."),
        this);
    leniencyHelp->setWordWrap(true);
    leniencyHelp->setTextFormat(Qt::PlainText);
    auto* save = new QPushButton(tr("&Save"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_leniency);
    layout->addWidget(leniencyHelp);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &DatabaseSettingsEditor::save);
    connect(&m_session, &Session::organisationChanged, this, &DatabaseSettingsEditor::load);
    load();
}

void DatabaseSettingsEditor::load()
{
    if (auto settings = SettingsRepository(m_db).load()) {
        m_k->setValue(settings->k);
        m_kNotes->setValue(settings->kNotes);
        m_leniency->setChecked(settings->leniencyCorrection);
    } else {
        m_messageBar->showError(settings.error());
    }
}

void DatabaseSettingsEditor::save()
{
    auto before = SettingsRepository(m_db).load();
    if (!before) {
        m_messageBar->showError(before.error());
        return;
    }
    DatabaseSettings settings = *before;
    settings.k = m_k->value();
    settings.kNotes = m_kNotes->value();
    settings.leniencyCorrection = m_leniency->isChecked();
    if (auto status = SettingsRepository(m_db).save(settings); !status) {
        m_messageBar->showError(status.error());
        m_k->setFocus();
        return;
    }
    Database* db = &m_db;
    const bool thresholds = settings.k != before->k || settings.kNotes != before->kNotes;
    const bool leniency = settings.leniencyCorrection != before->leniencyCorrection;
    const QString what = leniency && !thresholds
        ? (settings.leniencyCorrection ? tr("Turn on the leniency correction") : tr("Turn off the leniency correction"))
        : tr("Change the anonymity thresholds");
    ChangeCommand::push(m_session, what,
        [db, before = *before] { return SettingsRepository(*db).save(before); },
        [db, settings] { return SettingsRepository(*db).save(settings); });
    m_messageBar->showInformation(tr("Settings saved."));
}

} // namespace peerradar
