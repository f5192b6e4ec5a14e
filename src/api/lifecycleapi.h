#pragma once

#include "apiclient.h"
#include "fanapi.h"

#include "core/availability.h"
#include "core/bid.h"
#include "core/creatorsettings.h"
#include "core/kyf.h"

namespace mesi::api {

/// A pass-signing public key as the server registered it.
struct RegisteredKey
{
    QString id;
    QByteArray publicKey;
    QDateTime revokedAt; ///< Invalid while the key is in use.
};

/**
 * The creator's lifecycle calls of the Mesi API v1 beyond accept and reject: settings,
 * availability, consented KYF fields, proposals, cancellation, AI sessions and pass-signing keys.
 */
class LifecycleApi
{
public:
    explicit LifecycleApi(ApiClient &client) : m_client(client) {}

    void getSettings(QObject *context, std::function<void(Result<CreatorSettings>)> done);
    void putSettings(const CreatorSettings &settings, const QString &idempotencyKey,
                     QObject *context, std::function<void(Result<CreatorSettings>)> done);
    /// The creator's availability; nothing when the creator has not set one yet.
    void getAvailability(QObject *context,
                         std::function<void(Result<std::optional<Availability>>)> done);
    void putAvailability(const Availability &availability, const QString &idempotencyKey,
                         QObject *context, std::function<void(Result<Availability>)> done);
    /// The fan's consented KYF answers; the caller keeps them in memory only.
    void getKyfAnswers(const QString &bidId, QObject *context,
                       std::function<void(Result<KyfAnswers>)> done);
    void propose(const QString &bidId, const MeetingTerms &terms, const QString &note,
                 const QString &clientId, const QString &idempotencyKey, QObject *context,
                 std::function<void(Result<ChatMessage>)> done);
    void acceptProposal(const QString &bidId, const QString &messageId,
                        const QString &idempotencyKey, QObject *context,
                        std::function<void(Result<Bid>)> done);
    void cancel(const QString &bidId, const QString &reason, const QString &idempotencyKey,
                QObject *context, std::function<void(Result<Bid>)> done);
    void endSession(const QString &bidId, const QString &idempotencyKey, QObject *context,
                    std::function<void(Result<Bid>)> done);
    void listKeys(QObject *context, std::function<void(Result<QList<RegisteredKey>>)> done);
    void registerKey(const QByteArray &publicKey, const QString &label,
                     const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<RegisteredKey>)> done);
    /**
     * Submits a fan confirmation code scanned from the fan's phone for meetingId. A code the
     * server rejects arrives as a PassRedemption with its reason. done gets an Error only when
     * the request itself failed or the meeting is not this creator's.
     */
    void confirmByFanCode(const QString &meetingId, const QString &code,
                          const QString &idempotencyKey, QObject *context,
                          std::function<void(Result<PassRedemption>)> done);

    /// Revokes a key; passes it signed are rejected from then on.
    void revokeKey(const QString &keyId, const QString &idempotencyKey, QObject *context,
                   std::function<void(Result<RegisteredKey>)> done);

private:
    ApiClient &m_client;
};

} // namespace mesi::api
