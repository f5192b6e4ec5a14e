#include "sandboxtestclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUuid>

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpReply SandboxTestClient::send(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

HttpReply SandboxTestClient::get(const QString &pathAndQuery, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    return send(QByteArrayLiteral("GET"), pathAndQuery, {}, headers);
}

HttpReply SandboxTestClient::post(const QString &path, const QByteArray &body, const QString &token,
                                  const std::optional<QByteArray> &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    if (idempotencyKey)
        headers.append({QByteArrayLiteral("Idempotency-Key"), *idempotencyKey});
    return send(QByteArrayLiteral("POST"), path, body, headers);
}

QString SandboxTestClient::signInCreator(const QString &handle, const QString &password)
{
    const HttpReply reply = post(QStringLiteral("/v1/session"),
                                 toBytes({{QStringLiteral("handle"), handle},
                                          {QStringLiteral("password"), password}}));
    return reply.json().value(QStringLiteral("token")).toString();
}

QString SandboxTestClient::signInFan(const QString &name)
{
    const HttpReply reply = post(QStringLiteral("/v1/fan/session"),
                                 toBytes({{QStringLiteral("name"), name}}));
    return reply.json().value(QStringLiteral("token")).toString();
}

HttpReply SandboxTestClient::placeBid(const QString &fanToken, const QJsonObject &body)
{
    return post(QStringLiteral("/v1/fan/bids"), toBytes(body), fanToken, newKey());
}

HttpReply SandboxTestClient::put(const QString &path, const QByteArray &body, const QString &token,
                                 const std::optional<QByteArray> &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    if (idempotencyKey)
        headers.append({QByteArrayLiteral("Idempotency-Key"), *idempotencyKey});
    return send(QByteArrayLiteral("PUT"), path, body, headers);
}

FanSession SandboxTestClient::signInFanSession(const QString &name, const QJsonObject &extraFields)
{
    QJsonObject body = extraFields;
    body.insert(QStringLiteral("name"), name);
    const QJsonObject reply = post(QStringLiteral("/v1/fan/session"), toBytes(body)).json();
    return FanSession{reply.value(QStringLiteral("token")).toString(),
                      reply.value(QStringLiteral("fan")).toObject().value(QStringLiteral("id")).toString()};
}

QDateTime SandboxTestClient::sandboxNow()
{
    const QString now = get(QStringLiteral("/v1/sandbox/clock")).json().value(QStringLiteral("now")).toString();
    return QDateTime::fromString(now, Qt::ISODateWithMs).toUTC();
}

HttpReply SandboxTestClient::advanceClock(qint64 seconds)
{
    return post(QStringLiteral("/v1/sandbox/clock"),
                toBytes({{QStringLiteral("advanceSeconds"), seconds}}));
}

QString SandboxFixture::start(bool seedDemo, int demoFanIntervalSeconds)
{
    mesi::sandbox::SandboxOptions options;
    options.port = 0;
    options.dataDir = m_dataDir.path();
    options.seedDemo = seedDemo;
    options.demoFanIntervalSeconds = demoFanIntervalSeconds;
    mesi::Result<void> started = m_server.start(options);
    return started ? QString() : started.error().message;
}
