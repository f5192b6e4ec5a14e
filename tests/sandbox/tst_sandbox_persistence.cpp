// State survives a restart on the same data folder; bad data folders fail with a clear error.

#include "sandbox/schema.h"
#include "sandboxtestclient.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class SandboxPersistenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartKeepsBidsAndSeq();
    void restartDoesNotSeedTwice();
    void newerDatabaseIsRejected();
    void dataPathThatIsAFileIsRejected();
    void nonLoopbackHostIsRejected();

private:
    static mesi::sandbox::SandboxOptions optionsFor(const QString &dataDir)
    {
        mesi::sandbox::SandboxOptions options;
        options.port = 0;
        options.dataDir = dataDir;
        options.seedDemo = true;
        options.demoFanIntervalSeconds = 0;
        return options;
    }
};

void SandboxPersistenceTest::restartKeepsBidsAndSeq()
{
    QTemporaryDir dataDir;
    QString bidId;
    qint64 seqBefore = 0;
    QByteArray replayKey = newKey();
    QByteArray firstReply;
    const QByteArray body = toBytes({{QStringLiteral("creator"), QStringLiteral("demo")},
                                     {QStringLiteral("amount"), QStringLiteral("77.00")},
                                     {QStringLiteral("asset"), QStringLiteral("USD")}});
    {
        mesi::sandbox::SandboxServer server;
        QVERIFY(server.start(optionsFor(dataDir.path())));
        SandboxTestClient client(server.url());
        const QString fan = client.signInFan(QStringLiteral("Persistent Fan"));
        const HttpReply placed = client.post(QStringLiteral("/v1/fan/bids"), body, fan, replayKey);
        QCOMPARE(placed.status, 201);
        firstReply = placed.body;
        bidId = placed.json().value(QStringLiteral("id")).toString();
        const QString creator = client.signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
        seqBefore = client.get(QStringLiteral("/v1/creator/bids?limit=1"), creator)
                        .json()
                        .value(QStringLiteral("eventSeq"))
                        .toInteger();
        QVERIFY(seqBefore > 0);
        server.stop();
    }

    mesi::sandbox::SandboxServer server;
    QVERIFY(server.start(optionsFor(dataDir.path())));
    SandboxTestClient client(server.url());
    const QString creator = client.signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    const HttpReply bid = client.get(QStringLiteral("/v1/creator/bids/") + bidId, creator);
    QCOMPARE(bid.status, 200);
    QCOMPARE(bid.json().value(QStringLiteral("amount")).toString(), QStringLiteral("77.00"));

    // The same fan name signs in to the same fan, whose stored key still replays.
    const QString fan = client.signInFan(QStringLiteral("Persistent Fan"));
    const HttpReply replay = client.post(QStringLiteral("/v1/fan/bids"), body, fan, replayKey);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, firstReply);

    const HttpReply accepted = client.post(QStringLiteral("/v1/creator/bids/%1/accept").arg(bidId), {},
                                           creator, newKey());
    QCOMPARE(accepted.status, 200);
    const qint64 seqAfter = client.get(QStringLiteral("/v1/creator/bids?limit=1"), creator)
                                .json()
                                .value(QStringLiteral("eventSeq"))
                                .toInteger();
    QCOMPARE(seqAfter, seqBefore + 1);
}

void SandboxPersistenceTest::restartDoesNotSeedTwice()
{
    QTemporaryDir dataDir;
    mesi::sandbox::SandboxServer first;
    QVERIFY(first.start(optionsFor(dataDir.path())));
    QVERIFY(first.seededDemo());
    first.stop();

    mesi::sandbox::SandboxServer second;
    QVERIFY(second.start(optionsFor(dataDir.path())));
    QVERIFY(!second.seededDemo());
    SandboxTestClient client(second.url());
    const QString creator = client.signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    const HttpReply bids = client.get(QStringLiteral("/v1/creator/bids?limit=200"), creator);
    QCOMPARE(bids.json().value(QStringLiteral("items")).toArray().size(), 12);
}

void SandboxPersistenceTest::newerDatabaseIsRejected()
{
    QTemporaryDir dataDir;
    const QString path = dataDir.filePath(mesi::sandbox::databaseFileName());
    {
        // A schema version beyond the sandbox's own migrations, as a newer program would leave.
        QList<mesi::store::Migration> future = mesi::sandbox::sandboxMigrations();
        future.append(mesi::store::Migration{99, {}});
        auto database = mesi::store::Database::open(path, future);
        QVERIFY(database);
    }

    mesi::sandbox::SandboxServer server;
    mesi::Result<void> started = server.start(optionsFor(dataDir.path()));
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(QLatin1String("99")), qPrintable(started.error().message));
    QVERIFY(!server.isRunning());
}

void SandboxPersistenceTest::dataPathThatIsAFileIsRejected()
{
    QTemporaryDir dataDir;
    const QString filePath = dataDir.filePath(QStringLiteral("not-a-folder"));
    QFile file(filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    mesi::sandbox::SandboxServer server;
    mesi::Result<void> started = server.start(optionsFor(filePath));
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(filePath), qPrintable(started.error().message));
    QCOMPARE(started.error().field, QStringLiteral("data"));
}

void SandboxPersistenceTest::nonLoopbackHostIsRejected()
{
    // Checked before any socket opens, so nothing ever listens on this address.
    QTemporaryDir dataDir;
    mesi::sandbox::SandboxOptions options = optionsFor(dataDir.path());
    options.host = QHostAddress(QHostAddress::AnyIPv4);
    mesi::sandbox::SandboxServer server;
    mesi::Result<void> started = server.start(options);
    QVERIFY(!started);
    QCOMPARE(started.error().field, QStringLiteral("host"));
    QVERIFY(!QFile::exists(dataDir.filePath(mesi::sandbox::databaseFileName())));
}

QTEST_GUILESS_MAIN(SandboxPersistenceTest)
#include "tst_sandbox_persistence.moc"
