#include "reminderscheduler.h"

#include "core/logging.h"
#include "desktop/consolesettings.h"
#include "sync/creatorsession.h"

namespace mesi::ui {

namespace {

/// Bids often change in bursts, such as a full listing, which then need one check only.
constexpr int DebounceMs = 250;

const char *kindName(sync::ReminderKind kind)
{
    return kind == sync::ReminderKind::KyfDeadline ? "KYF deadline" : "meeting";
}

} // namespace

ReminderScheduler::ReminderScheduler(sync::CreatorSession *session,
                                     desktop::ConsoleSettings *settings, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_settings(settings),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (settings) {
        const QStringList shown = settings->shownReminders();
        m_shown = QSet<QString>(shown.begin(), shown.end());
        connect(settings, &desktop::ConsoleSettings::notificationSettingsChanged, this,
                &ReminderScheduler::scheduleCheck);
    }

    if (session) {
        sync::BidRepository *bids = session->bids();
        connect(bids, &sync::BidRepository::bidAdded, this, &ReminderScheduler::scheduleCheck);
        connect(bids, &sync::BidRepository::bidChanged, this, &ReminderScheduler::scheduleCheck);
        connect(bids, &sync::BidRepository::bidsReset, this, &ReminderScheduler::scheduleCheck);
    }

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReminderScheduler::check);

    m_interval.setInterval(CheckIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &ReminderScheduler::check);
    m_interval.start();

    // The first check shows what came due while the console was closed.
    scheduleCheck();
}

void ReminderScheduler::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_lastCheck = QDateTime();
}

void ReminderScheduler::scheduleCheck()
{
    m_debounce.start();
}

void ReminderScheduler::check()
{
    m_debounce.stop();
    const QDateTime now = m_clock();

    // Timers do not run while the computer sleeps, so a long gap is the time it was away.
    if (m_lastCheck.isValid()) {
        const qint64 gap = m_lastCheck.secsTo(now);
        if (gap > WakeGapSeconds)
            qCInfo(lcUi) << "the computer was asleep or the app was blocked for" << gap
                         << "s; reminders that came due meanwhile are shown now";
    }
    m_lastCheck = now;

    if (!m_session)
        return;

    // NOTE: right after a start or a wake the bids may still be the cached ones, so a reminder can
    // be about a KYF request the fan has consented to or declined since. The texts state only times.
    const QList<sync::Reminder> due = sync::dueReminders(m_session->bids()->all(), now, m_shown, options());
    for (const sync::Reminder &reminder : due) {
        qCInfo(lcUi) << kindName(reminder.kind) << "reminder" << reminder.id << "for bid"
                     << reminder.bidId << (reminder.missed ? "is late, its time has passed" : "is due");
        markShown(reminder.id);
        for (const QString &superseded : reminder.supersededIds)
            markShown(superseded);
        Q_EMIT reminderDue(reminder);
    }

    // Written at once, so a console that crashes or is killed later does not remind again.
    if (!due.isEmpty() && m_settings)
        m_settings->sync();
}

sync::ReminderOptions ReminderScheduler::options() const
{
    sync::ReminderOptions options;
    if (m_settings) {
        options.kyfDeadlines = m_settings->notifyKyfDeadlines();
        options.meetings = m_settings->notifyMeetings();
        options.meetingLeadSeconds.clear();
        const QList<int> minutes = m_settings->meetingReminderMinutes();
        for (int lead : minutes)
            options.meetingLeadSeconds.append(qint64(lead) * 60);
    }
    return options;
}

void ReminderScheduler::markShown(const QString &id)
{
    m_shown.insert(id);
    if (m_settings)
        m_settings->addShownReminder(id);
}

} // namespace mesi::ui
