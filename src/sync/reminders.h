#pragma once

#include "core/bid.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

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
     * "kyf:<bidId>:<deadline ms since epoch>" or "meeting:<meetingId>:<start ms since epoch>".
     * The event time is part of the id, so a meeting moved to another time reminds again.
     */
    QString id;
    ReminderKind kind = ReminderKind::KyfDeadline;
    QString bidId;
    QString fanName;
    QDateTime eventAt; ///< The KYF deadline or the meeting start, UTC.
    bool missed = false; ///< The event time had already passed when the reminder came due.
};

/// Kinds of reminder to compute, and their lead times before the event in seconds.
struct ReminderOptions
{
    bool kyfDeadlines = true;
    bool meetings = true;
    qint64 kyfLeadSeconds = 6 * 3600;
    qint64 meetingLeadSeconds = 3600;
    /// Events that passed longer ago than this get no reminder, so a long absence brings no flood.
    qint64 missedWindowSeconds = 24 * 3600;
};

/**
 * Computes the reminders due at now, sorted by event time.
 *
 * A KYF reminder is due for an accepted bid whose KYF request still waits for the fan, from
 * kyfLeadSeconds before the deadline. A meeting reminder is due for a scheduled bid from
 * meetingLeadSeconds before the start. Reminders whose id is in alreadyShown, whose kind is
 * switched off in options, or whose event passed more than missedWindowSeconds ago are left out.
 */
QList<Reminder> dueReminders(const QList<Bid> &bids, const QDateTime &now,
                             const QSet<QString> &alreadyShown, const ReminderOptions &options);

} // namespace mesi::sync

Q_DECLARE_METATYPE(mesi::sync::Reminder)
