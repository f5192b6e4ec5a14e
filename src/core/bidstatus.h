#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace mesi {

/// Stage of a bid in Bid-to-Meet. The wire names are the lower-case enumerator names.
enum class BidStatus {
    Pending,   ///< Placed by a fan, waiting for the creator.
    Accepted,  ///< Accepted by the creator; the chat is open to arrange the meeting.
    Rejected,  ///< Rejected by the creator; escrow refunded.
    Withdrawn, ///< Withdrawn by the fan before an answer; escrow refunded.
    Expired,   ///< Not answered before its expiry; escrow refunded.
    Scheduled, ///< A meeting time and place are agreed.
    Completed, ///< The meeting or virtual session took place; escrow released.
    Cancelled, ///< Called off after acceptance; escrow refunded.
};

/// State of the money a bid locked when it was placed.
enum class EscrowState {
    Locked,   ///< Held by the platform.
    Released, ///< Paid to the creator.
    Refunded, ///< Returned to the fan.
};

QString toWire(BidStatus status);
QString toWire(EscrowState state);
/// Parses a wire name such as "pending"; an unknown name is an error that quotes it.
Result<BidStatus> bidStatusFromWire(const QString &name);
Result<EscrowState> escrowStateFromWire(const QString &name);

const QList<BidStatus> &allBidStatuses();
bool isTerminal(BidStatus status);
/// The escrow state every bid in this status must have.
EscrowState escrowStateFor(BidStatus status);

/**
 * Checks that a bid may move from one status to another.
 *
 * Pending goes to accepted, rejected, withdrawn or expired. Accepted goes to scheduled,
 * to completed (a virtual session of an AI account needs no scheduling) or to cancelled.
 * Scheduled goes to completed or cancelled. Every other status is final.
 */
Result<void> checkTransition(BidStatus from, BidStatus to);

} // namespace mesi
