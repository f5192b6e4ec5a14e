// The session-token part of ApiClient: scheduled refreshes and refresh-token rotation.

#include "apiclient.h"

#include "contract/wire.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mesi::api {

namespace {

/// The access token is renewed after this share of its lifetime.
constexpr double RefreshAtShare = 0.8;
/// A refresh that failed without a response from the server is tried again after this delay.
constexpr int RefreshRetryMs = 30 * 1000;

} // namespace

void ApiClient::setSessionTokens(const SessionTokens &tokens)
{
    m_token = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_expiresAt = tokens.expiresAt;
    scheduleRefresh();
}

SessionTokens ApiClient::sessionTokens() const
{
    return SessionTokens{m_token, m_refreshToken, m_expiresAt};
}

void ApiClient::clearSessionTokens()
{
    m_refreshTimer.stop();
    m_token.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
}

void ApiClient::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (m_refreshToken.isEmpty() || !m_expiresAt.isValid())
        return;
    const qint64 remainingMs = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    const qint64 delayMs = qMax<qint64>(0, qint64(double(remainingMs) * RefreshAtShare));
    m_refreshTimer.start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void ApiClient::refreshSession(QObject *context, std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(context);
    m_refreshWaiters.append([guard, done](Result<void> result) {
        if (guard)
            done(result);
    });
    if (m_refreshWaiters.size() > 1)
        return;

    if (m_refreshToken.isEmpty()) {
        finishRefresh(makeError(ErrorCode::Unauthorized,
                                QStringLiteral("the session has no refresh token; sign in again "
                                               "with the password")),
                      {});
        return;
    }

    QNetworkRequest request = newRequest(contract::apiPrefix() + QStringLiteral("/auth/refresh"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), m_refreshToken}})
                                   .toJson(QJsonDocument::Compact);
    const RequestStarter start = [this, request, payload] { return m_network->post(request, payload); };
    run(QStringLiteral("POST /v1/auth/refresh"), start, this, [this](Result<QJsonObject> response) {
        finishRefresh(std::move(response), QDateTime::currentDateTimeUtc());
    }, false);
}

void ApiClient::finishRefresh(Result<QJsonObject> response, const QDateTime &receivedAt)
{
    Result<void> outcome;
    if (response) {
        Result<SessionTokens> tokens = sessionTokensFromJson(response.value(), receivedAt);
        if (tokens) {
            setSessionTokens(tokens.value());
            qCInfo(lcApiHttp) << "renewed the access token; it expires at"
                              << m_expiresAt.toString(Qt::ISODate);
            Q_EMIT sessionTokensChanged();
        } else {
            outcome = tokens.error();
        }
    } else {
        outcome = response.error();
    }

    if (!outcome) {
        qCWarning(lcApiHttp).noquote() << "renewing the access token failed:" << outcome.error().message;
        // Only the server's rejection ends the session. Without a response the client tries later.
        if (outcome.error().code == ErrorCode::Unauthorized) {
            clearSessionTokens();
            Q_EMIT sessionRefreshRejected(outcome.error());
        } else {
            m_refreshTimer.start(RefreshRetryMs);
        }
    }

    const QList<std::function<void(Result<void>)>> waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &waiter : waiters)
        waiter(outcome);
}

} // namespace mesi::api
