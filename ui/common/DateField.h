#pragma once

#include <QDateEdit>

namespace peerradar {

// A date field that Tab leaves at once, as every other field, instead of walking through its
// year, month and day (or staying put while it shows a special text such as "any"). The arrow
// keys and typing still edit each part.
class DateField final : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);
    DateField(const QDate& date, QWidget* parent);

protected:
    bool event(QEvent* event) override;
};

} // namespace peerradar
