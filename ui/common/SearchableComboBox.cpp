#include "common/SearchableComboBox.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace peerradar {

void makeSearchable(QComboBox* comboBox, const QString& textName)
{
    comboBox->setEditable(true);
    comboBox->setInsertPolicy(QComboBox::NoInsert);
    comboBox->lineEdit()->setAccessibleName(textName);
    auto* completer = new QCompleter(comboBox->model(), comboBox);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    comboBox->setCompleter(completer);
    QObject::connect(comboBox->lineEdit(), &QLineEdit::editingFinished, comboBox, [comboBox] {
        const int typed = comboBox->findText(comboBox->currentText().trimmed(), Qt::MatchFixedString);
        if (typed >= 0)
            comboBox->setCurrentIndex(typed);
        if (comboBox->currentIndex() >= 0)
            comboBox->setEditText(comboBox->itemText(comboBox->currentIndex()));
    });
}

} // namespace peerradar
