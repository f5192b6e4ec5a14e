// A creator's availability against an in-process sandbox: storing it, reading it as a fan
// over HTTP and with the mesi-fan command, and every kind of invalid input.

#include "fancli/fanrunner.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString OwnPath = QStringLiteral("/v1/creator/availability");
const QString FanPath = QStringLiteral("/v1/creators/demo/availability");

QString errorCode(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("code")).toString();
}

QString errorField(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("field")).toString();
}

QString errorMessage(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("message")).toString();
}

QJsonObject windowJson(const QString &day, const QString &start, const QString &end)
{
    return QJsonObject{{QStringLiteral("day"), day}, {QStringLiteral("start"), start},
                       {QStringLiteral("end"), end}};
}

/// Monday 10:00 to 13:00 and 15:00 to 19:00 in Berlin, Christmas Eve blocked, 30 minutes buffer.
QJsonObject validBody()
{
    return QJsonObject{
        {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("windows"),
         QJsonArray{windowJson(QStringLiteral("monday"), QStringLiteral("10:00"), QStringLiteral("13:00")),
                    windowJson(QStringLiteral("monday"), QStringLiteral("15:00"), QStringLiteral("19:00"))}},
        {QStringLiteral("blockedDates"), QJsonArray{QStringLiteral("2026-12-24")}},
        {QStringLiteral("travelBufferMinutes"), 30},
    };
}

} // namespace

class SandboxAvailabilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void notSetIs404();
    void storeAndReadAsFan();
    void fanCommandPrintsAvailability();
    void fanCommandNamesUnknownCreator();
    void readNeedsSignIn();
    void unknownHandleIs404();
    void fanCannotStore();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();

private:
    HttpReply putAvailability(const QJsonObject &body);
    /// Runs mesi-fan's availability command in process and returns what it would print.
    mesi::Result<QString> runFanCommand(const QString &handle);

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_fanToken;
};

void SandboxAvailabilityTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fanToken = m_client->signInFan(QStringLiteral("Lena"));
    QVERIFY(!m_fanToken.isEmpty());
}

void SandboxAvailabilityTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

HttpReply SandboxAvailabilityTest::putAvailability(const QJsonObject &body)
{
    return m_client->put(OwnPath, toBytes(body), m_creatorToken, newKey());
}

mesi::Result<QString> SandboxAvailabilityTest::runFanCommand(const QString &handle)
{
    mesi::fancli::FanCommand command;
    command.kind = mesi::fancli::FanCommand::Kind::Availability;
    command.apiUrl = m_sandbox.server().url();
    command.signIn.name = QStringLiteral("Lena");
    command.creatorHandle = handle;

    mesi::fancli::FanCommandRunner runner(command);
    std::optional<mesi::Result<QString>> output;
    QEventLoop loop;
    connect(&runner, &mesi::fancli::FanCommandRunner::finished, &loop,
            [&](const mesi::Result<QString> &result) {
                output = result;
                loop.quit();
            });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    if (!output)
        return mesi::makeError(mesi::ErrorCode::Network, QStringLiteral("the command did not finish in 10 s"));
    return *output;
}

void SandboxAvailabilityTest::notSetIs404()
{
    const HttpReply own = m_client->get(OwnPath, m_creatorToken);
    VERIFY_STATUS(own, 404);
    QCOMPARE(errorCode(own), QStringLiteral("availability_not_set"));

    const HttpReply asFan = m_client->get(FanPath, m_fanToken);
    VERIFY_STATUS(asFan, 404);
    QCOMPARE(errorCode(asFan), QStringLiteral("availability_not_set"));
    QVERIFY2(errorMessage(asFan).contains(QStringLiteral("demo")), qPrintable(errorMessage(asFan)));
}

void SandboxAvailabilityTest::storeAndReadAsFan()
{
    // Unsorted, with a window and a date twice and a date in the past, which are all kept once.
    QJsonObject body = validBody();
    body.insert(QStringLiteral("windows"),
                QJsonArray{windowJson(QStringLiteral("friday"), QStringLiteral("18:00"), QStringLiteral("24:00")),
                           windowJson(QStringLiteral("monday"), QStringLiteral("15:00"), QStringLiteral("19:00")),
                           windowJson(QStringLiteral("monday"), QStringLiteral("10:00"), QStringLiteral("13:00")),
                           windowJson(QStringLiteral("monday"), QStringLiteral("10:00"), QStringLiteral("13:00"))});
    body.insert(QStringLiteral("blockedDates"),
                QJsonArray{QStringLiteral("2026-12-24"), QStringLiteral("2020-01-01"), QStringLiteral("2026-12-24")});

    const HttpReply stored = putAvailability(body);
    VERIFY_STATUS(stored, 200);
    const QJsonObject expected{
        {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("windows"),
         QJsonArray{windowJson(QStringLiteral("monday"), QStringLiteral("10:00"), QStringLiteral("13:00")),
                    windowJson(QStringLiteral("monday"), QStringLiteral("15:00"), QStringLiteral("19:00")),
                    windowJson(QStringLiteral("friday"), QStringLiteral("18:00"), QStringLiteral("24:00"))}},
        {QStringLiteral("blockedDates"), QJsonArray{QStringLiteral("2020-01-01"), QStringLiteral("2026-12-24")}},
        {QStringLiteral("travelBufferMinutes"), 30},
    };
    QCOMPARE(stored.json(), expected);

    const HttpReply own = m_client->get(OwnPath, m_creatorToken);
    VERIFY_STATUS(own, 200);
    QCOMPARE(own.json(), expected);

    const HttpReply asFan = m_client->get(FanPath, m_fanToken);
    VERIFY_STATUS(asFan, 200);
    QCOMPARE(asFan.json(), expected);
}

void SandboxAvailabilityTest::fanCommandPrintsAvailability()
{
    VERIFY_STATUS(putAvailability(validBody()), 200);

    const mesi::Result<QString> output = runFanCommand(QStringLiteral("demo"));
    QVERIFY2(output.ok(), qPrintable(output.ok() ? QString() : output.error().message));
    const QStringList lines = output.value().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines.at(0), QStringLiteral("zone\tEurope/Berlin"));
    QCOMPARE(lines.at(1), QStringLiteral("travel-buffer\t30 min"));
    QCOMPARE(lines.at(2), QStringLiteral("weekly\tmonday\t10:00-13:00, 15:00-19:00"));
    QCOMPARE(lines.at(3), QStringLiteral("weekly\ttuesday\tunavailable"));
    QCOMPARE(lines.at(8), QStringLiteral("weekly\tsunday\tunavailable"));
    QCOMPARE(lines.at(9), QStringLiteral("blocked\t2026-12-24"));
}

void SandboxAvailabilityTest::fanCommandNamesUnknownCreator()
{
    const mesi::Result<QString> output = runFanCommand(QStringLiteral("nobody-here"));
    QVERIFY(!output.ok());
    QVERIFY2(output.error().message.contains(QStringLiteral("nobody-here")),
             qPrintable(output.error().message));
}

void SandboxAvailabilityTest::readNeedsSignIn()
{
    const HttpReply reply = m_client->get(FanPath);
    VERIFY_STATUS(reply, 401);
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
}

void SandboxAvailabilityTest::unknownHandleIs404()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creators/nobody-here/availability"), m_fanToken);
    VERIFY_STATUS(reply, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("not_found"));
    QCOMPARE(errorField(reply), QStringLiteral("handle"));
}

void SandboxAvailabilityTest::fanCannotStore()
{
    const HttpReply reply = m_client->put(OwnPath, toBytes(validBody()), m_fanToken, newKey());
    VERIFY_STATUS(reply, 401);
}

void SandboxAvailabilityTest::rejectsInvalidInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const auto withWindows = [](const QJsonArray &windows) {
        QJsonObject body = validBody();
        body.insert(QStringLiteral("windows"), windows);
        return body;
    };
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject body = validBody();
        body.insert(key, value);
        return body;
    };
    const QString invalid = QStringLiteral("invalid_field");

    QTest::newRow("overlapping windows")
        << withWindows({windowJson(QStringLiteral("monday"), QStringLiteral("10:00"), QStringLiteral("13:00")),
                        windowJson(QStringLiteral("monday"), QStringLiteral("12:00"), QStringLiteral("14:00"))})
        << invalid << "windows" << "Monday 12:00–14:00 overlaps window Monday 10:00–13:00";
    QTest::newRow("end before start")
        << withWindows({windowJson(QStringLiteral("tuesday"), QStringLiteral("13:00"), QStringLiteral("10:00"))})
        << invalid << "windows" << "Tuesday 13:00–10:00 ends before it starts";
    QTest::newRow("buffer too long") << with(QStringLiteral("travelBufferMinutes"), 241) << invalid
                                     << "travelBufferMinutes" << "241";
    QTest::newRow("negative buffer") << with(QStringLiteral("travelBufferMinutes"), -5) << invalid
                                     << "travelBufferMinutes" << "-5";
    QTest::newRow("unknown zone") << with(QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus_Mons"))
                                  << invalid << "timeZone" << "Mars/Olympus_Mons";
    QTest::newRow("unknown weekday")
        << withWindows({windowJson(QStringLiteral("funday"), QStringLiteral("10:00"), QStringLiteral("13:00"))})
        << invalid << "windows" << "window 1: unknown weekday 'funday'";
    QTest::newRow("hour 25")
        << withWindows({windowJson(QStringLiteral("monday"), QStringLiteral("25:00"), QStringLiteral("26:00"))})
        << invalid << "windows" << "25:00";
    QTest::newRow("month 13") << with(QStringLiteral("blockedDates"), QJsonArray{QStringLiteral("2026-13-01")})
                              << invalid << "blockedDates" << "2026-13-01";
    QTest::newRow("date as number") << with(QStringLiteral("blockedDates"), QJsonArray{20261224}) << invalid
                                    << "blockedDates" << "a number";

    QTest::newRow("window without day")
        << withWindows({QJsonObject{{QStringLiteral("start"), QStringLiteral("10:00")},
                                    {QStringLiteral("end"), QStringLiteral("11:00")}}})
        << invalid << "windows" << "day";

    QJsonObject noZone = validBody();
    noZone.remove(QStringLiteral("timeZone"));
    QTest::newRow("missing zone") << noZone << "missing_field" << "timeZone" << "timeZone";
}

void SandboxAvailabilityTest::rejectsInvalidInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    VERIFY_STATUS(putAvailability(validBody()), 200);
    const QByteArray before = m_client->get(OwnPath, m_creatorToken).body;

    const HttpReply reply = putAvailability(body);
    VERIFY_STATUS(reply, 400);
    QCOMPARE(errorCode(reply), code);
    QCOMPARE(errorField(reply), field);
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));

    // A rejected request changes nothing.
    QCOMPARE(m_client->get(OwnPath, m_creatorToken).body, before);
}

QTEST_GUILESS_MAIN(SandboxAvailabilityTest)
#include "tst_sandbox_availability.moc"
