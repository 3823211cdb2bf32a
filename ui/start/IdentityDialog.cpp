#include "start/IdentityDialog.h"

#include "common/PersonPicker.h"
#include "start/FileTrust.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace peerradar {

IdentityDialog::IdentityDialog(Database& db, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Who are you?"));
    auto* intro = new QLabel(tr("Choose yourself from the people in this file. What you can see and change depends "
                                "on your role. PeerRadar remembers the answer for this file."),
        this);
    intro->setObjectName(QStringLiteral("identityIntroLabel"));
    intro->setWordWrap(true);
    m_picker = new PersonPicker(db, this);
    m_picker->setObjectName(QStringLiteral("identityComboBox"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("identityProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("That's me"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IdentityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IdentityDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Your name or email:"), m_picker);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    // On a server, logins say who is who; this dialog then serves only its administrator.
    if (!db.isServer())
        layout->addWidget(FileTrust::makeNote(FileTrust::choosingPersonText(), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, heightForWidth(460)); // sizeHint() is short of wrapped lines
}

void IdentityDialog::accept()
{
    m_person = m_picker->person();
    if (!m_person) {
        m_problem->setText(tr("Type part of your name and pick yourself from the list."));
        m_problem->show();
        // A dialog does not grow by itself for a wrapped line: without this, the new line squeezes
        // the intro above it and clips its first line.
        resize(width(), std::max(height(), heightForWidth(width())));
        m_picker->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace peerradar
