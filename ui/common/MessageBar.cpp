#include "common/MessageBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace peerradar {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("messageBarDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show technical details"));
    connect(m_detailsButton, &QToolButton::toggled, m_detail, &QLabel::setVisible);

    m_closeButton = new QToolButton(this);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setToolTip(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::clear);

    auto* row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_detail);
    // The bar keeps its place when hidden: a message appearing after a save must not push the
    // form down under the pointer.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::showInformation(const QString& text)
{
    show(Kind::Information, text, {});
}

void MessageBar::showError(const Error& error)
{
    show(Kind::Error, error.message, error.detail);
}

void MessageBar::show(Kind kind, const QString& text, const QString& detail)
{
    m_kind = kind;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!detail.isEmpty());
    m_detail->hide();
    // Palette roles only, so that dark themes stay readable.
    setBackgroundRole(kind == Kind::Error ? QPalette::ToolTipBase : QPalette::AlternateBase);
    m_text->setForegroundRole(kind == Kind::Error ? QPalette::ToolTipText : QPalette::WindowText);
    setAccessibleDescription(m_text->text());
    QFrame::show();
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::clear()
{
    m_text->clear();
    m_detail->clear();
    hide();
}

} // namespace peerradar
