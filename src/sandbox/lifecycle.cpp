#include "lifecycle.h"

#include "chat.h"
#include "contract/jsonreader.h"
#include "profiles.h"
#include "secrets.h"

namespace mesi::sandbox {

namespace {

Error notFoundFor(const QString &bidId)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("no bid '%1' for this account; list your bids to get valid ids")
                         .arg(bidId),
                     QStringLiteral("bidId"));
}

Error conflict(const QString &message, const QString &field = QStringLiteral("status"))
{
    return makeError(ErrorCode::Conflict, message, field);
}

bool isOpen(BidStatus status)
{
    return status == BidStatus::Accepted || status == BidStatus::Scheduled;
}

} // namespace

Result<StoredBid> Lifecycle::bidOfFan(const Principal &fan, const QString &bidId)
{
    Result<std::optional<StoredBid>> found = m_bids.findBid(bidId);
    if (!found)
        return found.error();
    if (!found.value() || fan.isCreator() || found.value()->bid.fanId != fan.id)
        return notFoundFor(bidId);
    return *found.value();
}

Result<StoredBid> Lifecycle::bidOfParticipant(const Principal &principal, const QString &bidId)
{
    if (principal.isCreator())
        return m_bids.bidOfCreator(principal.id, bidId);
    return bidOfFan(principal, bidId);
}

Result<Bid> Lifecycle::accept(const QString &creatorId, const QString &bidId, const QDateTime &at)
{
    Result<StoredBid> stored = m_bids.bidOfCreator(creatorId, bidId);
    if (!stored)
        return stored.error();
    Result<CreatorSettings> settings = m_profiles.creatorSettings(creatorId);
    if (!settings)
        return settings.error();

    if (Result<void> allowed = checkTransition(stored->bid.status, BidStatus::Accepted); !allowed) {
        return makeError(ErrorCode::InvalidTransition,
                         QStringLiteral("bid '%1': %2").arg(bidId, allowed.error().message),
                         QStringLiteral("status"));
    }
    Bid bid = stored->bid;
    bid.status = BidStatus::Accepted;
    // An AI account sells a virtual session, where there is no one to meet in person.
    if (settings->kyfRequired && settings->kind == AccountKind::Person) {
        bid.kyf.state = KyfState::Requested;
        bid.kyf.fields = settings->kyfFields;
        bid.kyf.deadline = at.addSecs(KyfAnswerSeconds);
    }
    return m_bids.save(stored.value(), bid, at);
}

Result<Bid> Lifecycle::consentKyf(const Principal &fan, const QString &bidId, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfFan(fan, bidId);
    if (!stored)
        return stored.error();
    const Bid &current = stored->bid;
    if (current.kyf.state == KyfState::Expired || (current.kyf.state == KyfState::Requested
                                                   && current.kyf.deadline <= at)) {
        return conflict(QStringLiteral("the KYF deadline of bid '%1' passed at %2; the bid is "
                                       "cancelled and the escrow refunded, so consent is no "
                                       "longer possible")
                            .arg(bidId, contract::formatTimestamp(current.kyf.deadline)),
                        QStringLiteral("kyf"));
    }
    if (current.kyf.state != KyfState::Requested || current.status != BidStatus::Accepted) {
        return conflict(QStringLiteral("bid '%1' has no open KYF request (KYF is %2, the bid is "
                                       "%3); nothing to consent to")
                            .arg(bidId, toWire(current.kyf.state), toWire(current.status)),
                        QStringLiteral("kyf"));
    }
    Bid bid = current;
    bid.kyf.state = KyfState::Consented;
    return m_bids.save(stored.value(), bid, at);
}

Result<Bid> Lifecycle::declineKyf(const Principal &fan, const QString &bidId, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfFan(fan, bidId);
    if (!stored)
        return stored.error();
    const Bid &current = stored->bid;
    if (current.kyf.state != KyfState::Requested || current.status != BidStatus::Accepted) {
        return conflict(QStringLiteral("bid '%1' has no open KYF request (KYF is %2, the bid is "
                                       "%3); nothing to decline")
                            .arg(bidId, toWire(current.kyf.state), toWire(current.status)),
                        QStringLiteral("kyf"));
    }
    Bid bid = current;
    bid.kyf.state = KyfState::Declined;
    bid.status = BidStatus::Cancelled;
    bid.cancelledBy = QStringLiteral("fan");
    bid.cancelReason = QStringLiteral("The fan declined to share the requested KYF details.");
    return m_bids.save(stored.value(), bid, at);
}

Result<KyfAnswers> Lifecycle::kyfAnswers(const QString &creatorId, const QString &bidId)
{
    Result<StoredBid> stored = m_bids.bidOfCreator(creatorId, bidId);
    if (!stored)
        return stored.error();
    if (stored->bid.kyf.state != KyfState::Consented || !isOpen(stored->bid.status)) {
        return conflict(QStringLiteral("KYF details of bid '%1' are not available: KYF is %2 and "
                                       "the bid is %3; they are shared only after consent and "
                                       "while the bid is open")
                            .arg(bidId, toWire(stored->bid.kyf.state), toWire(stored->bid.status)),
                        QStringLiteral("kyf"));
    }
    Result<FanProfile> profile = m_profiles.fanProfile(stored->bid.fanId);
    if (!profile)
        return profile.error();
    KyfAnswers answers;
    for (KyfField field : stored->bid.kyf.fields)
        answers.insert(field, profile->kyc.value(field));
    return answers;
}

Result<Bid> Lifecycle::withdraw(const Principal &fan, const QString &bidId, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfFan(fan, bidId);
    if (!stored)
        return stored.error();
    if (stored->bid.status != BidStatus::Pending) {
        return conflict(QStringLiteral("bid '%1' is %2; only a pending bid can be withdrawn, "
                                       "an accepted one is cancelled instead")
                            .arg(bidId, toWire(stored->bid.status)));
    }
    Bid bid = stored->bid;
    bid.status = BidStatus::Withdrawn;
    return m_bids.save(stored.value(), bid, at);
}

Result<Bid> Lifecycle::cancel(const Principal &principal, const QString &bidId,
                              const QString &reason, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfParticipant(principal, bidId);
    if (!stored)
        return stored.error();
    const Bid &current = stored->bid;
    if (!isOpen(current.status)) {
        return conflict(QStringLiteral("bid '%1' is %2; only an accepted or scheduled bid can be "
                                       "cancelled")
                            .arg(bidId, toWire(current.status)));
    }
    if (current.session && current.session->state != SessionState::Waiting) {
        return conflict(QStringLiteral("the session of bid '%1' has started; end it instead of "
                                       "cancelling")
                            .arg(bidId));
    }
    // After the start the meeting may have taken place, so only the creator, who is paid
    // by the pass, may still call it off.
    if (!principal.isCreator() && current.meeting.isValid() && current.meeting.terms.start <= at) {
        return conflict(QStringLiteral("the meeting of bid '%1' started at %2; after the start "
                                       "only the creator can cancel it, so ask them in the chat")
                            .arg(bidId, contract::formatTimestamp(current.meeting.terms.start)));
    }
    Bid bid = current;
    bid.status = BidStatus::Cancelled;
    bid.cancelledBy = principal.isCreator() ? QStringLiteral("creator") : QStringLiteral("fan");
    bid.cancelReason = reason;
    return m_bids.save(stored.value(), bid, at);
}

Result<PostedMessage> Lifecycle::propose(const Principal &sender, const QString &bidId,
                                         const MeetingTerms &terms, const QString &note,
                                         const QString &clientId, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfParticipant(sender, bidId);
    if (!stored)
        return stored.error();
    if (stored->bid.session) {
        return conflict(QStringLiteral("bid '%1' is for a virtual session with an AI account, "
                                       "which needs no meeting; join the session instead")
                            .arg(bidId));
    }
    if (stored->bid.status != BidStatus::Accepted) {
        return conflict(QStringLiteral("bid '%1' is %2; meetings are proposed only while a bid "
                                       "is accepted and not yet scheduled")
                            .arg(bidId, toWire(stored->bid.status)));
    }
    if (terms.start <= at) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("proposed start %1 is not in the future (now %2); pick a "
                                        "later time")
                             .arg(contract::formatTimestamp(terms.start), contract::formatTimestamp(at)),
                         QStringLiteral("start"));
    }
    PostMessageRequest request;
    request.text = note;
    request.clientId = clientId;
    request.proposal = terms;
    return m_chat.post(sender, bidId, request, at);
}

Result<Bid> Lifecycle::acceptProposal(const Principal &principal, const QString &bidId,
                                      const QString &messageId, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfParticipant(principal, bidId);
    if (!stored)
        return stored.error();
    Result<std::optional<ChatMessage>> newest = m_chat.newestProposal(bidId);
    if (!newest)
        return newest.error();
    if (!newest.value() || newest.value()->id != messageId) {
        return conflict(QStringLiteral("message '%1' is not the newest meeting proposal of bid "
                                       "'%2'; only the newest proposal can be accepted")
                            .arg(messageId, bidId),
                        QStringLiteral("messageId"));
    }
    const ChatMessage &proposal = *newest.value();
    const bool ownProposal = (proposal.sender == ChatSender::Creator) == principal.isCreator();
    if (ownProposal) {
        return conflict(QStringLiteral("proposal '%1' is your own; the other side accepts it or "
                                       "sends a counter proposal")
                            .arg(messageId),
                        QStringLiteral("messageId"));
    }
    const Bid &current = stored->bid;
    if (current.status != BidStatus::Accepted) {
        return conflict(QStringLiteral("bid '%1' is %2; a proposal can be accepted only while the "
                                       "bid is accepted")
                            .arg(bidId, toWire(current.status)));
    }
    if (current.kyf.state == KyfState::Requested) {
        return conflict(QStringLiteral("the fan has not answered the KYF request of bid '%1' yet; "
                                       "the meeting can be scheduled after consent")
                            .arg(bidId),
                        QStringLiteral("kyf"));
    }
    if (proposal.proposal->start <= at) {
        return conflict(QStringLiteral("proposal '%1' starts at %2, which has passed; send a new "
                                       "proposal")
                            .arg(messageId, contract::formatTimestamp(proposal.proposal->start)),
                        QStringLiteral("start"));
    }

    Bid bid = current;
    bid.status = BidStatus::Scheduled;
    bid.meeting.id = newId(QStringLiteral("mtg"));
    bid.meeting.proposalId = proposal.id;
    bid.meeting.terms = *proposal.proposal;
    return m_bids.save(stored.value(), bid, at);
}

Result<Bid> Lifecycle::joinSession(const Principal &fan, const QString &bidId, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfFan(fan, bidId);
    if (!stored)
        return stored.error();
    const Bid &current = stored->bid;
    if (current.session && current.status == BidStatus::Accepted
        && current.session->state == SessionState::Live) {
        return conflict(QStringLiteral("the session of bid '%1' is already live; write in its "
                                       "chat, or end it when you are done")
                            .arg(bidId));
    }
    if (!current.session || current.status != BidStatus::Accepted
        || current.session->state != SessionState::Waiting) {
        return conflict(QStringLiteral("bid '%1' has no session waiting to start (the bid is %2); "
                                       "a session starts after the AI account accepts the bid")
                            .arg(bidId, toWire(current.status)));
    }
    Bid bid = current;
    bid.session->state = SessionState::Live;
    bid.session->startedAt = at;
    return m_bids.save(stored.value(), bid, at);
}

Result<Bid> Lifecycle::completeSession(const StoredBid &stored, const QDateTime &at)
{
    Bid bid = stored.bid;
    bid.session->state = SessionState::Ended;
    bid.session->endedAt = at;
    bid.status = BidStatus::Completed;
    return m_bids.save(stored, bid, at);
}

Result<Bid> Lifecycle::endSession(const Principal &principal, const QString &bidId,
                                  const QDateTime &at)
{
    Result<StoredBid> stored = bidOfParticipant(principal, bidId);
    if (!stored)
        return stored.error();
    if (!stored->bid.session || stored->bid.session->state != SessionState::Live) {
        return conflict(QStringLiteral("bid '%1' has no live session to end").arg(bidId));
    }
    return completeSession(stored.value(), at);
}

Result<bool> Lifecycle::sweepBid(const StoredBid &stored, const QDateTime &now)
{
    const Bid &current = stored.bid;
    Bid bid = current;
    if (current.status == BidStatus::Pending && current.expiresAt.isValid()
        && current.expiresAt <= now) {
        bid.status = BidStatus::Expired;
    } else if (current.status == BidStatus::Accepted && current.kyf.state == KyfState::Requested
               && current.kyf.deadline <= now) {
        bid.status = BidStatus::Cancelled;
        bid.kyf.state = KyfState::Expired;
        bid.cancelledBy = QStringLiteral("platform");
        bid.cancelReason = QStringLiteral("The fan did not answer the KYF request within 48 hours.");
    } else if (current.status == BidStatus::Accepted && current.session
               && current.session->state == SessionState::Live
               && current.session->startedAt.addSecs(current.session->durationMinutes * 60LL) <= now) {
        Result<Bid> ended = completeSession(stored, now);
        if (!ended)
            return ended.error();
        return true;
    } else {
        return false;
    }
    Result<Bid> saved = m_bids.save(stored, bid, now);
    if (!saved)
        return saved.error();
    return true;
}

Result<QString> parseCancelReason(const QJsonObject &body)
{
    contract::JsonReader reader(body, QStringLiteral("cancel request"));
    const QString reason = reader.string(QStringLiteral("reason"));
    if (!reader.ok())
        return reader.error();
    if (reason.trimmed().isEmpty() || reason.size() > MaxCancelReasonLength) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cancel reason has %1 characters; give a reason of 1 to "
                                        "%2 characters so the other side knows why")
                             .arg(reason.trimmed().size())
                             .arg(MaxCancelReasonLength),
                         QStringLiteral("reason"));
    }
    return reason.trimmed();
}

} // namespace mesi::sandbox
