#include "start/WelcomePage.h"

#include "start/FileTrust.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerradar {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to PeerRadar"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Leadership is behavior, not position. PeerRadar lets team members note the leadership "
                                "they see in each other, and shows it person by person and team by team. "
                                "Everything stays in one file on this computer."),
        this);
    intro->setWordWrap(true);

    auto* newButton = new QPushButton(tr("&Create a new team file…"), this);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto* openButton = new QPushButton(tr("&Open a file…"), this);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    auto* demoButton = new QPushButton(tr("Try the &demo organisation"), this);
    demoButton->setObjectName(QStringLiteral("welcomeDemoButton"));
    auto* recentLabel = new QLabel(tr("&Recent files:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentFilesList"));
    m_recent->setAccessibleName(tr("Recent files")); // item views do not take their label's text as name
    recentLabel->setBuddy(m_recent);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addWidget(demoButton);
    column->addWidget(FileTrust::makeNote(FileTrust::newFileText(), this));
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 2);
    column->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newFileRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString()); });
    setFocusProxy(newButton);
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QFileInfo(file).fileName(), QDir::toNativeSeparators(QFileInfo(file).path())),
            m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_recent->setVisible(!files.isEmpty());
}

} // namespace peerradar
