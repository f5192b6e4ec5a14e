#include "settingsdialog.h"

#include "desktop/consolesettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace mesi::ui {

SettingsDialog::SettingsDialog(desktop::ConsoleSettings *settings, const QString &logFilePath,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));

    m_newBids = new QCheckBox(tr("Notify me of new &bids"), this);
    m_newBids->setObjectName(QStringLiteral("notifyNewBids"));
    m_newBids->setAccessibleDescription(tr("Shows a desktop notification for each new bid."));
    m_newBids->setChecked(settings->notifyNewBids());

    m_newMessages = new QCheckBox(tr("Notify me of new chat &messages"), this);
    m_newMessages->setObjectName(QStringLiteral("notifyNewMessages"));
    m_newMessages->setAccessibleDescription(
        tr("Shows a desktop notification for each message a fan writes."));
    m_newMessages->setChecked(settings->notifyNewMessages());

    m_sound = new QCheckBox(tr("Play a &sound for new bids"), this);
    m_sound->setObjectName(QStringLiteral("newBidSound"));
    m_sound->setAccessibleDescription(tr("Turn this off to mute the new-bid sound."));
    m_sound->setChecked(settings->newBidSound());

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationLayout = new QVBoxLayout(notifications);
    notificationLayout->addWidget(m_newBids);
    notificationLayout->addWidget(m_newMessages);
    notificationLayout->addWidget(m_sound);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *noTray = new QLabel(tr("This desktop has no system tray, so notifications are not "
                                     "shown; the sound still plays."),
                                  notifications);
        noTray->setWordWrap(true);
        noTray->setObjectName(QStringLiteral("noTrayNotice"));
        notificationLayout->addWidget(noTray);
    }

    m_logToFile = new QCheckBox(tr("Write a &log file"), this);
    m_logToFile->setObjectName(QStringLiteral("logToFile"));
    m_logToFile->setAccessibleDescription(
        tr("Also writes informational messages, for reporting a problem."));
    m_logToFile->setChecked(settings->logToFile());
    auto *logPath = new QLabel(logFilePath, this);
    logPath->setObjectName(QStringLiteral("logFilePath"));
    logPath->setTextFormat(Qt::PlainText);
    logPath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    logPath->setWordWrap(true);
    logPath->setAccessibleName(tr("Log file path"));

    auto *logging = new QGroupBox(tr("Troubleshooting"), this);
    auto *loggingLayout = new QVBoxLayout(logging);
    loggingLayout->addWidget(m_logToFile);
    loggingLayout->addWidget(logPath);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notifications);
    layout->addWidget(logging);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_newBids, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setNotifyNewBids);
    connect(m_newMessages, &QCheckBox::toggled, settings,
            &desktop::ConsoleSettings::setNotifyNewMessages);
    connect(m_sound, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setNewBidSound);
    connect(m_logToFile, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setLogToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, settings, &desktop::ConsoleSettings::sync);
}

} // namespace mesi::ui
