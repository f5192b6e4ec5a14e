#pragma once

#include "apiclient.h"

#include "contract/codec.h"
#include "core/availability.h"
#include "core/bid.h"
#include "core/creatorsettings.h"

#include <optional>


namespace mesi::api {

/// A bid as a fan places it; the amount stays text so the server judges its form.
struct BidRequest
{
    QString creatorHandle;
    QString amount;
    QString asset;
    QString note;
    QString format = {}; ///< "text", "voice" or "video" for a bid on an AI account, else empty.
};

/// A fan's sign-in. The sandbox has no registration, so the tier and KYC form are sent here too.
struct FanSignIn
{
    QString name;
    std::optional<AccountTier> tier; ///< Replaces the stored tier when set.
    KyfAnswers kyc;                  ///< Replaces the whole stored KYC form when not empty.
};

/**
 * Outcome of a pass or fan confirmation code submission that reached the server. Either bid
 * is set (the code was accepted and the bid completed) or rejectionReason names why it was not.
 */
struct PassRedemption
{
    std::optional<Bid> bid;
    QString rejectionReason; ///< Wire code such as "bad_signature" or "already_used".
    QString message;         ///< The server's explanation of the rejection.
};

/**
 * Turns the response to a pass or fan code submission into a PassRedemption. A 409 or 422
 * error whose field is field becomes a rejection with the server's reason; any other error
 * is returned as the Error.
 */
Result<PassRedemption> redemptionFromResponse(const Result<QJsonObject> &response,
                                              const QString &field);

/// The sandbox clock: its current time and how far it runs ahead of the wall clock.
struct SandboxClock
{
    QDateTime now; ///< UTC.
    qint64 offsetSeconds = 0;
};

/// The fan's side of the Mesi API v1, as a simulated fan needs it.
class FanApi
{
public:
    explicit FanApi(ApiClient &client) : m_client(client) {}

    /// Signs a fan in by name (created on first use by the sandbox); stores the token in the client.
    void signIn(const QString &name, QObject *context, std::function<void(Result<QString>)> done);
    /// Signs in with an account tier and KYC form as well, and calls done with the fan's id.
    void signIn(const FanSignIn &request, QObject *context, std::function<void(Result<QString>)> done);
    void placeBid(const BidRequest &bid, const QString &idempotencyKey, QObject *context,
                  std::function<void(Result<Bid>)> done);
    void sendMessage(const QString &bidId, const QString &text, const QString &clientId,
                     const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<ChatMessage>)> done);

    /// Lists the signed-in fan's bids, newest first (at most 200).
    void listBids(QObject *context, std::function<void(Result<QList<Bid>>)> done);
    void getBid(const QString &bidId, QObject *context, std::function<void(Result<Bid>)> done);
    /// Withdraws a pending bid, which refunds its escrow.
    void withdrawBid(const QString &bidId, const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<Bid>)> done);
    void consentKyf(const QString &bidId, const QString &idempotencyKey, QObject *context,
                    std::function<void(Result<Bid>)> done);
    /// Declines a KYF request, which cancels the bid and refunds its escrow.
    void declineKyf(const QString &bidId, const QString &idempotencyKey, QObject *context,
                    std::function<void(Result<Bid>)> done);
    /// Cancels an accepted or scheduled bid with a reason of 1 to 500 characters.
    void cancelBid(const QString &bidId, const QString &reason, const QString &idempotencyKey,
                   QObject *context, std::function<void(Result<Bid>)> done);
    /// Posts meeting terms to the bid's chat, and calls done with the proposal message.
    void proposeMeeting(const QString &bidId, const MeetingTerms &terms, const QString &note,
                        const QString &clientId, const QString &idempotencyKey, QObject *context,
                        std::function<void(Result<ChatMessage>)> done);
    /// Accepts the creator's newest proposal, which schedules the meeting.
    void acceptProposal(const QString &bidId, const QString &messageId, const QString &idempotencyKey,
                        QObject *context, std::function<void(Result<Bid>)> done);
    void listMessages(const QString &bidId, const QString &cursor, QObject *context,
                      std::function<void(Result<contract::MessagePage>)> done);
    /// Starts the waiting session of an accepted AI bid.
    void joinSession(const QString &bidId, const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<Bid>)> done);
    /// Ends a live session, which completes the bid and releases its escrow.
    void endSession(const QString &bidId, const QString &idempotencyKey, QObject *context,
                    std::function<void(Result<Bid>)> done);
    /**
     * Submits the text of a meeting pass. A pass the server rejects arrives as a
     * PassRedemption with its reason. done gets an Error only when the request itself failed.
     */
    void redeemPass(const QString &passText, const QString &idempotencyKey, QObject *context,
                    std::function<void(Result<PassRedemption>)> done);
    /**
     * Registers the fan's Ed25519 public key, which signs the fan's confirmation codes, and
     * calls done with the key's record id. The same key registered again returns the same record.
     */
    void registerKey(const QByteArray &publicKey, const QString &label,
                     const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<QString>)> done);
    /// Reads the availability of the creator with handle; an Error with serverCode
    /// "availability_not_set" when the creator has not set one.
    void getCreatorAvailability(const QString &handle, QObject *context,
                                std::function<void(Result<Availability>)> done);
    /// Moves the sandbox clock forward by 1 to 31622400 seconds. Only mesi-sandbox has this route.
    void advanceSandboxClock(qint64 seconds, QObject *context,
                             std::function<void(Result<SandboxClock>)> done);

private:
    void postBidChange(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
                       QObject *context, std::function<void(Result<Bid>)> done);

    ApiClient &m_client;
};

} // namespace mesi::api
