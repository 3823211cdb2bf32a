#include "common/DialogProvider.h"

#include "common/ProblemsDialog.h"
#include "start/FirstPersonDialog.h"
#include "start/IdentityDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace peerradar {

QString WidgetDialogProvider::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetDialogProvider::saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool WidgetDialogProvider::confirm(QWidget* parent, const QString& title, const QString& question, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void WidgetDialogProvider::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void WidgetDialogProvider::showError(QWidget* parent, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, tr("PeerRadar"), error.message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail); // collapsed behind "Show Details…"
    box.exec();
}

void WidgetDialogProvider::showProblems(
    QWidget* parent, ProblemsKind kind, const QString& message, const QString& problems)
{
    ProblemsDialog dialog(kind, message, problems, parent);
    dialog.exec();
}

QString WidgetDialogProvider::askText(QWidget* parent, const QString& title, const QString& label, bool secret)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, secret ? QLineEdit::Password : QLineEdit::Normal,
        QString(), &ok);
    return ok ? text : QString();
}

std::optional<Person> WidgetDialogProvider::choosePerson(QWidget* parent, Database& db)
{
    IdentityDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.person();
}

std::optional<Person> WidgetDialogProvider::createFirstPerson(QWidget* parent, Database& db)
{
    FirstPersonDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.person();
}

} // namespace peerradar
