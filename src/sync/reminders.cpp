#include "reminders.h"

#include <algorithm>
#include <optional>

namespace mesi::sync {

namespace {

/// The reminder of an event at eventAt if now lies between lead seconds before it and the end
/// of the missed window after it.
std::optional<Reminder> reminderIfDue(Reminder reminder, qint64 leadSeconds, const QDateTime &now,
                                      qint64 missedWindowSeconds)
{
    if (!reminder.eventAt.isValid())
        return std::nullopt;

    const qint64 secondsToEvent = now.secsTo(reminder.eventAt);
    if (secondsToEvent > leadSeconds)
        return std::nullopt;
    if (-secondsToEvent > missedWindowSeconds)
        return std::nullopt;

    reminder.missed = now >= reminder.eventAt;
    return reminder;
}

std::optional<Reminder> kyfReminder(const Bid &bid, const QDateTime &now, const ReminderOptions &options)
{
    if (bid.status != BidStatus::Accepted || bid.kyf.state != KyfState::Requested)
        return std::nullopt;

    Reminder reminder;
    reminder.id = QStringLiteral("kyf:%1:%2").arg(bid.id).arg(bid.kyf.deadline.toMSecsSinceEpoch());
    reminder.kind = ReminderKind::KyfDeadline;
    reminder.bidId = bid.id;
    reminder.fanName = bid.fanName;
    reminder.eventAt = bid.kyf.deadline.toUTC();
    return reminderIfDue(reminder, options.kyfLeadSeconds, now, options.missedWindowSeconds);
}

/// The meeting reminder with the shortest lead that is due, or nothing when none is due or
/// that one was shown already. Longer-lead ones due at the same time are superseded by it.
std::optional<Reminder> meetingReminder(const Bid &bid, const QDateTime &now,
                                        const QSet<QString> &alreadyShown, const ReminderOptions &options)
{
    if (bid.status != BidStatus::Scheduled || !bid.meeting.isValid())
        return std::nullopt;

    QList<qint64> leads = options.meetingLeadSeconds;
    std::sort(leads.begin(), leads.end());
    leads.erase(std::unique(leads.begin(), leads.end()), leads.end());

    const QDateTime start = bid.meeting.terms.start;
    std::optional<Reminder> shortest;
    for (qint64 lead : std::as_const(leads)) {
        Reminder reminder;
        reminder.id = QStringLiteral("meeting:%1:%2:%3m")
                          .arg(bid.meeting.id)
                          .arg(start.toMSecsSinceEpoch())
                          .arg(lead / 60);
        reminder.kind = ReminderKind::MeetingSoon;
        reminder.bidId = bid.id;
        reminder.fanName = bid.fanName;
        reminder.eventAt = start.toUTC();
        reminder.leadSeconds = lead;
        std::optional<Reminder> due = reminderIfDue(reminder, lead, now, options.missedWindowSeconds);
        if (!due)
            continue;
        if (!shortest)
            shortest = due;
        else if (!alreadyShown.contains(due->id))
            shortest->supersededIds.append(due->id);
    }
    if (shortest && alreadyShown.contains(shortest->id))
        return std::nullopt;
    return shortest;
}

} // namespace

QList<Reminder> dueReminders(const QList<Bid> &bids, const QDateTime &now,
                             const QSet<QString> &alreadyShown, const ReminderOptions &options)
{
    QList<Reminder> due;
    const auto add = [&](const std::optional<Reminder> &reminder) {
        if (reminder && !alreadyShown.contains(reminder->id))
            due.append(*reminder);
    };

    for (const Bid &bid : bids) {
        if (options.kyfDeadlines)
            add(kyfReminder(bid, now, options));
        if (options.meetings)
            add(meetingReminder(bid, now, alreadyShown, options));
    }

    // The id breaks ties, so reminders of events at the same moment keep one order.
    std::sort(due.begin(), due.end(), [](const Reminder &a, const Reminder &b) {
        if (a.eventAt != b.eventAt)
            return a.eventAt < b.eventAt;
        return a.id < b.id;
    });
    return due;
}

} // namespace mesi::sync
