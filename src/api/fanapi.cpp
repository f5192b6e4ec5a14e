#include "fanapi.h"

#include "creatorapi.h"

#include "contract/jsonreader.h"
#include "contract/wire.h"

namespace mesi::api {

void FanApi::signIn(const QString &name, QObject *context, std::function<void(Result<QString>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/fan/session"),
                  QJsonObject{{QStringLiteral("name"), name}}, {}, context,
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
    m_client.post(contract::apiPrefix() + QStringLiteral("/fan/bids"), body, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void FanApi::sendMessage(const QString &bidId, const QString &text, const QString &clientId,
                         const QString &idempotencyKey, QObject *context,
                         std::function<void(Result<ChatMessage>)> done)
{
    postChatMessage(m_client, bidId, text, clientId, idempotencyKey, context, std::move(done));
}

} // namespace mesi::api
