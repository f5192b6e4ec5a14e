#include "lifecycleapi.h"

#include "creatorapi.h"

#include "contract/availabilitycodec.h"
#include "contract/jsonreader.h"
#include "contract/lifecyclecodec.h"
#include "contract/wire.h"

namespace mesi::api {

namespace {

QString bidPath(const QString &bidId, const QString &rest)
{
    return contract::apiPrefix() + QStringLiteral("/bids/") + pathSegment(bidId) + rest;
}

Result<RegisteredKey> keyFromJson(const QJsonObject &object)
{
    contract::JsonReader reader(object, QStringLiteral("signing key"));
    RegisteredKey key;
    key.id = reader.string(QStringLiteral("id"));
    const QString publicKey = reader.string(QStringLiteral("publicKey"));
    key.revokedAt = reader.optionalTimestamp(QStringLiteral("revokedAt"));
    if (!reader.ok())
        return reader.error();
    key.publicKey = QByteArray::fromBase64(publicKey.toLatin1());
    return key;
}

} // namespace

void LifecycleApi::getSettings(QObject *context, std::function<void(Result<CreatorSettings>)> done)
{
    m_client.get(contract::apiPrefix() + QStringLiteral("/creator/settings"), {}, context,
                 [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     done(contract::creatorSettingsFromJson(response.value()));
                 });
}

void LifecycleApi::putSettings(const CreatorSettings &settings, const QString &idempotencyKey,
                               QObject *context, std::function<void(Result<CreatorSettings>)> done)
{
    m_client.put(contract::apiPrefix() + QStringLiteral("/creator/settings"),
                 contract::toJson(settings), idempotencyKey, context,
                 [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     done(contract::creatorSettingsFromJson(response.value()));
                 });
}

void LifecycleApi::getAvailability(QObject *context,
                                   std::function<void(Result<std::optional<Availability>>)> done)
{
    m_client.get(contract::apiPrefix() + QStringLiteral("/creator/availability"), {}, context,
                 [done](Result<QJsonObject> response) {
                     if (!response) {
                         if (response.error().serverCode == QLatin1String("availability_not_set"))
                             done(std::optional<Availability>());
                         else
                             done(response.error());
                         return;
                     }
                     Result<Availability> availability = contract::availabilityFromJson(response.value());
                     if (!availability)
                         done(availability.error());
                     else
                         done(std::optional<Availability>(availability.value()));
                 });
}

void LifecycleApi::putAvailability(const Availability &availability, const QString &idempotencyKey,
                                   QObject *context, std::function<void(Result<Availability>)> done)
{
    m_client.put(contract::apiPrefix() + QStringLiteral("/creator/availability"),
                 contract::toJson(availability), idempotencyKey, context,
                 [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     done(contract::availabilityFromJson(response.value()));
                 });
}

void LifecycleApi::getKyfAnswers(const QString &bidId, QObject *context,
                                 std::function<void(Result<KyfAnswers>)> done)
{
    m_client.get(contract::apiPrefix() + QStringLiteral("/creator/bids/") + pathSegment(bidId)
                     + QStringLiteral("/kyf"),
                 {}, context, [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     done(contract::kyfAnswersFromJson(
                         response->value(QStringLiteral("fields")).toObject()));
                 });
}

void LifecycleApi::propose(const QString &bidId, const MeetingTerms &terms, const QString &note,
                           const QString &clientId, const QString &idempotencyKey,
                           QObject *context, std::function<void(Result<ChatMessage>)> done)
{
    QJsonObject body = contract::toJson(terms);
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    body.insert(QStringLiteral("clientId"), clientId);
    m_client.post(bidPath(bidId, QStringLiteral("/proposals")), body, idempotencyKey, context,
                  [done](Result<QJsonObject> response) {
                      done(messageFromResponse(std::move(response)));
                  });
}

void LifecycleApi::acceptProposal(const QString &bidId, const QString &messageId,
                                  const QString &idempotencyKey, QObject *context,
                                  std::function<void(Result<Bid>)> done)
{
    m_client.post(bidPath(bidId, QStringLiteral("/proposals/") + pathSegment(messageId)
                                     + QStringLiteral("/accept")),
                  {}, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void LifecycleApi::cancel(const QString &bidId, const QString &reason,
                          const QString &idempotencyKey, QObject *context,
                          std::function<void(Result<Bid>)> done)
{
    m_client.post(bidPath(bidId, QStringLiteral("/cancel")),
                  QJsonObject{{QStringLiteral("reason"), reason}}, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void LifecycleApi::endSession(const QString &bidId, const QString &idempotencyKey,
                              QObject *context, std::function<void(Result<Bid>)> done)
{
    m_client.post(bidPath(bidId, QStringLiteral("/session/end")), {}, idempotencyKey, context,
                  [done](Result<QJsonObject> response) { done(bidFromResponse(std::move(response))); });
}

void LifecycleApi::listKeys(QObject *context,
                            std::function<void(Result<QList<RegisteredKey>>)> done)
{
    m_client.get(contract::apiPrefix() + QStringLiteral("/creator/keys"), {}, context,
                 [done](Result<QJsonObject> response) {
                     if (!response) {
                         done(response.error());
                         return;
                     }
                     QList<RegisteredKey> keys;
                     const QJsonArray items = response->value(QStringLiteral("items")).toArray();
                     for (const QJsonValue &item : items) {
                         Result<RegisteredKey> key = keyFromJson(item.toObject());
                         if (!key) {
                             done(key.error());
                             return;
                         }
                         keys.append(key.value());
                     }
                     done(keys);
                 });
}

void LifecycleApi::registerKey(const QByteArray &publicKey, const QString &label,
                               const QString &idempotencyKey, QObject *context,
                               std::function<void(Result<RegisteredKey>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/creator/keys"),
                  QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())},
                              {QStringLiteral("label"), label}},
                  idempotencyKey, context, [done](Result<QJsonObject> response) {
                      if (!response) {
                          done(response.error());
                          return;
                      }
                      done(keyFromJson(response.value()));
                  });
}

void LifecycleApi::confirmByFanCode(const QString &meetingId, const QString &code,
                                    const QString &idempotencyKey, QObject *context,
                                    std::function<void(Result<PassRedemption>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/creator/meetings/") + pathSegment(meetingId)
                      + QStringLiteral("/fan-confirmations"),
                  QJsonObject{{QStringLiteral("code"), code}}, idempotencyKey, context,
                  [done](Result<QJsonObject> response) {
                      done(redemptionFromResponse(response, QStringLiteral("code")));
                  });
}

void LifecycleApi::revokeKey(const QString &keyId, const QString &idempotencyKey, QObject *context,
                             std::function<void(Result<RegisteredKey>)> done)
{
    m_client.post(contract::apiPrefix() + QStringLiteral("/creator/keys/%1/revoke").arg(pathSegment(keyId)),
                  QJsonObject(), idempotencyKey, context, [done](Result<QJsonObject> response) {
                      if (!response) {
                          done(response.error());
                          return;
                      }
                      done(keyFromJson(response.value()));
                  });
}

} // namespace mesi::api
