#pragma once

#include "sync/reminders.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::sync {
class CreatorSession;
}

namespace mesi::ui {

/**
 * Emits reminderDue once for each KYF deadline and meeting that comes close, also for one that
 * came due while the computer slept or the console was closed.
 *
 * Checks every 15 s, shortly after the bids change and after a notification setting changes.
 * The ids of emitted reminders are stored in the profile's settings, so a reminder is not
 * repeated after a restart either. A reminder of a kind that is switched off is not stored, so
 * it is emitted once that kind is switched on, if it is still due then.
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    /// Interval of the regular check, in milliseconds.
    static constexpr int CheckIntervalMs = 15 * 1000;
    /// A longer gap between two checks means the computer slept or the process was stopped.
    static constexpr qint64 WakeGapSeconds = 2 * 60;

    /// Both pointers may be null. Without a session nothing is due. Without settings every kind
    /// is on, and shown ids are kept in memory only.
    ReminderScheduler(sync::CreatorSession *session, desktop::ConsoleSettings *settings,
                      QObject *parent = nullptr);

    /// Replaces the wall clock, which returns UTC, for tests.
    void setClock(std::function<QDateTime()> clock);
    /// The current time by the scheduler's clock, UTC.
    QDateTime now() const { return m_clock(); }

    /// Emits reminderDue for every reminder due now that was not emitted before.
    void check();

Q_SIGNALS:
    void reminderDue(const mesi::sync::Reminder &reminder);

private:
    void scheduleCheck();
    sync::ReminderOptions options() const;
    void markShown(const QString &id);

    QPointer<sync::CreatorSession> m_session;
    QPointer<desktop::ConsoleSettings> m_settings;
    std::function<QDateTime()> m_clock;
    QTimer m_interval;
    QTimer m_debounce;
    QSet<QString> m_shown;
    QDateTime m_lastCheck; ///< By m_clock; invalid before the first check.
};

} // namespace mesi::ui
