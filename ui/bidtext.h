#pragma once

#include "core/bidstatus.h"

#include <QCoreApplication>
#include <QString>

namespace mesi::ui {

/// Translated words for bid and escrow states, shared by the inbox, the detail pane and the chat.
class BidText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::BidText)

public:
    /// A status as a word for people, such as "Pending" or "Accepted".
    static QString status(BidStatus status);
    /// An escrow state as a short phrase, such as "Locked" or "Refunded to fan".
    static QString escrow(EscrowState state);
    /// Returns the reason that a bid in this status has no chat input, or an empty string when its chat is open.
    static QString chatUnavailableReason(BidStatus status);
};

} // namespace mesi::ui
