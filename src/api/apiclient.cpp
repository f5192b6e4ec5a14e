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
}

ApiClient::~ApiClient() = default;

void ApiClient::get(const QString &path, const QList<std::pair<QString, QString>> &query,
                    QObject *context, JsonCallback done)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(urlQuery);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader(contract::AuthorizationHeader, "Bearer " + m_token.toLatin1());

    QNetworkReply *reply = m_network->get(request);
    finish(reply, QStringLiteral("GET %1").arg(path), context, done);
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
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader(contract::AuthorizationHeader, "Bearer " + m_token.toLatin1());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader(contract::IdempotencyKeyHeader, idempotencyKey.toLatin1());

    QNetworkReply *reply = m_network->sendCustomRequest(request, method,
                                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    finish(reply, QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path), context, done);
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
                       QPointer<QObject> context, const JsonCallback &done)
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
            done(*error);
            return;
        }

        qCDebug(lcApiHttp) << description << "answered" << status;
        done(contract::parseObject(body, QStringLiteral("the response to %1").arg(description)));
    });
}

} // namespace mesi::api
