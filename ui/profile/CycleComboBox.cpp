#include "profile/CycleComboBox.h"

#include "storage/CycleRepository.h"

namespace peerradar {

CycleComboBox::CycleComboBox(Database& db, QWidget* parent) : QComboBox(parent), m_db(db)
{
    setAccessibleName(tr("Cycle"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
}

void CycleComboBox::reload()
{
    const std::optional<Id> previous = count() > 0 ? cycleId() : std::nullopt;
    const QSignalBlocker block(this);
    clear();
    addItem(tr("Whole history"), QVariant());
    if (auto cycles = CycleRepository(m_db).all()) {
        for (auto it = cycles->crbegin(); it != cycles->crend(); ++it)
            addItem(it->name, QVariant::fromValue<qlonglong>(it->id));
    }
    const int index = previous ? findData(QVariant::fromValue<qlonglong>(*previous)) : 0;
    setCurrentIndex(std::max(0, index));
}

std::optional<Id> CycleComboBox::cycleId() const
{
    const QVariant value = currentData();
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace peerradar
