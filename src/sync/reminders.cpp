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

std::optional<Reminder> meetingReminder(const Bid &bid, const QDateTime &now,
                                        const ReminderOptions &options)
{
    if (bid.status != BidStatus::Scheduled || !bid.meeting.isValid())
        return std::nullopt;

    const QDateTime start = bid.meeting.terms.start;
    Reminder reminder;
    reminder.id = QStringLiteral("meeting:%1:%2").arg(bid.meeting.id).arg(start.toMSecsSinceEpoch());
    reminder.kind = ReminderKind::MeetingSoon;
    reminder.bidId = bid.id;
    reminder.fanName = bid.fanName;
    reminder.eventAt = start.toUTC();
    return reminderIfDue(reminder, options.meetingLeadSeconds, now, options.missedWindowSeconds);
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
            add(meetingReminder(bid, now, options));
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
