#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

/// Status and body of one HTTP exchange with the sandbox.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;

    QJsonObject json() const;
    /// The "error" object of an error body.
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
};

/// Token and id of a signed-in fan. The id is the fan id that a meeting pass names.
struct FanSession
{
    QString token;
    QString id;
};

/**
 * A blocking HTTP client for tests: each call sends one request over loopback and waits
 * (with a running event loop) for the reply.
 */
class SandboxTestClient
{
public:
    explicit SandboxTestClient(QUrl baseUrl) : m_baseUrl(std::move(baseUrl)) {}

    HttpReply get(const QString &pathAndQuery, const QString &token = {});
    /// Sends a POST; idempotencyKey nullopt leaves the header out.
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = {},
                   const std::optional<QByteArray> &idempotencyKey = {});
    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers);

    /// Signs a creator in and returns the token, or an empty string on failure.
    QString signInCreator(const QString &handle, const QString &password);
    QString signInFan(const QString &name);

    /// Places a bid as a fan with a fresh Idempotency-Key.
    HttpReply placeBid(const QString &fanToken, const QJsonObject &body);

    /// Sends a PUT. Without an idempotencyKey the header is left out.
    HttpReply put(const QString &path, const QByteArray &body, const QString &token = {},
                  const std::optional<QByteArray> &idempotencyKey = {});
    /// Signs a fan in with optional extra fields (tier, kyc). An empty id means the sign-in failed.
    FanSession signInFanSession(const QString &name, const QJsonObject &extraFields = {});
    /// Returns the sandbox clock's current time, or an invalid time when the request fails.
    QDateTime sandboxNow();
    /// Moves the sandbox clock forward, which also applies every deadline that passed.
    HttpReply advanceClock(qint64 seconds);

    QUrl baseUrl() const { return m_baseUrl; }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
};

/// A fresh Idempotency-Key.
QByteArray newKey();
/// Compact JSON bytes of an object.
QByteArray toBytes(const QJsonObject &object);

/// An in-process sandbox on 127.0.0.1 port 0 with its data in a temporary folder.
class SandboxFixture
{
public:
    /// Starts the server; returns the error message, empty on success.
    QString start(bool seedDemo = true, int demoFanIntervalSeconds = 0);
    void stop() { m_server.stop(); }

    mesi::sandbox::SandboxServer &server() { return m_server; }
    QString dataDir() const { return m_dataDir.path(); }

private:
    QTemporaryDir m_dataDir;
    mesi::sandbox::SandboxServer m_server;
};

/// Fails the calling test with the reply body when the HTTP status is not the expected one.
/// The reply expression is evaluated once, so it may send the request itself.
#define VERIFY_STATUS(reply, expected)                                                            \
    do {                                                                                          \
        const HttpReply &reply_ = (reply);                                                        \
        QVERIFY2(reply_.status == (expected),                                                     \
                 qPrintable(QStringLiteral("HTTP %1, expected %2: %3")                            \
                                .arg(reply_.status)                                               \
                                .arg(expected)                                                    \
                                .arg(QString::fromUtf8(reply_.body))));                           \
    } while (false)
