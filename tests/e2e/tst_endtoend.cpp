#include "sync/creatorsession.h"
#include "sync/sandboxprocess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;

namespace {

QString binary(const QString &name)
{
    return qEnvironmentVariable("MESI_BIN_DIR") + QLatin1Char('/') + name;
}

struct FanRun
{
    int exitCode = -1;
    QString output;
    QString error;
};

FanRun runFan(const QStringList &arguments)
{
    QProcess process;
    process.start(binary(QStringLiteral("mesi-fan")), arguments);
    FanRun run;
    if (!process.waitForFinished(30000)) {
        run.error = QStringLiteral("mesi-fan did not finish: ") + process.errorString();
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bidArrivesLiveAndIsAccepted();
    void rejectRefundsEscrow();
    void fanBadInputNamesField_data();
    void fanBadInputNamesField();
    void unreachableServer();
    void serverAnswersNotJson();
    void cleanupTestCase();

private:
    QUrl m_url;
    QTemporaryDir m_dataDir;
    std::unique_ptr<sync::SandboxProcess> m_sandbox;
    std::unique_ptr<sync::CreatorSession> m_session;
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_sandbox = std::make_unique<sync::SandboxProcess>();
    QSignalSpy ready(m_sandbox.get(), &sync::SandboxProcess::ready);
    QSignalSpy failed(m_sandbox.get(), &sync::SandboxProcess::failed);
    m_sandbox->start(binary(QStringLiteral("mesi-sandbox")), m_dataDir.path(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    m_url = ready.first().first().toUrl();
    QCOMPARE(m_url.host(), QStringLiteral("127.0.0.1"));

    m_session = std::make_unique<sync::CreatorSession>(m_url);
    QSignalSpy loaded(m_session.get(), &sync::CreatorSession::bidsLoaded);
    QSignalSpy signInFailed(m_session.get(), &sync::CreatorSession::signInFailed);
    m_session->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !signInFailed.isEmpty(), 20000);
    QVERIFY(signInFailed.isEmpty());
    QCOMPARE(loaded.first().first().value<qsizetype>(), 12);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connectionState(), sync::CreatorSession::ConnectionState::Online,
                              10000);
}

void TestEndToEnd::bidArrivesLiveAndIsAccepted()
{
    const FanRun bid = runFan({QStringLiteral("--api"), m_url.toString(), QStringLiteral("--fan"),
                               QStringLiteral("Lena"), QStringLiteral("bid"), QStringLiteral("--creator"),
                               QStringLiteral("demo"), QStringLiteral("--amount"),
                               QStringLiteral("120.00"), QStringLiteral("--asset"), QStringLiteral("USD"),
                               QStringLiteral("--note"), QStringLiteral("Coffee after the show?")});
    QVERIFY2(bid.exitCode == 0, qPrintable(bid.error));
    const QString bidId = bid.output;
    QVERIFY(!bidId.isEmpty());

    // The bid must reach the client through the events socket, with no listing in between.
    QElapsedTimer arrival;
    arrival.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->bids()->find(bidId) != nullptr, 2000);
    qInfo("bid %s arrived %lld ms after mesi-fan exited", qPrintable(bidId), arrival.elapsed());

    const Bid placed = *m_session->bids()->find(bidId);
    QCOMPARE(placed.status, BidStatus::Pending);
    QCOMPARE(placed.escrow, EscrowState::Locked);
    QCOMPARE(placed.amount.toDisplayString(), QStringLiteral("120.00 USD"));
    QCOMPARE(placed.fanName, QStringLiteral("Lena"));
    QCOMPARE(placed.note, QStringLiteral("Coffee after the show?"));

    QSignalSpy failures(m_session.get(), &sync::CreatorSession::actionFailed);
    m_session->accept(bidId);
    QTRY_COMPARE(m_session->bids()->find(bidId)->status, BidStatus::Accepted);
    QCOMPARE(m_session->bids()->find(bidId)->escrow, EscrowState::Locked);
    // The event can arrive before the HTTP response; wait for the request to finish.
    QTRY_VERIFY(!m_session->isBusy(bidId));
    QVERIFY(failures.isEmpty());

    // Accepting twice is a conflict that names both states, not a silent success.
    m_session->accept(bidId);
    QTRY_COMPARE(failures.size(), 1);
    const Error conflict = failures.first().at(1).value<Error>();
    QVERIFY2(conflict.message.contains(QStringLiteral("accepted")), qPrintable(conflict.message));

    m_session->loadChat(bidId);
    const FanRun chat = runFan({QStringLiteral("--api"), m_url.toString(), QStringLiteral("--fan"),
                                QStringLiteral("Lena"), QStringLiteral("chat"), QStringLiteral("--bid"),
                                bidId, QStringLiteral("--text"), QStringLiteral("Thanks! Friday works?")});
    QVERIFY2(chat.exitCode == 0, qPrintable(chat.error));
    QTRY_COMPARE(m_session->chats()->messages(bidId).size(), 1);
    const ChatMessage fanMessage = m_session->chats()->messages(bidId).constFirst();
    QCOMPARE(fanMessage.id, chat.output);
    QCOMPARE(fanMessage.text, QStringLiteral("Thanks! Friday works?"));
    QCOMPARE(fanMessage.sender, ChatSender::Fan);

    m_session->sendMessage(bidId, QStringLiteral("Friday at 6 is good."));
    QTRY_COMPARE(m_session->chats()->messages(bidId).size(), 2);
    QCOMPARE(m_session->chats()->messages(bidId).at(1).sender, ChatSender::Creator);
}

void TestEndToEnd::rejectRefundsEscrow()
{
    const FanRun bid = runFan({QStringLiteral("--api"), m_url.toString(), QStringLiteral("--fan"),
                               QStringLiteral("Marco"), QStringLiteral("bid"), QStringLiteral("--creator"),
                               QStringLiteral("demo"), QStringLiteral("--amount"),
                               QStringLiteral("1234.567890123456789012"), QStringLiteral("--asset"),
                               QStringLiteral("MESI")});
    QVERIFY2(bid.exitCode == 0, qPrintable(bid.error));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->bids()->find(bid.output) != nullptr, 2000);
    QCOMPARE(m_session->bids()->find(bid.output)->amount.toDecimalString(),
             QStringLiteral("1234.567890123456789012"));

    m_session->reject(bid.output, QStringLiteral("Fully booked this month"));
    QTRY_COMPARE(m_session->bids()->find(bid.output)->status, BidStatus::Rejected);
    QCOMPARE(m_session->bids()->find(bid.output)->escrow, EscrowState::Refunded);
    QCOMPARE(m_session->bids()->find(bid.output)->rejectReason, QStringLiteral("Fully booked this month"));
}

void TestEndToEnd::fanBadInputNamesField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText");

    const QStringList bid{QStringLiteral("--fan"), QStringLiteral("Ivy"), QStringLiteral("bid"),
                          QStringLiteral("--creator")};
    QTest::newRow("too many decimals")
        << (bid + QStringList{QStringLiteral("demo"), QStringLiteral("--amount"), QStringLiteral("1.001"),
                              QStringLiteral("--asset"), QStringLiteral("USD")})
        << 1 << "'1.001'";
    QTest::newRow("negative")
        << (bid + QStringList{QStringLiteral("demo"), QStringLiteral("--amount=-5"),
                              QStringLiteral("--asset"), QStringLiteral("USD")})
        << 1 << "'-5'";
    QTest::newRow("zero")
        << (bid + QStringList{QStringLiteral("demo"), QStringLiteral("--amount"), QStringLiteral("0.00"),
                              QStringLiteral("--asset"), QStringLiteral("USD")})
        << 1 << "greater than zero";
    QTest::newRow("unknown creator")
        << (bid + QStringList{QStringLiteral("nobody"), QStringLiteral("--amount"), QStringLiteral("5"),
                              QStringLiteral("--asset"), QStringLiteral("USD")})
        << 1 << "nobody";
    QTest::newRow("creator not accepting")
        << (bid + QStringList{QStringLiteral("paused"), QStringLiteral("--amount"), QStringLiteral("5"),
                              QStringLiteral("--asset"), QStringLiteral("USD")})
        << 1 << "paused";
    QTest::newRow("missing amount")
        << (bid + QStringList{QStringLiteral("demo"), QStringLiteral("--asset"), QStringLiteral("USD")})
        << 2 << "--amount";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("--fan"), QStringLiteral("Ivy"),
                                                    QStringLiteral("dance")}
                                     << 2 << "'dance'";
}

void TestEndToEnd::fanBadInputNamesField()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);

    const FanRun run = runFan(QStringList{QStringLiteral("--api"), m_url.toString()} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.output.isEmpty());
    QVERIFY2(run.error.startsWith(QStringLiteral("mesi-fan: ")), qPrintable(run.error));
    QVERIFY2(run.error.contains(expectedText), qPrintable(run.error));
    QCOMPARE(run.error.count(QLatin1Char('\n')), 0);
}

void TestEndToEnd::unreachableServer()
{
    // Bind and close a loopback port so that nothing listens on it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    sync::CreatorSession session(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy failed(&session, &sync::CreatorSession::signInFailed);
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_COMPARE(failed.size(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code, ErrorCode::Network);
    QVERIFY2(error.message.contains(QString::number(port)), qPrintable(error.message));
    QCOMPARE(session.connectionState(), sync::CreatorSession::ConnectionState::Offline);
}

void TestEndToEnd::serverAnswersNotJson()
{
    // A broken server that the sandbox cannot imitate: it returns HTML with status 200.
    QTcpServer broken;
    QVERIFY(broken.listen(QHostAddress::LocalHost, 0));
    connect(&broken, &QTcpServer::newConnection, this, [&broken] {
        QTcpSocket *socket = broken.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            const QByteArray body = "<html>maintenance</html>";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });

    sync::CreatorSession session(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(broken.serverPort())));
    QSignalSpy failed(&session, &sync::CreatorSession::signInFailed);
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_COMPARE(failed.size(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code, ErrorCode::Protocol);
    QVERIFY2(error.message.contains(QStringLiteral("not valid JSON")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("/v1/session")), qPrintable(error.message));
}

void TestEndToEnd::cleanupTestCase()
{
    m_session.reset();
    m_sandbox.reset();
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
