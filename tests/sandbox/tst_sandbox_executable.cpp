// The mesi-sandbox program: first stdout line, health over HTTP, clean exit and bad options.

#include "sandboxtestclient.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class SandboxExecutableTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void firstLineNamesUrlAndHealthAnswers();
    void badOptionExitsWithMessage_data();
    void badOptionExitsWithMessage();
    void portInUseExitsWithMessage();

private:
    QString m_program;
};

void SandboxExecutableTest::initTestCase()
{
    const QString binDir = qEnvironmentVariable("MESI_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "MESI_BIN_DIR is not set; run this test through ctest");
    m_program = QDir(binDir).filePath(QStringLiteral("mesi-sandbox"));
    QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
}

void SandboxExecutableTest::firstLineNamesUrlAndHealthAnswers()
{
    QTemporaryDir dataDir;
    QProcess process;
    process.start(m_program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--data"), dataDir.path(), QStringLiteral("--seed"),
                              QStringLiteral("demo"), QStringLiteral("--demo-fan-interval"),
                              QStringLiteral("0")});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);

    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    const QString prefix = QStringLiteral("mesi-sandbox listening on http://127.0.0.1:");
    QVERIFY2(firstLine.startsWith(prefix), qPrintable(firstLine));
    bool portOk = false;
    const int port = firstLine.mid(prefix.size()).toInt(&portOk);
    QVERIFY2(portOk && port > 0, qPrintable(firstLine));

    SandboxTestClient client(QUrl(firstLine.section(QLatin1Char(' '), 3, 3)));
    const HttpReply health = client.get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!client.signInCreator(QStringLiteral("demo"), QStringLiteral("demo")).isEmpty());

    // SIGTERM quits the event loop, so the program exits normally and closes the database.
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("sandbox.sqlite"))));
    QVERIFY(!QFile::exists(dataDir.filePath(QStringLiteral("sandbox.sqlite-wal"))));
}

void SandboxExecutableTest::badOptionExitsWithMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("listen on all interfaces")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")} << 2
        << QStringLiteral("'0.0.0.0:0'");
    QTest::newRow("unknown seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("x")} << 2
                                  << QStringLiteral("'x'");
    QTest::newRow("negative demo fan interval")
        << QStringList{QStringLiteral("--demo-fan-interval"), QStringLiteral("-3")} << 2
        << QStringLiteral("'-3'");
}

void SandboxExecutableTest::badOptionExitsWithMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedText);

    QTemporaryDir dataDir;
    QProcess process;
    process.start(m_program, arguments + QStringList{QStringLiteral("--data"), dataDir.path()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(expectedText), qPrintable(errors));
    QCOMPARE(errors.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(dataDir.filePath(QStringLiteral("sandbox.sqlite"))));
}

void SandboxExecutableTest::portInUseExitsWithMessage()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupied.serverPort());

    QTemporaryDir dataDir;
    QProcess process;
    process.start(m_program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port,
                              QStringLiteral("--data"), dataDir.path()});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("port ") + port), qPrintable(errors));
}

QTEST_GUILESS_MAIN(SandboxExecutableTest)
#include "tst_sandbox_executable.moc"
