#pragma once

#include "availability.h"
#include "busyblock.h"
#include "meeting.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mesi {

/// Kind of clash between proposed meeting terms and the creator's calendar.
enum class ConflictKind {
    OutsideAvailability, ///< Part of the meeting lies outside the weekly windows of its day.
    BlockedDate,         ///< The meeting touches a date the creator blocked.
    Meeting,             ///< It overlaps a scheduled meeting, travel buffer included.
    TentativeMeeting,    ///< It overlaps another bid's pending proposal, travel buffer included.
    BusyBlock,           ///< It overlaps an imported busy time, travel buffer included.
};

/// A meeting on the creator's calendar: scheduled, or tentative while it is a pending proposal.
struct BookedMeeting
{
    QString bidId;
    QString fanName;
    QString id; ///< The meeting id, or the proposal's message id when tentative.
    MeetingTerms terms;
    bool tentative = false;
};

/// Everything a proposal is checked against.
struct Schedule
{
    std::optional<Availability> availability; ///< Nothing when the creator has not set any.
    QList<BookedMeeting> meetings;
    BusyBlocks busyBlocks;
};

/// One reason why proposed terms clash, naming the window, date, meeting or busy time.
struct Conflict
{
    ConflictKind kind = ConflictKind::OutsideAvailability;
    QString bidId;   ///< The other meeting's bid.
    QString fanName; ///< The other meeting's fan.
    QString otherId; ///< The other meeting's id, proposal id or busy block uid.
    QString summary; ///< A busy block's title and source calendar, as "title (source)".
    /// UTC. The other meeting or busy time, or the part of the proposal outside the windows.
    QDateTime start;
    QDateTime end;
    QDate date;      ///< Date in the availability's zone, for OutsideAvailability and BlockedDate.
    QString timeZone; ///< The availability's zone, for OutsideAvailability and BlockedDate.
    QList<AvailabilityWindow> windows; ///< The windows of date's weekday, for OutsideAvailability.
    /// The travel buffer in minutes when only the buffer makes the times clash, else 0.
    int bufferMinutes = 0;

    /// An English sentence for logs and the command line; the console words its own.
    QString description() const;
};

/**
 * Finds the conflicts of terms proposed for bidId with schedule, in time order per kind. First
 * come the parts outside the weekly windows and the blocked dates, both read in the
 * availability's zone so that daylight-saving changes count. Then come the meetings and busy
 * blocks closer than the travel buffer. A gap of exactly the buffer is no conflict, and
 * touching ends never are. Meetings of bidId itself are skipped.
 */
QList<Conflict> findConflicts(const MeetingTerms &terms, const QString &bidId, const Schedule &schedule);

} // namespace mesi
