// Kills outboxprobe with SIGKILL at random points while it syncs and sends its outbox, then
// checks that the cache survives and every queued message reached the sandbox exactly once.
// MESI_KILL_LOOP_RUNS sets the number of killed runs (default 10).

#include "store/localcache.h"
#include "sync/sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;

namespace {

QString binary(const QString &name)
{
    return qEnvironmentVariable("MESI_BIN_DIR") + QLatin1Char('/') + name;
}

QJsonObject request(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
                    const QString &token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = body.isNull() ? network.get(request) : network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageArrivesOnce();
};

void TestKillLoop::everyMessageArrivesOnce()
{
    const int runs = qEnvironmentVariableIsSet("MESI_KILL_LOOP_RUNS")
                         ? qEnvironmentVariableIntValue("MESI_KILL_LOOP_RUNS")
                         : 10;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    sync::SandboxProcess sandbox;
    QSignalSpy ready(&sandbox, &sync::SandboxProcess::ready);
    QSignalSpy failed(&sandbox, &sync::SandboxProcess::failed);
    sandbox.start(binary(QStringLiteral("mesi-sandbox")), dir.filePath(QStringLiteral("sandbox")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY(failed.isEmpty());
    const QUrl url = ready.first().first().toUrl();

    QNetworkAccessManager network;
    QUrl sessionUrl = url;
    sessionUrl.setPath(QStringLiteral("/v1/session"));
    const QString token = request(network, sessionUrl, R"({"handle":"demo","password":"demo"})", {})
                              .value(QStringLiteral("token"))
                              .toString();
    QVERIFY(!token.isEmpty());
    QUrl bidsUrl = url;
    bidsUrl.setPath(QStringLiteral("/v1/creator/bids"));
    bidsUrl.setQuery(QStringLiteral("status=accepted"));
    const QJsonArray acceptedBids =
        request(network, bidsUrl, QByteArray(), token).value(QStringLiteral("items")).toArray();
    QVERIFY(!acceptedBids.isEmpty());
    const QString bidId = acceptedBids.first().toObject().value(QStringLiteral("id")).toString();

    const QString cachePath = dir.filePath(QStringLiteral("cache/probe.sqlite"));
    QStringList queued;
    auto runProbe = [&](int run, int killAfterMs) {
        QProcess probe;
        probe.start(binary(QStringLiteral("outboxprobe")),
                    {cachePath, url.toString(), bidId, QStringLiteral("run%1").arg(run),
                     QStringLiteral("3")});
        if (!probe.waitForStarted(10000))
            return false;
        if (killAfterMs >= 0) {
            probe.waitForFinished(killAfterMs);
            probe.kill();
        }
        const bool finished = probe.state() == QProcess::NotRunning || probe.waitForFinished(30000);
        const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("queued ")))
                queued.append(line.mid(7));
        }
        return finished && (killAfterMs >= 0 || lines.contains(QStringLiteral("drained")));
    };

    for (int run = 0; run < runs; ++run) {
        // From before the cache opens to well after the outbox starts sending.
        const int killAfterMs = int(QRandomGenerator::global()->bounded(600));
        QVERIFY2(runProbe(run, killAfterMs), qPrintable(QStringLiteral("run %1").arg(run)));
    }
    QVERIFY2(runProbe(runs, -1), "the final run did not drain the outbox");

    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(cachePath);
    QVERIFY(cache);
    QVERIFY2(cache.value()->movedAsideTo().isEmpty(), qPrintable(cache.value()->movedAsideReason()));
    QCOMPARE(cache.value()->integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(cache.value()->outbox()->size(), 0);

    QUrl messagesUrl = url;
    messagesUrl.setPath(QStringLiteral("/v1/bids/%1/messages").arg(bidId));
    messagesUrl.setQuery(QStringLiteral("limit=200"));
    QStringList onServer;
    const QJsonArray items =
        request(network, messagesUrl, QByteArray(), token).value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        onServer.append(item.toObject().value(QStringLiteral("text")).toString());

    QVERIFY(!queued.isEmpty());
    for (const QString &text : std::as_const(queued))
        QVERIFY2(onServer.count(text) == 1, qPrintable(QStringLiteral("%1 is on the server %2 times")
                                                           .arg(text)
                                                           .arg(onServer.count(text))));
    // A message stored just before a kill, with no "queued" line printed, must also be there once.
    for (const QString &text : std::as_const(onServer)) {
        if (text.startsWith(QStringLiteral("run")))
            QVERIFY2(onServer.count(text) == 1, qPrintable(text));
    }
    qInfo("%d killed runs, %lld messages queued, %lld on the server", runs, qsizetype(queued.size()),
          qsizetype(onServer.size()));
}

QTEST_GUILESS_MAIN(TestKillLoop)
#include "tst_killloop.moc"
