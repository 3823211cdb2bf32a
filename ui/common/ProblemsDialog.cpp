#include "common/ProblemsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace peerradar {

ProblemsDialog::ProblemsDialog(const QString& message, const QString& problems, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import refused"));
    auto* text = new QLabel(message + u'\n' + tr("Nothing was imported. Correct these rows and import the file again:"), this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto* list = new QPlainTextEdit(problems, this);
    list->setObjectName(QStringLiteral("problemsTextEdit"));
    list->setReadOnly(true);
    list->setAccessibleName(tr("Rows at fault"));
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setBuddy(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace peerradar
