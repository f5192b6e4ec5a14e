#pragma once

#include "core/bidstatus.h"
#include "core/meeting.h"

#include <QDateTime>
#include <QString>

namespace mesi::ui {

/// One meeting as the calendar shows it.
struct CalendarEntry
{
    QString bidId;
    QString meetingId; ///< Empty for a tentative entry.
    QString fanName;
    MeetingTerms terms;
    BidStatus status = BidStatus::Scheduled; ///< Scheduled, Completed or Cancelled; Accepted when tentative.
    EscrowState escrow = EscrowState::Locked;
    /// The terms are the newest proposal in the bid's chat, not yet agreed by both sides.
    bool tentative = false;
};

/// Kind of a calendar entry. Each kind is drawn with its own colour, border pattern and word.
enum class EntryKind {
    Scheduled,
    Tentative,
    Completed,
    Cancelled,
};

inline EntryKind entryKind(const CalendarEntry &entry)
{
    if (entry.tentative)
        return EntryKind::Tentative;
    switch (entry.status) {
    case BidStatus::Completed:
        return EntryKind::Completed;
    case BidStatus::Cancelled:
    case BidStatus::Rejected:
    case BidStatus::Withdrawn:
    case BidStatus::Expired:
        return EntryKind::Cancelled;
    default:
        return EntryKind::Scheduled;
    }
}

/// A dated deadline of a bid that the calendar flags on its day.
struct CalendarMarker
{
    enum class Kind {
        KyfDeadline, ///< The fan must answer the KYF request by then.
        BidExpiry,   ///< A pending bid expires then unless the creator answers it.
    };

    Kind kind = Kind::BidExpiry;
    QString bidId;
    QString fanName;
    QDateTime at; ///< UTC.

    friend bool operator==(const CalendarMarker &, const CalendarMarker &) = default;
};

} // namespace mesi::ui
