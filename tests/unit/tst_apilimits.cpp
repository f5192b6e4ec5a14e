#include "api/apiclient.h"
#include "api/certificateerror.h"
#include "api/eventstream.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/resource.h>

#include <functional>

using namespace mesi;

namespace {

// AddressSanitizer keeps freed memory in quarantine, so peak RSS does not measure the client there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool PeakRssMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool PeakRssMeaningful = false;
#else
constexpr bool PeakRssMeaningful = true;
#endif
#else
constexpr bool PeakRssMeaningful = true;
#endif

constexpr qint64 MaxPeakGrowthBytes = 64 * 1024 * 1024;

qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // Linux reports kilobytes.
}

/**
 * Serves every connection on 127.0.0.1 with headers and then a body that a generator
 * produces piece by piece as the socket drains, so a body of any size never sits in memory.
 */
class StreamingServer : public QObject
{
public:
    /// Returns the next piece of the body, or an empty array at its end.
    using Generator = std::function<QByteArray()>;

    StreamingServer(QByteArray headers, Generator generator)
        : m_headers(std::move(headers)), m_generator(std::move(generator))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &StreamingServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    qint64 bodyBytesSent() const { return m_sent; }
    bool finished() const { return m_finished; }

private:
    void accept()
    {
        QTcpSocket *socket = m_server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_request += socket->readAll();
            if (!m_started && m_request.contains("\r\n\r\n")) {
                m_started = true;
                socket->write(m_headers);
                feed(socket);
            }
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void feed(QTcpSocket *socket)
    {
        constexpr qint64 MaxQueuedBytes = 256 * 1024;
        while (!m_finished && socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() < MaxQueuedBytes) {
            const QByteArray piece = m_generator();
            if (piece.isEmpty()) {
                m_finished = true;
                socket->disconnectFromHost();
                return;
            }
            m_sent += socket->write(piece);
        }
    }

    QTcpServer m_server;
    QByteArray m_headers;
    Generator m_generator;
    QByteArray m_request;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_sent = 0;
};

StreamingServer::Generator fillerBody(qint64 total)
{
    auto remaining = std::make_shared<qint64>(total);
    return [remaining] {
        const qint64 size = std::min<qint64>(*remaining, 64 * 1024);
        *remaining -= size;
        return QByteArray(size, 'x');
    };
}

/// A bid page of count bids of about 300 bytes each, written 200 bids at a time.
StreamingServer::Generator bidPageBody(qint64 count)
{
    const QByteArray bid = R"({"id":"bid_%1","creator":"demo","fan":{"id":"fan_1","name":"Ana"},)"
                           R"("amount":"12.50","asset":"EUR","note":"Coffee?","status":"pending",)"
                           R"("escrow":"locked","version":1,"createdAt":"2026-12-04T10:00:00.000Z",)"
                           R"("updatedAt":"2026-12-04T10:00:00.000Z"})";
    auto next = std::make_shared<qint64>(-1); // -1 before the opening, count + 1 after the end
    return [bid, count, next]() -> QByteArray {
        if (*next < 0) {
            *next = 0;
            return QByteArrayLiteral(R"({"eventSeq":1,"items":[)");
        }
        if (*next > count)
            return {};

        QByteArray piece;
        for (int i = 0; i < 200 && *next < count; ++i, ++*next) {
            if (*next > 0)
                piece += ',';
            piece += QByteArray(bid).replace("%1", QByteArray::number(*next));
        }
        if (*next == count) {
            piece += "]}";
            ++*next;
        }
        return piece;
    };
}

struct Outcome
{
    std::optional<Result<QJsonObject>> result;
};

Result<QJsonObject> getAndWait(api::ApiClient &client, const QString &path)
{
    Outcome outcome;
    QObject context;
    client.get(path, {}, &context, [&outcome](Result<QJsonObject> result) {
        outcome.result = std::move(result);
    });
    if (!QTest::qWaitFor([&] { return outcome.result.has_value(); }, 60000))
        return makeError(ErrorCode::Network, QStringLiteral("the test timed out waiting for an answer"));
    return *outcome.result;
}

} // namespace

class TestApiLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hugeBodyWithLength();
    void hugeBodyWithoutLength();
    void millionBidPage();
    void bodyUnderLimitRead();
    void eventFrameOverLimitCloses();
    void selfSignedHttpsRejected();
    void selfSignedWssRejected();

private:
    void checkTooLarge(const Result<QJsonObject> &result, const StreamingServer &server,
                       qint64 total, qint64 peakBefore);
    bool makeCertificate();

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestApiLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestApiLimits::checkTooLarge(const Result<QJsonObject> &result, const StreamingServer &server,
                                  qint64 total, qint64 peakBefore)
{
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Protocol);
    QVERIFY2(result.error().message.contains(QStringLiteral("GET /v1/bids")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(
                 QStringLiteral("over the limit of %1 bytes").arg(api::DefaultMaxResponseBytes)),
             qPrintable(result.error().message));
    QVERIFY2(server.bodyBytesSent() < total,
             qPrintable(QStringLiteral("the whole body of %1 bytes was sent").arg(total)));

    const qint64 growth = peakRssBytes() - peakBefore;
    qInfo("peak RSS grew by %lld KiB", growth / 1024);
    if (PeakRssMeaningful)
        QVERIFY2(growth < MaxPeakGrowthBytes, qPrintable(QStringLiteral("peak RSS grew by %1 bytes").arg(growth)));
}

void TestApiLimits::hugeBodyWithLength()
{
    constexpr qint64 Total = 100 * 1024 * 1024;
    StreamingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                               + QByteArray::number(Total) + "\r\n\r\n",
                           fillerBody(Total));
    QVERIFY(server.listen());
    api::ApiClient client(server.url());
    const qint64 peakBefore = peakRssBytes();

    const Result<QJsonObject> result = getAndWait(client, QStringLiteral("/v1/bids"));

    checkTooLarge(result, server, Total, peakBefore);
    QVERIFY2(result.error().message.contains(QString::number(Total)), qPrintable(result.error().message));
}

void TestApiLimits::hugeBodyWithoutLength()
{
    // Without Content-Length the body ends when the server closes, so only the count of
    // received bytes can stop it.
    constexpr qint64 Total = 100 * 1024 * 1024;
    StreamingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
                           fillerBody(Total));
    QVERIFY(server.listen());
    api::ApiClient client(server.url());
    const qint64 peakBefore = peakRssBytes();

    const Result<QJsonObject> result = getAndWait(client, QStringLiteral("/v1/bids"));

    checkTooLarge(result, server, Total, peakBefore);
}

void TestApiLimits::millionBidPage()
{
    constexpr qint64 Count = 1'000'000;
    StreamingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
                           bidPageBody(Count));
    QVERIFY(server.listen());
    api::ApiClient client(server.url());
    const qint64 peakBefore = peakRssBytes();

    const Result<QJsonObject> result = getAndWait(client, QStringLiteral("/v1/bids"));

    checkTooLarge(result, server, Count * 300, peakBefore);
}

void TestApiLimits::bodyUnderLimitRead()
{
    // The same streaming server with a small page shows the limit is what stops the others.
    StreamingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
                           bidPageBody(3));
    QVERIFY(server.listen());
    api::ApiClient client(server.url());

    const Result<QJsonObject> result = getAndWait(client, QStringLiteral("/v1/bids"));

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->value(QStringLiteral("items")).toArray().size(), 3);
    QVERIFY(server.finished());
}

void TestApiLimits::eventFrameOverLimitCloses()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *socket = server.nextPendingConnection();
        // The caller owns a pending connection, so the server takes it to delete it at the end.
        socket->setParent(&server);
        socket->sendTextMessage(QString(2 * 1024 * 1024, QLatin1Char('x')));
    });

    api::EventStream stream;
    stream.setReconnectBaseDelay(60000);
    QSignalSpy reconnects(&stream, &api::EventStream::reconnectScheduled);
    QSignalSpy problems(&stream, &api::EventStream::protocolProblem);
    // The stream logs the close code that its own socket sent; QtTest fails if it never comes.
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("events socket closed 1009 ")));
    stream.start(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/events").arg(server.serverPort())),
                 QStringLiteral("token"), 0);

    QVERIFY(reconnects.wait(20000));
    QCOMPARE(problems.count(), 0);
    stream.stop();
}

bool TestApiLimits::makeCertificate()
{
    if (!m_certificate.isNull())
        return true;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return false;

    const QString certPath = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Mesi Test Server"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl failed: %s", process.readAllStandardError().constData());
        return false;
    }

    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    QFile keyFile(keyPath);
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return false;
    m_certificate = certificates.constFirst();
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    return !m_key.isNull();
}

void TestApiLimits::selfSignedHttpsRejected()
{
    if (!makeCertificate())
        QSKIP("openssl is not installed or could not create a test certificate");

    QSslServer server;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    // Loopback may use plain http, but https to loopback is still verified.
    api::ApiClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    const Result<QJsonObject> result = getAndWait(client, QStringLiteral("/v1/me"));

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY2(result.error().message.contains(QStringLiteral("certificate of 127.0.0.1 failed verification")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(result.error().message));
    const QString fingerprint =
        QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    const QString &details = result.error().details;
    QVERIFY2(details.contains(QStringLiteral("SHA-256 fingerprint: ") + fingerprint), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Subject: Mesi Test Server")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Issuer: Mesi Test Server")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Valid from: ")
                              + m_certificate.effectiveDate().toUTC().toString(Qt::ISODate)),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Valid until: ")
                              + m_certificate.expiryDate().toUTC().toString(Qt::ISODate)),
             qPrintable(details));
}

void TestApiLimits::selfSignedWssRejected()
{
    if (!makeCertificate())
        QSKIP("openssl is not installed or could not create a test certificate");

    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::SecureMode);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    api::EventStream stream;
    QSignalSpy rejected(&stream, &api::EventStream::certificateRejected);
    QSignalSpy reconnects(&stream, &api::EventStream::reconnectScheduled);
    stream.start(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/events").arg(server.serverPort())),
                 QStringLiteral("token"), 0);

    QVERIFY(rejected.wait(20000));
    const auto error = rejected.constFirst().constFirst().value<Error>();
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(error.message));
    const QString fingerprint =
        QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(error.details.contains(fingerprint), qPrintable(error.details));
    QCOMPARE(stream.state(), api::EventStream::State::Disconnected);
    QCOMPARE(reconnects.count(), 0);
}

QTEST_GUILESS_MAIN(TestApiLimits)
#include "tst_apilimits.moc"
