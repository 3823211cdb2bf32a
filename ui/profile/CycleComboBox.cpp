#include "profile/CycleComboBox.h"

#include "domain/Rules.h"
#include "storage/CycleRepository.h"

#include <QLabel>

namespace peerradar {

CycleComboBox::CycleComboBox(Database& db, bool viewerIsHr, QWidget* parent)
    : QComboBox(parent), m_db(db), m_viewerIsHr(viewerIsHr)
{
    setAccessibleName(tr("Cycle"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setPlaceholderText(tr("No period"));
    reload();
}

void CycleComboBox::reload()
{
    const std::optional<Id> previous = hasPeriod() ? cycleId() : std::nullopt;
    const QSignalBlocker block(this);
    clear();
    auto cycles = CycleRepository(m_db).all();
    // Unread cycles: HR may still read the whole history; anyone else nothing (the file may have cycles).
    const ReadablePeriods periods = cycles ? readablePeriods(m_viewerIsHr, *cycles) : ReadablePeriods { m_viewerIsHr, {} };
    if (periods.wholeHistory)
        addItem(tr("Whole history"), QVariant());
    if (cycles) {
        for (auto it = cycles->crbegin(); it != cycles->crend(); ++it) {
            if (periods.allowsCycle(it->id))
                addItem(it->name, QVariant::fromValue<qlonglong>(it->id));
        }
    }
    const int index = previous ? std::max(0, findData(QVariant::fromValue<qlonglong>(*previous))) : 0;
    setCurrentIndex(hasPeriod() ? index : -1);
    setEnabled(hasPeriod());
}

std::optional<Id> CycleComboBox::cycleId() const
{
    const QVariant value = currentData();
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

QLabel* CycleComboBox::makeNoPeriodLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(tr("No figures can be shown to you: every cycle in this file overlaps another cycle, and "
                                "comparing figures over overlapping periods could reveal who said what. Ask HR to "
                                "change the cycles' dates so that they do not overlap."),
        parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

} // namespace peerradar
