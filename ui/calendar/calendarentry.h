#pragma once

#include "core/bidstatus.h"
#include "core/meeting.h"

#include <QString>

namespace mesi::ui {

/// One meeting as the calendar shows it.
struct CalendarEntry
{
    QString bidId;
    QString meetingId;
    QString fanName;
    MeetingTerms terms;
    BidStatus status = BidStatus::Scheduled; ///< Scheduled, Completed or Cancelled.
    EscrowState escrow = EscrowState::Locked;
};

} // namespace mesi::ui
