#include "fanapi.h"

#include "creatorapi.h"

#include "contract/availabilitycodec.h"
#include "contract/jsonreader.h"
#include "contract/lifecyclecodec.h"
#include "contract/wire.h"

#include <QJsonDocument>

namespace mesi::api {

namespace {

QString fanBidPath(const QString &bidId, const QString &action)
{
    return contract::apiPrefix() + QStringLiteral("/fan/bids/%1%2").arg(pathSegment(bidId), action);
}

QString bidPath(const QString &bidId, const QString &action)
{
    return contract::apiPrefix() + QStringLiteral("/bids/%1%2").arg(pathSegment(bidId), action);
}

} // namespace

void FanApi::signIn(const QString &name, QObject *context, std::function<void(Result<QString>)> done)
{
    signIn(FanSignIn{name, std::nullopt, {}}, context, std::move(done));
}

void FanApi::signIn(const FanSignIn &request, QObject *context,
                    std::function<void(Result<QString>)> done)
{
    QJsonObject body{{QStringLiteral("name"), request.name}};
    if (request.tier)
        body.insert(QStringLiteral("tier"), toWire(*request.tier));
    if (!request.kyc.isEmpty())
        body.insert(QStringLiteral("kyc"), contract::toJson(request.kyc));
    m_client.post(contract::apiPrefix() + QStringLiteral("/fan/session"), body, {}, context,
                  [this, done](Result<QJsonObject> response) {
                      if (!response) {
                          done(response.error());
                          return;
                      }
                      contract::JsonReader reader(response.value(), QStringLiteral("fan sign-in response"));
                      const QString token = reader.string(QStringLiteral("token"));
                      const QString fanId = reader.object(QStringLiteral("fan"))
                                                .value(QStringLiteral("id"))
                                                .toString();
                      if (!reader.ok()) {
                          done(reader.error());
                          return;
                      }
                      m_client.setBearerToken(token);
                      done(fanId);
                  });
}

void FanApi::placeBid(const BidRequest &bid, const QString &idempotencyKey, QObject *context,
                      std::function<void(Result<Bid>)> done)
{
    QJsonObject body{{QStringLiteral("creator"), bid.creatorHandle},
                     {QStringLiteral("amount"), bid.amount},
                     {QStringLiteral("asset"), bid.asset}};
    if (!bid.note.isEmpty())
        body.insert(QStringLiteral("note"), bid.note);
    if (!bid.format.isEmpty())
        body.insert(QStringLiteral("format"), bid.format);
    m_client.post(contract::apiPrefix() + QStringLiteral("/fan/bids"), body, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void FanApi::sendMessage(const QString &bidId, const QString &text, const QString &clientId,
                         const QString &idempotencyKey, QObject *context,
                         std::function<void(Result<ChatMessage>)> done)
{
    postChatMessage(m_client, bidId, text, clientId, idempotencyKey, context, std::move(done));
}

void FanApi::listBids(QObject *context, std::function<void(Result<QList<Bid>>)> done)
{
    m_client.get(contract::apiPrefix() + QStringLiteral("/fan/bids"), {}, context,
                 [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     contract::JsonReader reader(response.value(), QStringLiteral("fan bid list"));
                     const QJsonArray items = reader.array(QStringLiteral("items"));
                     if (!reader.ok()) {
                         done(reader.error());
                         return;
                     }
                     QList<Bid> bids;
                     for (const QJsonValue &item : items) {
                         Result<Bid> bid = contract::bidFromJson(item.toObject());
                         if (!bid) {
                             done(bid.error());
                             return;
                         }
                         bids.append(bid.value());
                     }
                     done(bids);
                 });
}

void FanApi::getBid(const QString &bidId, QObject *context, std::function<void(Result<Bid>)> done)
{
    m_client.get(fanBidPath(bidId, {}), {}, context,
                 [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void FanApi::postBidChange(const QString &path, const QJsonObject &body,
                           const QString &idempotencyKey, QObject *context,
                           std::function<void(Result<Bid>)> done)
{
    m_client.post(path, body, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void FanApi::withdrawBid(const QString &bidId, const QString &idempotencyKey, QObject *context,
                         std::function<void(Result<Bid>)> done)
{
    postBidChange(fanBidPath(bidId, QStringLiteral("/withdraw")), {}, idempotencyKey, context,
                  std::move(done));
}

void FanApi::consentKyf(const QString &bidId, const QString &idempotencyKey, QObject *context,
                        std::function<void(Result<Bid>)> done)
{
    postBidChange(fanBidPath(bidId, QStringLiteral("/kyf/consent")), {}, idempotencyKey, context,
                  std::move(done));
}

void FanApi::declineKyf(const QString &bidId, const QString &idempotencyKey, QObject *context,
                        std::function<void(Result<Bid>)> done)
{
    postBidChange(fanBidPath(bidId, QStringLiteral("/kyf/decline")), {}, idempotencyKey, context,
                  std::move(done));
}

void FanApi::cancelBid(const QString &bidId, const QString &reason, const QString &idempotencyKey,
                       QObject *context, std::function<void(Result<Bid>)> done)
{
    postBidChange(bidPath(bidId, QStringLiteral("/cancel")),
                  QJsonObject{{QStringLiteral("reason"), reason}}, idempotencyKey, context,
                  std::move(done));
}

void FanApi::proposeMeeting(const QString &bidId, const MeetingTerms &terms, const QString &note,
                            const QString &clientId, const QString &idempotencyKey,
                            QObject *context, std::function<void(Result<ChatMessage>)> done)
{
    QJsonObject body = contract::toJson(terms);
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    if (!clientId.isEmpty())
        body.insert(QStringLiteral("clientId"), clientId);
    m_client.post(bidPath(bidId, QStringLiteral("/proposals")), body, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(messageFromResponse(std::move(response))); });
}

void FanApi::acceptProposal(const QString &bidId, const QString &messageId,
                            const QString &idempotencyKey, QObject *context,
                            std::function<void(Result<Bid>)> done)
{
    postBidChange(bidPath(bidId, QStringLiteral("/proposals/%1/accept").arg(pathSegment(messageId))),
                  {}, idempotencyKey, context, std::move(done));
}

void FanApi::listMessages(const QString &bidId, const QString &cursor, QObject *context,
                          std::function<void(Result<contract::MessagePage>)> done)
{
    QList<std::pair<QString, QString>> parameters;
    if (!cursor.isEmpty())
        parameters.append({QStringLiteral("cursor"), cursor});
    m_client.get(bidPath(bidId, QStringLiteral("/messages")), parameters, context,
                 [done](Result<QJsonObject> response) {
                     if (!response)
                         done(response.error());
                     else
                         done(contract::messagePageFromJson(response.value()));
                 });
}

void FanApi::joinSession(const QString &bidId, const QString &idempotencyKey, QObject *context,
                         std::function<void(Result<Bid>)> done)
{
    postBidChange(fanBidPath(bidId, QStringLiteral("/session/join")), {}, idempotencyKey, context,
                  std::move(done));
}

void FanApi::endSession(const QString &bidId, const QString &idempotencyKey, QObject *context,
                        std::function<void(Result<Bid>)> done)
{
    postBidChange(bidPath(bidId, QStringLiteral("/session/end")), {}, idempotencyKey, context,
                  std::move(done));
}

Result<PassRedemption> redemptionFromResponse(const Result<QJsonObject> &response,
                                              const QString &field)
{
    if (!response) {
        // An error about the submitted code is a rejection with its reason, not a failure.
        const Error &error = response.error();
        if (error.field == field && !error.serverCode.isEmpty()
            && (error.code == ErrorCode::Conflict || error.code == ErrorCode::InvalidArgument)) {
            PassRedemption redemption;
            redemption.rejectionReason = error.serverCode;
            redemption.message = error.message;
            return redemption;
        }
        return error;
    }
    Result<Bid> bid = contract::bidFromJson(response.value());
    if (!bid)
        return bid.error();
    PassRedemption redemption;
    redemption.bid = bid.value();
    return redemption;
}

void FanApi::redeemPass(const QString &passText, const QString &idempotencyKey, QObject *context,
                        std::function<void(Result<PassRedemption>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/fan/passes"),
                  QJsonObject{{QStringLiteral("pass"), passText}}, idempotencyKey, context,
                  [done](Result<QJsonObject> response) {
                      done(redemptionFromResponse(response, QStringLiteral("pass")));
                  });
}

void FanApi::registerKey(const QByteArray &publicKey, const QString &label,
                         const QString &idempotencyKey, QObject *context,
                         std::function<void(Result<QString>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/fan/keys"),
                  QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())},
                              {QStringLiteral("label"), label}},
                  idempotencyKey, context, [done](Result<QJsonObject> response) {
                      if (!response) {
                          done(response.error());
                          return;
                      }
                      contract::JsonReader reader(response.value(), QStringLiteral("fan key"));
                      const QString id = reader.string(QStringLiteral("id"));
                      if (!reader.ok())
                          done(reader.error());
                      else
                          done(id);
                  });
}

void FanApi::getCreatorAvailability(const QString &handle, QObject *context,
                                    std::function<void(Result<Availability>)> done)
{
    m_client.get(contract::apiPrefix() + QStringLiteral("/creators/") + pathSegment(handle)
                     + QStringLiteral("/availability"),
                 {}, context, [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     done(contract::availabilityFromJson(response.value()));
                 });
}

void FanApi::advanceSandboxClock(qint64 seconds, QObject *context,
                                 std::function<void(Result<SandboxClock>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/sandbox/clock"),
                  QJsonObject{{QStringLiteral("advanceSeconds"), seconds}}, {}, context,
                  [done](Result<QJsonObject> response) {
                      if (!response) {
                          done(response.error());
                          return;
                      }
                      contract::JsonReader reader(response.value(), QStringLiteral("sandbox clock"));
                      SandboxClock clock;
                      clock.now = reader.timestamp(QStringLiteral("now"));
                      clock.offsetSeconds = reader.integer(QStringLiteral("offsetSeconds"));
                      if (!reader.ok())
                          done(reader.error());
                      else
                          done(clock);
                  });
}

} // namespace mesi::api
