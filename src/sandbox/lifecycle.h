#pragma once

#include "accounts.h"
#include "bidbook.h"
#include "core/meeting.h"
#include "core/result.h"

namespace mesi::sandbox {

class Chat;
class Profiles;
struct PostedMessage;

/// Maximum length of a cancellation reason, in UTF-16 code units.
inline constexpr int MaxCancelReasonLength = 500;

/**
 * The rules of Bid-to-Meet after a bid is placed: acceptance with KYF, KYF answers,
 * withdrawal, cancellation, meeting proposals, AI sessions and the deadline sweep.
 * Every method changes stored state, so call it inside one SandboxStore::change().
 * The rules for who may cancel when are written down in docs/lifecycle.md.
 */
class Lifecycle
{
public:
    Lifecycle(BidBook &bids, Chat &chat, Profiles &profiles)
        : m_bids(bids), m_chat(chat), m_profiles(profiles)
    {
    }

    /// Accepts a pending bid; a creator who requires KYF sends the request with a 48-hour deadline.
    Result<Bid> accept(const QString &creatorId, const QString &bidId, const QDateTime &at);

    Result<Bid> consentKyf(const Principal &fan, const QString &bidId, const QDateTime &at);
    /// Declining cancels the bid and refunds the fan.
    Result<Bid> declineKyf(const Principal &fan, const QString &bidId, const QDateTime &at);
    /// The consented answers, only while the bid is accepted or scheduled.
    Result<KyfAnswers> kyfAnswers(const QString &creatorId, const QString &bidId);

    Result<Bid> withdraw(const Principal &fan, const QString &bidId, const QDateTime &at);
    Result<Bid> cancel(const Principal &principal, const QString &bidId, const QString &reason,
                       const QDateTime &at);

    /// Posts meeting terms to the bid's chat as a proposal message.
    Result<PostedMessage> propose(const Principal &sender, const QString &bidId,
                                  const MeetingTerms &terms, const QString &note,
                                  const QString &clientId, const QDateTime &at);
    /// Accepts the newest proposal of the other side, which schedules the meeting.
    Result<Bid> acceptProposal(const Principal &principal, const QString &bidId,
                               const QString &messageId, const QDateTime &at);

    Result<Bid> joinSession(const Principal &fan, const QString &bidId, const QDateTime &at);
    /// Ends a live session, which completes the bid and releases the escrow.
    Result<Bid> endSession(const Principal &principal, const QString &bidId, const QDateTime &at);

    /**
     * Applies one passed deadline to a bid found by BidBook::dueForSweep(): expiry of a
     * pending bid, an unanswered KYF request, or the end of an AI session's time.
     * Returns false when nothing was due after all.
     */
    Result<bool> sweepBid(const StoredBid &stored, const QDateTime &now);

private:
    Result<StoredBid> bidOfFan(const Principal &fan, const QString &bidId);
    Result<StoredBid> bidOfParticipant(const Principal &principal, const QString &bidId);
    Result<Bid> completeSession(const StoredBid &stored, const QDateTime &at);

    BidBook &m_bids;
    Chat &m_chat;
    Profiles &m_profiles;
};

/// Checks a cancellation reason: 1 to MaxCancelReasonLength characters, not only spaces.
Result<QString> parseCancelReason(const QJsonObject &body);

} // namespace mesi::sandbox
