// Parsing of the --listen and --demo-fan-interval values.

#include "sandbox/sandboxoptions.h"

#include <QTest>

class SandboxOptionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenAcceptsLoopback_data();
    void listenAcceptsLoopback();
    void listenRejectsOtherValues_data();
    void listenRejectsOtherValues();
    void demoFanInterval_data();
    void demoFanInterval();
    void tokenLifetime_data();
    void tokenLifetime();
};

void SandboxOptionsTest::listenAcceptsLoopback_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QHostAddress>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4 default") << QStringLiteral("127.0.0.1:8787") << QHostAddress(QStringLiteral("127.0.0.1")) << 8787;
    QTest::newRow("other 127 address") << QStringLiteral("127.0.0.2:0") << QHostAddress(QStringLiteral("127.0.0.2")) << 0;
    QTest::newRow("localhost") << QStringLiteral("localhost:9000") << QHostAddress(QHostAddress::LocalHost) << 9000;
    QTest::newRow("IPv6") << QStringLiteral("::1:8787") << QHostAddress(QHostAddress::LocalHostIPv6) << 8787;
    QTest::newRow("IPv6 in brackets") << QStringLiteral("[::1]:65535") << QHostAddress(QHostAddress::LocalHostIPv6) << 65535;
}

void SandboxOptionsTest::listenAcceptsLoopback()
{
    QFETCH(QString, text);
    QFETCH(QHostAddress, host);
    QFETCH(int, port);
    mesi::Result<mesi::sandbox::ListenAddress> parsed = mesi::sandbox::parseListenAddress(text);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
}

void SandboxOptionsTest::listenRejectsOtherValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0:0") << QStringLiteral("loopback");
    QTest::newRow("LAN address") << QStringLiteral("192.168.1.20:8787") << QStringLiteral("loopback");
    QTest::newRow("any IPv6") << QStringLiteral("[::]:8787") << QStringLiteral("loopback");
    QTest::newRow("host name") << QStringLiteral("example.org:80") << QStringLiteral("loopback");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QStringLiteral("HOST:PORT");
    QTest::newRow("port too large") << QStringLiteral("127.0.0.1:65536") << QStringLiteral("65535");
    QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http") << QStringLiteral("65535");
}

void SandboxOptionsTest::listenRejectsOtherValues()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedText);
    mesi::Result<mesi::sandbox::ListenAddress> parsed = mesi::sandbox::parseListenAddress(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(text), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(expectedText), qPrintable(parsed.error().message));
}

void SandboxOptionsTest::demoFanInterval_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1 when the text must be rejected.
    QTest::newRow("default") << QStringLiteral("8") << 8;
    QTest::newRow("off") << QStringLiteral("0") << 0;
    QTest::newRow("negative") << QStringLiteral("-1") << -1;
    QTest::newRow("fraction") << QStringLiteral("1.5") << -1;
    QTest::newRow("word") << QStringLiteral("often") << -1;
}

void SandboxOptionsTest::demoFanInterval()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    mesi::Result<int> parsed = mesi::sandbox::parseDemoFanInterval(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(text));
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed.value(), seconds);
    }
}

void SandboxOptionsTest::tokenLifetime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1 when the text must be rejected.
    QTest::newRow("default") << QStringLiteral("900") << 900;
    QTest::newRow("shortest") << QStringLiteral("1") << 1;
    QTest::newRow("one day") << QStringLiteral("86400") << 86400;
    QTest::newRow("zero") << QStringLiteral("0") << -1;
    QTest::newRow("over a day") << QStringLiteral("86401") << -1;
    QTest::newRow("word") << QStringLiteral("soon") << -1;
}

void SandboxOptionsTest::tokenLifetime()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    mesi::Result<int> parsed = mesi::sandbox::parseTokenLifetime(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(text), qPrintable(parsed.error().message));
        QCOMPARE(parsed.error().field, QStringLiteral("token-lifetime"));
    } else {
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), seconds);
    }
}

QTEST_GUILESS_MAIN(SandboxOptionsTest)
#include "tst_sandbox_options.moc"
