#include "bidtext.h"

namespace mesi::ui {

QString BidText::status(BidStatus status)
{
    switch (status) {
    case BidStatus::Pending:
        return tr("Pending", "bid status");
    case BidStatus::Accepted:
        return tr("Accepted", "bid status");
    case BidStatus::Rejected:
        return tr("Rejected", "bid status");
    case BidStatus::Withdrawn:
        return tr("Withdrawn", "bid status");
    case BidStatus::Expired:
        return tr("Expired", "bid status");
    case BidStatus::Scheduled:
        return tr("Scheduled", "bid status");
    case BidStatus::Completed:
        return tr("Completed", "bid status");
    case BidStatus::Cancelled:
        return tr("Cancelled", "bid status");
    }
    Q_UNREACHABLE();
    return {};
}

QString BidText::escrow(EscrowState state)
{
    switch (state) {
    case EscrowState::Locked:
        return tr("Locked", "escrow state");
    case EscrowState::Released:
        return tr("Released to you");
    case EscrowState::Refunded:
        return tr("Refunded to fan");
    }
    Q_UNREACHABLE();
    return {};
}

QString BidText::chatUnavailableReason(BidStatus status)
{
    switch (status) {
    case BidStatus::Accepted:
    case BidStatus::Scheduled:
        return {};
    case BidStatus::Pending:
        return tr("The chat with the fan opens when you accept this bid.");
    case BidStatus::Rejected:
        return tr("You rejected this bid, so it has no chat.");
    case BidStatus::Withdrawn:
        return tr("The fan withdrew this bid before you answered, so it has no chat.");
    case BidStatus::Expired:
        return tr("This bid expired before you answered, so it has no chat.");
    case BidStatus::Completed:
        return tr("This bid is completed; the chat is read-only now.");
    case BidStatus::Cancelled:
        return tr("This bid was cancelled; the chat is read-only now.");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace mesi::ui
