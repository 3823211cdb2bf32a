#pragma once

#include "storage/ObservationQuery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace peerradar {

class Database;
class PersonPicker;

// The row of filters above the observations list: person, behavior, date range and text.
// Typing waits a moment before filtering, so that each key does not run a query.
class ObservationFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ObservationFilterBar(Database& db, QWidget* parent = nullptr);

    ObservationFilter filter() const;
    void reloadBehaviors();

Q_SIGNALS:
    void filterChanged(const peerradar::ObservationFilter& filter);

private:
    void emitSoon();

    Database& m_db;
    PersonPicker* m_person = nullptr;
    QComboBox* m_behavior = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QTimer* m_delay = nullptr;
};

} // namespace peerradar
