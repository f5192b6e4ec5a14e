#include "desktopnotifier.h"

#include "appicon.h"
#include "moneyformat.h"
#include "mainwindow.h"
#include "reminderscheduler.h"
#include "calendar/meetingtext.h"

#include "contract/codec.h"
#include "core/displaytext.h"
#include "core/logging.h"
#include "desktop/consolesettings.h"
#include "sync/creatorsession.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSoundEffect>
#include <QSystemTrayIcon>

namespace mesi::ui {

namespace {

constexpr int NotificationTimeoutMs = 8000;
const QString NewBidSound = QStringLiteral("qrc:/sounds/new-bid.wav");

/// The local time of at, with the date when at falls on another local day than now.
QString clockText(const QDateTime &at, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

DesktopNotifier::DesktopNotifier(MainWindow *window, sync::CreatorSession *session,
                                 desktop::ConsoleSettings *settings)
    : QObject(window), m_window(window), m_windowObject(window), m_session(session), m_settings(settings)
{
    window->installEventFilter(this);
    if (session)
        connect(session->events(), &api::EventStream::eventReceived, this, &DesktopNotifier::handleEvent);
    m_reminders = new ReminderScheduler(session, settings, this);
    connect(m_reminders, &ReminderScheduler::reminderDue, this, &DesktopNotifier::showReminder);

    if (QSystemTrayIcon::isSystemTrayAvailable())
        createTrayIcon();
    else
        qCInfo(lcUi) << "no system tray on this desktop; notifications are not shown";
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::createTrayIcon()
{
    m_tray = new QSystemTrayIcon(appIcon(), this);

    auto *menu = new QMenu(m_window);
    m_showAction = menu->addAction(QString(), this, &DesktopNotifier::showWindow);
    menu->addSeparator();
    m_quitAction = menu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_tray->setContextMenu(menu);
    retranslateUi();

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::openLastNotifiedBid);
    m_tray->show();
}

void DesktopNotifier::retranslateUi()
{
    if (!m_tray)
        return;
    m_showAction->setText(tr("&Show Mesi Creator Console"));
    m_quitAction->setText(tr("&Quit"));
    updateTrayToolTip();
}

void DesktopNotifier::updateTrayToolTip()
{
    const QString name = QApplication::applicationDisplayName();
    m_tray->setToolTip(m_unread == 0 ? name : tr("%1 — %n unread", nullptr, m_unread).arg(name));
}

bool DesktopNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // While the window is destroyed its events still arrive, but it is no longer a MainWindow
    // and a static cast to one (as QPointer does) is undefined behaviour. qobject_cast checks
    // the dynamic type, so a window being destroyed is simply skipped.
    if (watched != m_windowObject)
        return QObject::eventFilter(watched, event);
    const auto *window = qobject_cast<const MainWindow *>(watched);
    if (!window)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ActivationChange && window->isActiveWindow())
        setUnread(0);
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void DesktopNotifier::handleEvent(const contract::Event &event)
{
    if (event.type == contract::EventType::BidCreated) {
        if (Result<Bid> bid = contract::bidFromJson(event.data))
            bidCreated(bid.value());
    } else if (event.type == contract::EventType::MessageCreated) {
        if (Result<ChatMessage> message = contract::chatMessageFromJson(event.data))
            messageCreated(message.value());
    }
    // The session reports malformed events, so they are skipped here without a count.
}

void DesktopNotifier::bidCreated(const Bid &bid)
{
    if (!m_window->isActiveWindow())
        setUnread(m_unread + 1);

    if (m_settings && m_settings->newBidSound())
        playNewBidSound();
    if (!m_settings || m_settings->notifyNewBids()) {
        const QString amount = formatMoney(bid.amount);
        notify(bid.id, tr("New bid from %1").arg(isolatedName(bid.fanName)),
               bid.note.isEmpty() ? amount : tr("%1: “%2”").arg(amount, displayText(bid.note)));
    }
}

void DesktopNotifier::messageCreated(const ChatMessage &message)
{
    // The socket also delivers the creator's own messages, which need no notification.
    if (message.sender != ChatSender::Fan)
        return;

    if (!m_window->isActiveWindow())
        setUnread(m_unread + 1);

    if (!m_settings || m_settings->notifyNewMessages())
        notify(message.bidId, tr("Message from %1").arg(isolatedName(message.senderName)),
               displayText(message.text));
}

void DesktopNotifier::showReminder(const sync::Reminder &reminder)
{
    const NotificationText text = reminder.kind == sync::ReminderKind::KyfDeadline
                                      ? kyfReminderText(reminder)
                                      : meetingReminderText(reminder);
    notify(reminder.bidId, text.title, text.text);
}

DesktopNotifier::NotificationText DesktopNotifier::kyfReminderText(const sync::Reminder &reminder) const
{
    const QDateTime now = m_reminders->now();
    const QString deadline = clockText(reminder.eventAt, now);
    if (reminder.missed) {
        return {tr("KYF deadline passed"),
                tr("The time for %1 to answer the KYF request ended at %2, before the console "
                   "could remind you.")
                    .arg(isolatedName(reminder.fanName), deadline)};
    }
    const QString left = durationText(now.secsTo(reminder.eventAt));
    return {tr("KYF deadline soon"),
            tr("%1 has %2 left to answer the KYF request (until %3).").arg(isolatedName(reminder.fanName), left, deadline)};
}

DesktopNotifier::NotificationText DesktopNotifier::meetingReminderText(const sync::Reminder &reminder) const
{
    const QDateTime now = m_reminders->now();
    const Bid *bid = m_session ? m_session->bids()->find(reminder.bidId) : nullptr;
    // A bid that is gone by now has default terms, whose place reads "No place given".
    const QString place = MeetingText::place(bid ? bid->meeting.terms : MeetingTerms());
    const QString start = clockText(reminder.eventAt, now);
    if (reminder.missed) {
        return {tr("Meeting already started"),
                tr("Your meeting with %1 started at %2 · %3, before the console could remind you.")
                    .arg(isolatedName(reminder.fanName), start, place)};
    }
    const qint64 minutes = (now.secsTo(reminder.eventAt) + 59) / 60;
    return {tr("Meeting in %n min", "minutes until the meeting starts", int(minutes)),
            tr("Meeting with %1 at %2 · %3").arg(isolatedName(reminder.fanName), start, place)};
}

QString DesktopNotifier::durationText(qint64 seconds) const
{
    const qint64 totalMinutes = (seconds + 59) / 60;
    const int hours = int(totalMinutes / 60);
    const int minutes = int(totalMinutes % 60);
    const QString hoursText = tr("%n h", "hours of a duration, abbreviated", hours);
    const QString minutesText = tr("%n min", "minutes of a duration, abbreviated", minutes);
    if (hours == 0)
        return minutesText;
    if (minutes == 0)
        return hoursText;
    return tr("%1 %2", "a duration: hours, then minutes").arg(hoursText, minutesText);
}

void DesktopNotifier::notify(const QString &bidId, const QString &title, const QString &text)
{
    m_lastNotifiedBidId = bidId;
    qCInfo(lcUi) << "notification about bid" << bidId << (m_tray ? "shown" : "not shown, no system tray");
    Q_EMIT notified(bidId, title, text);
    if (m_tray)
        m_tray->showMessage(title, text, appIcon(), NotificationTimeoutMs);
}

void DesktopNotifier::playNewBidSound()
{
    // Created on first use, so a console that never plays a sound never opens an audio device.
    if (!m_sound) {
        m_sound = new QSoundEffect(this);
        m_sound->setSource(QUrl(NewBidSound));
        m_sound->setVolume(0.6f);
    }
    m_sound->play();
}

void DesktopNotifier::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    if (m_tray) {
        m_tray->setIcon(appIconWithCount(count));
        updateTrayToolTip();
    }
    Q_EMIT unreadCountChanged(count);
}

void DesktopNotifier::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopNotifier::openLastNotifiedBid()
{
    showWindow();
    if (m_window && !m_lastNotifiedBidId.isEmpty())
        m_window->revealBid(m_lastNotifiedBidId);
}

} // namespace mesi::ui
