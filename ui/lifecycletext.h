#pragma once

#include "core/bid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mesi::ui {

/// Translated texts for meetings, sessions and cancellations, shared by the panes and the chat.
class LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::LifecycleText)

public:
    /// Date, local time (and the meeting zone's time where it differs) and the place or link.
    static QString meetingSummary(const MeetingTerms &terms);
    /// Format, length, tier price and state of an AI session.
    static QString session(const AiSession &session);
    static QString format(SessionFormat format);
    /// A session state as one word for lists: "Waiting", "Live" or "Ended".
    static QString sessionState(SessionState state);
    static QString accountTier(AccountTier tier);
    /// The canceller and reason of a cancelled bid, as one sentence.
    static QString cancellation(const Bid &bid);
};

} // namespace mesi::ui
