#include "common/ProblemsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace peerradar {

ProblemsDialog::ProblemsDialog(ProblemsKind kind, const QString& message, const QString& problems, QWidget* parent)
    : QDialog(parent)
{
    const bool import = kind == ProblemsKind::RefusedImport;
    setWindowTitle(import ? tr("Import refused") : tr("Files not merged"));
    const QString whatToDo = import
        ? tr("Nothing was imported. Correct these rows and import the file again:")
        : tr("After you close this list you can merge anyway, keeping what this file holds for these items:");
    auto* text = new QLabel(message + u'\n' + whatToDo, this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto* list = new QPlainTextEdit(problems, this);
    list->setObjectName(QStringLiteral("problemsTextEdit"));
    list->setReadOnly(true);
    list->setAccessibleName(import ? tr("Rows at fault") : tr("Items that differ"));
    // One problem per line, wrapped at the edge: a long one is read whole, never cut off.
    list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
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
