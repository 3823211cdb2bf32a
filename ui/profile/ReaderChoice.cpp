#include "profile/ReaderChoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace peerradar {

ReaderChoice::ReaderChoice(const QString& readers, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readerChoice"));
    auto* label = new QLabel(tr("Sho&w figures:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("readerComboBox"));
    m_combo->setAccessibleName(tr("Show figures"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->addItem(tr("As HR reads them (live)"), true);
    m_combo->addItem(readers, false);
    m_combo->setToolTip(tr("What this view shows, exports and prints. Summaries you hand out should "
                           "show the figures as their readers read them: HR's live figures can include "
                           "what readers may not see."));
    label->setBuddy(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ReaderChoice::changed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
}

bool ReaderChoice::readerIsHr() const
{
    return m_combo->currentData().toBool();
}

void ReaderChoice::setReaderIsHr(bool hr)
{
    m_combo->setCurrentIndex(m_combo->findData(hr));
}

} // namespace peerradar
