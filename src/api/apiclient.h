#pragma once

#include "sessiontokens.h"

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace mesi::api {

/// Checks an API address typed by a user; plain http:// is accepted for loopback hosts only.
Result<QUrl> validateBaseUrl(const QString &text);
/// The events WebSocket address (ws:// or wss://) that belongs to an API base address.
QUrl eventsUrl(const QUrl &baseUrl);
/// A fresh random key for the Idempotency-Key header of one logical action.
QString newIdempotencyKey();

/// Default limit on one response body. The largest response, a page of 200 bids of a few
/// kilobytes each, stays under 2 MiB, so 16 MiB stops only a broken or hostile server.
inline constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;

/**
 * Sends JSON requests to the Mesi API and turns every outcome into a Result.
 *
 * Transport failures, HTTP errors with the contract's error body, bodies that are not
 * JSON objects, bodies over maxResponseBytes() and timeouts each become an Error whose
 * message names the request. TLS certificate errors are never ignored: the request fails
 * with an Error whose details describe the certificate.
 *
 * With session tokens that can be refreshed, the client renews the access token at 80% of
 * its lifetime, and a request rejected with 401 token_expired is sent once more after a refresh.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using JsonCallback = std::function<void(Result<QJsonObject>)>;

    explicit ApiClient(QUrl baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /// Points later requests at another address, such as a sandbox that started after the client.
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    /// Sets a token that never expires or is never refreshed, such as a fan's.
    void setBearerToken(const QString &token) { m_token = token; }
    bool hasBearerToken() const { return !m_token.isEmpty(); }
    QString bearerToken() const { return m_token; }
    /// Sets the tokens of a creator session and schedules the refresh before expiry.
    void setSessionTokens(const SessionTokens &tokens);
    SessionTokens sessionTokens() const;
    /// Forgets every token and stops refreshing, as at sign-out.
    void clearSessionTokens();
    /**
     * Trades the refresh token for new tokens. Calls that arrive while a refresh runs share
     * its outcome. A rejected refresh token also emits sessionRefreshRejected.
     */
    void refreshSession(QObject *context, std::function<void(Result<void>)> done);

    /// Time after which a request with no progress fails, in milliseconds.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Largest response body accepted, in bytes; a longer one is stopped and fails.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    /**
     * Sends GET path?query and calls done with the JSON object of a 2xx response.
     * done is not called if context is destroyed first.
     */
    void get(const QString &path, const QList<std::pair<QString, QString>> &query,
             QObject *context, JsonCallback done);
    /// Sends POST with a JSON body; a non-empty idempotencyKey goes into the Idempotency-Key header.
    void post(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
              QObject *context, JsonCallback done);
    /// Sends PUT with a JSON body, like post().
    void put(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
             QObject *context, JsonCallback done);

Q_SIGNALS:
    /// New tokens arrived from a refresh; store sessionTokens() to resume after a restart.
    void sessionTokensChanged();
    /// The server rejected the refresh token, so the session is over until the next sign-in.
    void sessionRefreshRejected(const mesi::Error &error);

private:
    /// Creates the network request for the current token; called again for a retry.
    using RequestStarter = std::function<QNetworkReply *()>;

    QNetworkRequest newRequest(const QString &path, const QUrlQuery &query = {}) const;
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              const QString &idempotencyKey, QObject *context, JsonCallback done);
    void run(const QString &description, RequestStarter start, QPointer<QObject> context,
             JsonCallback done, bool mayRetryAfterRefresh);
    void finish(QNetworkReply *reply, const QString &description, QPointer<QObject> context,
                const JsonCallback &done, const std::function<void()> &retry);
    void finishRefresh(Result<QJsonObject> response, const QDateTime &receivedAt);
    void scheduleRefresh();
    void guardReply(QNetworkReply *reply, const QString &description,
                    const std::shared_ptr<std::optional<Error>> &failure);

    QUrl m_baseUrl;
    QString m_token;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    QTimer m_refreshTimer;
    QList<std::function<void(Result<void>)>> m_refreshWaiters; ///< Non-empty while refreshing.
    int m_timeoutMs = 15000;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace mesi::api
