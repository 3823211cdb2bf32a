#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace peerradar {

// Enter (or Return) in any of a form's one-line fields, text or choice, submits the form, as on
// the logging page. An open list (a combo box's, or a person picker's matches) takes the key
// first to pick its entry.
class EnterSubmits final : public QObject
{
    Q_OBJECT

public:
    static void install(const QList<QWidget*>& fields, std::function<void()> submit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EnterSubmits(std::function<void()> submit, QObject* parent);

    std::function<void()> m_submit;
};

} // namespace peerradar
