#pragma once

#include "common/Result.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace peerradar {

// A slim bar above a form that says what just happened: a confirmation or an error in words,
// with the technical detail behind a "Details" toggle. Text is always shown as plain text.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showInformation(const QString& text);
    void showError(const Error& error);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    void show(Kind kind, const QString& text, const QString& detail);

    QLabel* m_text = nullptr;
    QLabel* m_detail = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace peerradar
