#include "apiclient.h"

#include "certificateerror.h"

#include "contract/codec.h"
#include "contract/wire.h"
#include "core/logging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QUuid>

namespace mesi::api {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Request paths are appended to the base path, so "http://host/" must become "http://host".
QUrl withoutTrailingSlash(const QUrl &url)
{
    QUrl adjusted = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (adjusted.path() == QLatin1String("/"))
        adjusted.setPath(QString());
    return adjusted;
}

} // namespace

Result<QUrl> validateBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid API address '%1'; enter a full address such as "
                                        "https://api.mesi.example or http://127.0.0.1:8787")
                             .arg(text),
                         QStringLiteral("api-url"));
    }
    if (url.scheme() == QLatin1String("https"))
        return withoutTrailingSlash(url);
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return withoutTrailingSlash(url);
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("API address '%1' uses plain http:// on a remote host; use "
                                        "https:// (plain http is allowed only for 127.0.0.1, ::1 "
                                        "and localhost)")
                             .arg(text),
                         QStringLiteral("api-url"));
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("API address '%1' has the scheme '%2'; use https:// or, for a "
                                    "local sandbox, http://127.0.0.1")
                         .arg(text, url.scheme()),
                     QStringLiteral("api-url"));
}

QUrl eventsUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setScheme(baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    url.setPath(baseUrl.path() + contract::apiPrefix() + QStringLiteral("/events"));
    return url;
}

QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiClient::ApiClient(QUrl baseUrl, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_network(new QNetworkAccessManager(this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshSession(this, [](const Result<void> &) {});
    });
}

ApiClient::~ApiClient() = default;

QNetworkRequest ApiClient::newRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader(contract::AuthorizationHeader, "Bearer " + m_token.toLatin1());
    return request;
}

void ApiClient::get(const QString &path, const QList<std::pair<QString, QString>> &query,
                    QObject *context, JsonCallback done)
{
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));

    // The request is built when sent, so a retry after a refresh carries the new token.
    const RequestStarter start = [this, path, urlQuery] {
        return m_network->get(newRequest(path, urlQuery));
    };
    run(QStringLiteral("GET %1").arg(path), start, context, std::move(done), true);
}

void ApiClient::post(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
                     QObject *context, JsonCallback done)
{
    send(QByteArrayLiteral("POST"), path, body, idempotencyKey, context, std::move(done));
}

void ApiClient::put(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
                    QObject *context, JsonCallback done)
{
    send(QByteArrayLiteral("PUT"), path, body, idempotencyKey, context, std::move(done));
}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     const QString &idempotencyKey, QObject *context, JsonCallback done)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // A retry keeps the Idempotency-Key, so the server applies the action at most once.
    const RequestStarter start = [this, method, path, payload, idempotencyKey] {
        QNetworkRequest request = newRequest(path);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!idempotencyKey.isEmpty())
            request.setRawHeader(contract::IdempotencyKeyHeader, idempotencyKey.toLatin1());
        return m_network->sendCustomRequest(request, method, payload);
    };
    run(QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path), start, context,
        std::move(done), true);
}

void ApiClient::run(const QString &description, RequestStarter start, QPointer<QObject> context,
                    JsonCallback done, bool mayRetryAfterRefresh)
{
    std::function<void()> retry;
    if (mayRetryAfterRefresh) {
        retry = [this, description, start, context, done] {
            if (context)
                run(description, start, context, done, false);
        };
    }
    finish(start(), description, context, done, retry);
}

void ApiClient::guardReply(QNetworkReply *reply, const QString &description,
                           const std::shared_ptr<std::optional<Error>> &failure)
{
    // With a read buffer limit Qt stops reading from the socket while the buffer is full, so a
    // huge body cannot pile up in memory. The margin lets the received count pass the limit.
    reply->setReadBufferSize(m_maxResponseBytes + 64 * 1024);
    const qint64 limit = m_maxResponseBytes;
    const auto stopTooLarge = [=](qint64 bytes, const char *source) {
        if (failure->has_value())
            return;
        qCWarning(lcApiHttp) << description << "stopped:" << source << bytes << "bytes, limit"
                             << limit;
        *failure = makeError(ErrorCode::Protocol,
                             tr("The response to %1 has %2 bytes or more, over the limit of %3 "
                                "bytes, so it was stopped. The server sent more than the API "
                                "allows; try again later or report it to the server's operator.")
                                 .arg(description)
                                 .arg(bytes)
                                 .arg(limit));
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [=] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit)
            stopTooLarge(length.toLongLong(), "Content-Length");
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [=](qint64 received, qint64) {
        if (received > limit)
            stopTooLarge(received, "received");
    });

    // The errors are never ignored, so Qt ends the handshake after this signal.
    connect(reply, &QNetworkReply::sslErrors, this, [=](const QList<QSslError> &errors) {
        if (failure->has_value())
            return;
        *failure = certificateError(reply->url(), errors,
                                    reply->sslConfiguration().peerCertificate());
        qCWarning(lcApiHttp) << description << "stopped: the certificate of" << reply->url().host()
                             << "failed verification:" << errors.constFirst().errorString();
    });
}

void ApiClient::finish(QNetworkReply *reply, const QString &description,
                       QPointer<QObject> context, const JsonCallback &done,
                       const std::function<void()> &retry)
{
    const auto failure = std::make_shared<std::optional<Error>>();
    guardReply(reply, description, failure);

    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (!context)
            return;
        if (failure->has_value()) {
            done(failure->value());
            return;
        }

        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QByteArray body = reply->readAll();
        if (!statusAttribute.isValid()) {
            const QString reason = reply->error() == QNetworkReply::OperationCanceledError
                                       ? QStringLiteral("no answer within %1 s").arg(m_timeoutMs / 1000)
                                       : reply->errorString();
            qCWarning(lcApiHttp) << description << "failed without an answer:" << reason;
            done(makeError(ErrorCode::Network,
                           QStringLiteral("cannot reach the Mesi API at %1 (%2); check the address "
                                          "and your connection")
                               .arg(m_baseUrl.toDisplayString(), reason)));
            return;
        }

        const int status = statusAttribute.toInt();
        if (status >= 400) {
            std::optional<Error> error = contract::errorFromBody(body, status);
            if (!error) {
                error = makeError(status >= 500 ? ErrorCode::Server : ErrorCode::Protocol,
                                  QStringLiteral("%1 failed with HTTP %2 and no error message")
                                      .arg(description)
                                      .arg(status));
            }
            qCInfo(lcApiHttp) << description << "answered" << status << error->message;
            if (status == 401 && error->serverCode == QLatin1String("token_expired") && retry
                && !m_refreshToken.isEmpty()) {
                qCInfo(lcApiHttp) << description << "is sent again after a token refresh";
                refreshSession(context, [retry, done, original = *error](const Result<void> &refreshed) {
                    if (refreshed)
                        retry();
                    else
                        done(original);
                });
                return;
            }
            done(*error);
            return;
        }

        qCDebug(lcApiHttp) << description << "answered" << status;
        done(contract::parseObject(body, QStringLiteral("the response to %1").arg(description)));
    });
}

} // namespace mesi::api
