#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QSoundEffect;
class QSystemTrayIcon;

namespace mesi {
struct Bid;
struct ChatMessage;
} // namespace mesi

namespace mesi::contract {
struct Event;
}

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::sync {
class CreatorSession;
struct Reminder;
} // namespace mesi::sync

namespace mesi::ui {

class MainWindow;
class ReminderScheduler;

/**
 * Tells the creator about new bids and fan messages that arrive live: an unread count on the
 * tray icon, desktop notifications through the tray, and a sound for new bids. Also shows the
 * reminders of KYF deadlines and meetings that its ReminderScheduler emits.
 *
 * Only events from the live events socket count, so bids and messages loaded by a listing
 * or from the cache never notify. The count goes back to 0 when the window becomes active.
 * Without a system tray (QSystemTrayIcon::isSystemTrayAvailable() false, as under Xvfb or
 * the offscreen platform) the count is still kept and the sound still plays.
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    DesktopNotifier(MainWindow *window, sync::CreatorSession *session,
                    desktop::ConsoleSettings *settings);
    ~DesktopNotifier() override;

    /// New bids and fan messages since the window was last active.
    int unreadCount() const { return m_unread; }
    /// The bid of the newest notification shown; a click on the notification opens it.
    QString lastNotifiedBidId() const { return m_lastNotifiedBidId; }
    /// The tray icon, or null when the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The source of KYF deadline and meeting reminders.
    ReminderScheduler *reminders() const { return m_reminders; }

    /// Brings the window forward and selects the bid of the newest notification.
    void openLastNotifiedBid();

Q_SIGNALS:
    void unreadCountChanged(int count);
    /// Emitted for every notification, shown or not, so tests can follow them.
    void notified(const QString &bidId, const QString &title, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleEvent(const contract::Event &event);
    void bidCreated(const Bid &bid);
    void messageCreated(const ChatMessage &message);
    struct NotificationText
    {
        QString title;
        QString text;
    };
    void showReminder(const sync::Reminder &reminder);
    NotificationText kyfReminderText(const sync::Reminder &reminder) const;
    NotificationText meetingReminderText(const sync::Reminder &reminder) const;
    /// A time left such as "5 h 40 min", rounded up to the minute.
    QString durationText(qint64 seconds) const;
    void notify(const QString &bidId, const QString &title, const QString &text);
    void playNewBidSound();
    void setUnread(int count);
    void createTrayIcon();
    void retranslateUi();
    void updateTrayToolTip();
    void showWindow();

    QPointer<MainWindow> m_window;
    QObject *m_windowObject = nullptr; ///< The same window, only for comparing identities.
    QPointer<sync::CreatorSession> m_session;
    desktop::ConsoleSettings *m_settings = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    QSoundEffect *m_sound = nullptr;
    ReminderScheduler *m_reminders = nullptr;
    int m_unread = 0;
    QString m_lastNotifiedBidId;
};

} // namespace mesi::ui
