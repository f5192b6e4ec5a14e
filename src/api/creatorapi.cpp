#include "creatorapi.h"

#include "contract/jsonreader.h"
#include "contract/wire.h"

namespace mesi::api {

namespace {

QString creatorPath(const QString &rest)
{
    return contract::apiPrefix() + QStringLiteral("/creator") + rest;
}

} // namespace

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

Result<Bid> bidFromResponse(Result<QJsonObject> response)
{
    if (!response)
        return response.error();
    return contract::bidFromJson(response.value());
}

Result<ChatMessage> messageFromResponse(Result<QJsonObject> response)
{
    if (!response)
        return response.error();
    return contract::chatMessageFromJson(response.value());
}

void CreatorApi::signIn(const QString &handle, const QString &password, QObject *context,
                        std::function<void(Result<CreatorProfile>)> done)
{
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password}};
    m_client.post(contract::apiPrefix() + QStringLiteral("/session"), body, {}, context,
                  [this, done](Result<QJsonObject> response) {
                      if (!response) {
                          done(response.error());
                          return;
                      }
                      contract::JsonReader reader(response.value(), QStringLiteral("sign-in response"));
                      const QJsonObject creator = reader.object(QStringLiteral("creator"));
                      CreatorProfile profile;
                      if (reader.ok()) {
                          contract::JsonReader creatorReader(creator, QStringLiteral("creator"));
                          profile.handle = creatorReader.string(QStringLiteral("handle"));
                          profile.displayName = creatorReader.string(QStringLiteral("displayName"));
                          profile.acceptsBids = creatorReader.boolean(QStringLiteral("acceptsBids"));
                          if (!creatorReader.ok())
                              reader.fail(creatorReader.error());
                      }
                      if (!reader.ok()) {
                          done(reader.error());
                          return;
                      }
                      Result<SessionTokens> tokens = sessionTokensFromJson(
                          response.value(), QDateTime::currentDateTimeUtc());
                      if (!tokens) {
                          done(tokens.error());
                          return;
                      }
                      m_client.setSessionTokens(tokens.value());
                      done(profile);
                  });
}

void CreatorApi::signOut(QObject *context, std::function<void(Result<void>)> done)
{
    const QJsonObject body{{QStringLiteral("refreshToken"), m_client.sessionTokens().refreshToken}};
    m_client.post(contract::apiPrefix() + QStringLiteral("/auth/signout"), body, {}, context,
                  [done](Result<QJsonObject> response) {
                      if (!response)
                          done(response.error());
                      else
                          done({});
                  });
}

void CreatorApi::listBids(const BidQuery &query, QObject *context,
                          std::function<void(Result<contract::BidPage>)> done)
{
    QList<std::pair<QString, QString>> parameters;
    if (query.status)
        parameters.append({QStringLiteral("status"), toWire(*query.status)});
    if (!query.cursor.isEmpty())
        parameters.append({QStringLiteral("cursor"), query.cursor});
    if (query.limit > 0)
        parameters.append({QStringLiteral("limit"), QString::number(query.limit)});

    m_client.get(creatorPath(QStringLiteral("/bids")), parameters, context,
                 [done](Result<QJsonObject> response) {
                     if (!response)
                         done(response.error());
                     else
                         done(contract::bidPageFromJson(response.value()));
                 });
}

void CreatorApi::getBid(const QString &bidId, QObject *context, std::function<void(Result<Bid>)> done)
{
    m_client.get(creatorPath(QStringLiteral("/bids/") + pathSegment(bidId)), {}, context,
                 [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void CreatorApi::acceptBid(const QString &bidId, const QString &idempotencyKey, QObject *context,
                           std::function<void(Result<Bid>)> done)
{
    m_client.post(creatorPath(QStringLiteral("/bids/%1/accept").arg(pathSegment(bidId))), {},
                  idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void CreatorApi::rejectBid(const QString &bidId, const QString &reason, const QString &idempotencyKey,
                           QObject *context, std::function<void(Result<Bid>)> done)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    m_client.post(creatorPath(QStringLiteral("/bids/%1/reject").arg(pathSegment(bidId))), body,
                  idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void CreatorApi::listMessages(const QString &bidId, const QString &cursor, QObject *context,
                              std::function<void(Result<contract::MessagePage>)> done)
{
    QList<std::pair<QString, QString>> parameters;
    if (!cursor.isEmpty())
        parameters.append({QStringLiteral("cursor"), cursor});
    m_client.get(contract::apiPrefix() + QStringLiteral("/bids/%1/messages").arg(pathSegment(bidId)),
                 parameters, context, [done](Result<QJsonObject> response) {
                     if (!response)
                         done(response.error());
                     else
                         done(contract::messagePageFromJson(response.value()));
                 });
}

void CreatorApi::sendMessage(const QString &bidId, const QString &text, const QString &clientId,
                             const QString &idempotencyKey, QObject *context,
                             std::function<void(Result<ChatMessage>)> done)
{
    postChatMessage(m_client, bidId, text, clientId, idempotencyKey, context, std::move(done));
}

void postChatMessage(ApiClient &client, const QString &bidId, const QString &text,
                     const QString &clientId, const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<ChatMessage>)> done)
{
    const QJsonObject body{{QStringLiteral("text"), text}, {QStringLiteral("clientId"), clientId}};
    client.post(contract::apiPrefix() + QStringLiteral("/bids/%1/messages").arg(pathSegment(bidId)),
                body, idempotencyKey, context,
                [done](Result<QJsonObject> response) { done(messageFromResponse(std::move(response))); });
}

} // namespace mesi::api
