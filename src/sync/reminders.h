#pragma once

#include "core/bid.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mesi::sync {

/// Kind of event a reminder is about.
enum class ReminderKind {
    KyfDeadline, ///< A fan's time to answer a KYF request ends soon.
    MeetingSoon, ///< A scheduled meeting starts soon.
};

/// A reminder that is due now, computed from the bids in the client's repository.
struct Reminder
{
    /**
     * "kyf:<bidId>:<deadline ms since epoch>" or
     * "meeting:<meetingId>:<start ms since epoch>:<lead minutes>m", one per lead time. The
     * event time is part of the id, so a meeting moved to another time reminds again.
     */
    QString id;
    ReminderKind kind = ReminderKind::KyfDeadline;
    QString bidId;
    QString fanName;
    QDateTime eventAt; ///< The KYF deadline or the meeting start, UTC.
    bool missed = false; ///< The event time had already passed when the reminder came due.
    qint64 leadSeconds = 0; ///< How long before the event the reminder was set for.
    /// Ids of the same event's longer-lead reminders that came due unshown at the same check,
    /// such as after a sleep. They are left out, so the event reminds once, and count as shown.
    QStringList supersededIds;
};

/// Kinds of reminder to compute, and their lead times before the event in seconds.
struct ReminderOptions
{
    bool kyfDeadlines = true;
    bool meetings = true;
    qint64 kyfLeadSeconds = 6 * 3600;
    /// One meeting reminder per lead time; the console's default is one day and one hour.
    QList<qint64> meetingLeadSeconds{24 * 3600, 3600};
    /// Events that passed longer ago than this get no reminder, so a long absence brings no flood.
    qint64 missedWindowSeconds = 24 * 3600;
};

/**
 * Computes the reminders due at now, sorted by event time.
 *
 * A KYF reminder is due for an accepted bid whose KYF request still waits for the fan, from
 * kyfLeadSeconds before the deadline. A meeting reminder is due for a scheduled bid from each
 * of meetingLeadSeconds before the start. Of a meeting's reminders that are due at once only
 * the one with the shortest lead is returned, and none when that one was shown already.
 * Reminders whose id is in alreadyShown, whose kind is switched off in options, or whose event
 * passed more than missedWindowSeconds ago are left out.
 */
QList<Reminder> dueReminders(const QList<Bid> &bids, const QDateTime &now,
                             const QSet<QString> &alreadyShown, const ReminderOptions &options);

} // namespace mesi::sync

Q_DECLARE_METATYPE(mesi::sync::Reminder)
