#include "fancli/fancommand.h"
#include "fancli/fanvalues.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;
using mesi::fancli::FanCommand;
using mesi::fancli::ParseOutcome;
using mesi::fancli::parseFanCommandLine;

Q_DECLARE_METATYPE(mesi::fancli::FanCommand::Kind)

/// mesi-fan's command line, parsed without any network: every command, its options and values.
class TestFanCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodForms_data();
    void goodForms();
    void bidWithFormatAndSignIn();
    void proposeWithPlace();
    void proposeWithLink();
    void acceptProposalNamesMessage();
    void redeemAndClockValues();
    void availabilityNamesCreator();
    void scanTakesExistingFile();
    void confirmCodeValues();
    void clockNeedsNoFan();
    void apiFromEnvironment();
    void helpListsEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void durations_data();
    void durations();
    void badDurations_data();
    void badDurations();
    void meetingTimes_data();
    void meetingTimes();
    void meetingTimeErrors_data();
    void meetingTimeErrors();

private:
    QTemporaryDir m_dir;
    QString m_passFile;
};

namespace {

const QString Api = QStringLiteral("http://127.0.0.1:8787");

/// The program name, --api and --fan, then the given arguments.
QStringList fanArgs(const QStringList &arguments)
{
    return QStringList{QStringLiteral("mesi-fan"), QStringLiteral("--api"), Api, QStringLiteral("--fan"),
                       QStringLiteral("Lena")}
           + arguments;
}

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Parses arguments that must be valid and returns the command.
FanCommand parseValid(const QStringList &arguments)
{
    const Result<fancli::ParsedFanCommandLine> parsed = parseFanCommandLine(arguments, {});
    if (!parsed) {
        qWarning("unexpected error: %s", qPrintable(parsed.error().message));
        return {};
    }
    return parsed->command;
}

} // namespace

void TestFanCommand::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("mesi-fan"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    QVERIFY(m_dir.isValid());
    m_passFile = m_dir.filePath(QStringLiteral("pass.png"));
    QFile file(m_passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not checked by the parser");
}

void TestFanCommand::goodForms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<FanCommand::Kind>("kind");
    QTest::addColumn<QString>("bidId");

    using Kind = FanCommand::Kind;
    QTest::newRow("bid") << split("bid --creator demo --amount 120.00 --asset USD") << Kind::Bid << "";
    QTest::newRow("chat") << split("chat --bid b1 --text hello") << Kind::Chat << "b1";
    QTest::newRow("bids") << split("bids") << Kind::ListBids << "";
    QTest::newRow("withdraw") << split("withdraw --bid b1") << Kind::Withdraw << "b1";
    QTest::newRow("kyf-consent") << split("kyf-consent --bid b1") << Kind::ConsentKyf << "b1";
    QTest::newRow("kyf-decline") << split("kyf-decline --bid b1") << Kind::DeclineKyf << "b1";
    QTest::newRow("cancel") << split("cancel --bid b1 --reason ill") << Kind::Cancel << "b1";
    QTest::newRow("propose")
        << split("propose --bid b1 --start 2030-05-01T18:00 --end 2030-05-01T19:00 --zone Europe/Madrid "
                 "--place Cafe")
        << Kind::Propose << "b1";
    QTest::newRow("accept-proposal") << split("accept-proposal --bid b1") << Kind::AcceptProposal << "b1";
    QTest::newRow("messages") << split("messages --bid b1") << Kind::Messages << "b1";
    QTest::newRow("join") << split("join --bid b1") << Kind::JoinSession << "b1";
    QTest::newRow("end") << split("end --bid b1") << Kind::EndSession << "b1";
    QTest::newRow("redeem") << split("redeem --pass MP1:ABC") << Kind::RedeemPass << "";
    QTest::newRow("clock") << split("clock --advance 48h") << Kind::AdvanceClock << "";
    QTest::newRow("confirm-code") << split("confirm-code --meeting mtg_1") << Kind::ConfirmCode << "";
    QTest::newRow("availability") << split("availability --creator demo") << Kind::Availability << "";
    QTest::newRow("idempotency key on a change")
        << split("withdraw --bid b1 --idempotency-key k-1") << Kind::Withdraw << "b1";
}

void TestFanCommand::goodForms()
{
    QFETCH(QStringList, arguments);
    QFETCH(FanCommand::Kind, kind);
    QFETCH(QString, bidId);

    const Result<fancli::ParsedFanCommandLine> parsed = parseFanCommandLine(fanArgs(arguments), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->outcome, ParseOutcome::Run);
    QCOMPARE(parsed->command.kind, kind);
    QCOMPARE(parsed->command.bidId, bidId);
    QCOMPARE(parsed->command.signIn.name, QStringLiteral("Lena"));
    QCOMPARE(parsed->command.apiUrl, QUrl(Api));
}

void TestFanCommand::bidWithFormatAndSignIn()
{
    const FanCommand command = parseValid(fanArgs(
        {QStringLiteral("bid"), QStringLiteral("--creator"), QStringLiteral("nova"), QStringLiteral("--amount"),
         QStringLiteral("15.00"), QStringLiteral("--asset"), QStringLiteral("USD"), QStringLiteral("--format"),
         QStringLiteral("text"), QStringLiteral("--note"), QStringLiteral("Hi there"), QStringLiteral("--tier"),
         QStringLiteral("premium"), QStringLiteral("--legal-name"), QStringLiteral("Lena Park"),
         QStringLiteral("--country"), QStringLiteral("SE")}));
    QCOMPARE(command.bid.creatorHandle, QStringLiteral("nova"));
    QCOMPARE(command.bid.amount, QStringLiteral("15.00"));
    QCOMPARE(command.bid.asset, QStringLiteral("USD"));
    QCOMPARE(command.bid.format, QStringLiteral("text"));
    QCOMPARE(command.bid.note, QStringLiteral("Hi there"));
    QVERIFY(command.signIn.tier.has_value());
    QCOMPARE(*command.signIn.tier, AccountTier::Premium);
    QCOMPARE(command.signIn.kyc.value(KyfField::LegalName), QStringLiteral("Lena Park"));
    QCOMPARE(command.signIn.kyc.value(KyfField::Country), QStringLiteral("SE"));
    QVERIFY(!command.signIn.kyc.contains(KyfField::Over18));
}

void TestFanCommand::proposeWithPlace()
{
    const FanCommand command = parseValid(fanArgs(
        {QStringLiteral("propose"), QStringLiteral("--bid"), QStringLiteral("b1"), QStringLiteral("--start"),
         QStringLiteral("2030-05-01T18:00"), QStringLiteral("--end"), QStringLiteral("2030-05-01T19:30"),
         QStringLiteral("--zone"), QStringLiteral("Europe/Madrid"), QStringLiteral("--place"),
         QStringLiteral("Café Central, Plaza del Ángel 10"), QStringLiteral("--note"),
         QStringLiteral("See you there")}));
    QCOMPARE(command.terms.start, QDateTime(QDate(2030, 5, 1), QTime(16, 0), Qt::UTC));
    QCOMPARE(command.terms.end, QDateTime(QDate(2030, 5, 1), QTime(17, 30), Qt::UTC));
    QCOMPARE(command.terms.timeZone, QStringLiteral("Europe/Madrid"));
    QCOMPARE(command.terms.place, QStringLiteral("Café Central, Plaza del Ángel 10"));
    QVERIFY(command.terms.link.isEmpty());
    QCOMPARE(command.text, QStringLiteral("See you there"));
}

void TestFanCommand::proposeWithLink()
{
    const FanCommand command = parseValid(fanArgs(
        {QStringLiteral("propose"), QStringLiteral("--bid"), QStringLiteral("b1"), QStringLiteral("--start"),
         QStringLiteral("2030-05-01T16:00Z"), QStringLiteral("--end"), QStringLiteral("2030-05-01T19:00+02:00"),
         QStringLiteral("--zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--link"),
         QStringLiteral("https://meet.example/room-7")}));
    QCOMPARE(command.terms.start, QDateTime(QDate(2030, 5, 1), QTime(16, 0), Qt::UTC));
    QCOMPARE(command.terms.end, QDateTime(QDate(2030, 5, 1), QTime(17, 0), Qt::UTC));
    QCOMPARE(command.terms.link, QUrl(QStringLiteral("https://meet.example/room-7")));
    QVERIFY(command.terms.place.isEmpty());
}

void TestFanCommand::acceptProposalNamesMessage()
{
    const FanCommand command = parseValid(fanArgs(split("accept-proposal --bid b1 --message msg_9")));
    QCOMPARE(command.messageId, QStringLiteral("msg_9"));
    QCOMPARE(parseValid(fanArgs(split("accept-proposal --bid b1"))).messageId, QString());
}

void TestFanCommand::redeemAndClockValues()
{
    QCOMPARE(parseValid(fanArgs(split("redeem --pass MP1:ABC"))).passText, QStringLiteral("MP1:ABC"));
    QCOMPARE(parseValid(fanArgs(split("clock --advance 2d3h"))).advanceSeconds, 2 * 86400 + 3 * 3600);
    QCOMPARE(parseValid(fanArgs(split("cancel --bid b1 --reason ill"))).text, QStringLiteral("ill"));
}

void TestFanCommand::availabilityNamesCreator()
{
    const FanCommand command = parseValid(fanArgs(split("availability --creator nova")));
    QCOMPARE(command.kind, FanCommand::Kind::Availability);
    QCOMPARE(command.creatorHandle, QStringLiteral("nova"));
    QVERIFY(command.bid.creatorHandle.isEmpty());
}

void TestFanCommand::scanTakesExistingFile()
{
    const FanCommand command = parseValid(fanArgs({QStringLiteral("scan"), m_passFile}));
    QCOMPARE(command.kind, FanCommand::Kind::ScanPass);
    QCOMPARE(command.passFile, m_passFile);
}

void TestFanCommand::confirmCodeValues()
{
    const QString keyFile = m_dir.filePath(QStringLiteral("fan.key"));
    const QString outFile = m_dir.filePath(QStringLiteral("code.png"));
    const FanCommand command = parseValid(fanArgs({QStringLiteral("confirm-code"), QStringLiteral("--meeting"),
                                                   QStringLiteral("mtg_1"), QStringLiteral("--key-file"), keyFile,
                                                   QStringLiteral("--out"), outFile}));
    QCOMPARE(command.kind, FanCommand::Kind::ConfirmCode);
    QCOMPARE(command.meetingId, QStringLiteral("mtg_1"));
    QCOMPARE(command.keyFile, keyFile);
    QCOMPARE(command.outFile, outFile);

    const FanCommand defaults = parseValid(fanArgs(split("confirm-code --meeting mtg_1")));
    QCOMPARE(defaults.keyFile, QString());
    QCOMPARE(defaults.outFile, QString());
}

void TestFanCommand::clockNeedsNoFan()
{
    const Result<fancli::ParsedFanCommandLine> parsed = parseFanCommandLine(
        {QStringLiteral("mesi-fan"), QStringLiteral("--api"), Api, QStringLiteral("clock"),
         QStringLiteral("--advance"), QStringLiteral("7d")},
        {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->command.signIn.name, QString());
    QCOMPARE(parsed->command.advanceSeconds, 7 * 86400);
}

void TestFanCommand::apiFromEnvironment()
{
    const Result<fancli::ParsedFanCommandLine> parsed = parseFanCommandLine(
        {QStringLiteral("mesi-fan"), QStringLiteral("--fan"), QStringLiteral("Lena"), QStringLiteral("bids")},
        QStringLiteral("http://127.0.0.1:9000/"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->command.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
}

void TestFanCommand::helpListsEveryCommand()
{
    const Result<fancli::ParsedFanCommandLine> parsed = parseFanCommandLine(
        {QStringLiteral("mesi-fan"), QStringLiteral("--help")}, {});
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->outcome, ParseOutcome::ShowHelp);
    const QStringList commands = split("bid chat bids withdraw kyf-consent kyf-decline cancel propose "
                                       "accept-proposal messages join end scan redeem clock");
    for (const QString &command : commands) {
        const QRegularExpression usageLine(QStringLiteral("\n  %1[ \n]").arg(command));
        QVERIFY2(parsed->helpText.contains(usageLine), qPrintable(command));
    }
    QVERIFY(parsed->helpText.contains(QStringLiteral("sandbox-only")));
    for (const char *option : {"--tier", "--legal-name", "--country", "--format", "--advance", "--zone"})
        QVERIFY2(parsed->helpText.contains(QLatin1String(option)), option);
}

void TestFanCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedText");

    const QString propose = QStringLiteral("propose --bid b1 --start 2030-05-01T18:00 --end 2030-05-01T19:00 ");
    QTest::newRow("no command") << fanArgs({}) << "got none";
    QTest::newRow("unknown command") << fanArgs(split("dance")) << "'dance'";
    QTest::newRow("missing fan")
        << QStringList{QStringLiteral("mesi-fan"), QStringLiteral("--api"), Api, QStringLiteral("bids")}
        << "--fan";
    QTest::newRow("missing api") << QStringList{QStringLiteral("mesi-fan"), QStringLiteral("--fan"),
                                                QStringLiteral("Lena"), QStringLiteral("bids")}
                                 << "MESI_API_URL";
    QTest::newRow("bid without amount") << fanArgs(split("bid --creator demo --asset USD")) << "--amount";
    QTest::newRow("withdraw without bid") << fanArgs(split("withdraw")) << "--bid";
    QTest::newRow("kyf-consent without bid") << fanArgs(split("kyf-consent")) << "--bid";
    QTest::newRow("cancel without reason") << fanArgs(split("cancel --bid b1")) << "--reason";
    QTest::newRow("propose without zone")
        << fanArgs(split("propose --bid b1 --start 2030-05-01T18:00 --end 2030-05-01T19:00 --place X"))
        << "--zone";
    QTest::newRow("redeem without pass") << fanArgs(split("redeem")) << "--pass";
    QTest::newRow("clock without advance") << fanArgs(split("clock")) << "--advance";
    QTest::newRow("availability without creator") << fanArgs(split("availability")) << "--creator";
    QTest::newRow("availability with bid")
        << fanArgs(split("availability --creator demo --bid b1")) << "--bid does not apply";
    QTest::newRow("availability with key")
        << fanArgs(split("availability --creator demo --idempotency-key k1")) << "changes nothing";
    QTest::newRow("scan without file") << fanArgs(split("scan")) << "image file";
    QTest::newRow("confirm-code without meeting") << fanArgs(split("confirm-code")) << "--meeting";
    QTest::newRow("confirm-code out is a folder")
        << fanArgs({QStringLiteral("confirm-code"), QStringLiteral("--meeting"), QStringLiteral("mtg_1"),
                    QStringLiteral("--out"), m_dir.path()})
        << "is a folder";
    QTest::newRow("key file on redeem") << fanArgs(split("redeem --pass MP1:ABC --key-file k"))
                                        << "--key-file";
    QTest::newRow("text on bid")
        << fanArgs(split("bid --creator demo --amount 5 --asset USD --text hi"))
        << "--text does not apply to the bid command";
    QTest::newRow("format on chat") << fanArgs(split("chat --bid b1 --text hi --format text"))
                                    << "--format does not apply to the chat command";
    QTest::newRow("bid on bids") << fanArgs(split("bids --bid b1")) << "--bid does not apply to the bids";
    QTest::newRow("reason on withdraw") << fanArgs(split("withdraw --bid b1 --reason x"))
                                        << "--reason does not apply";
    QTest::newRow("message on propose")
        << fanArgs(split((propose + QStringLiteral("--zone UTC --place X --message m1")).toUtf8().constData()))
        << "--message does not apply";
    QTest::newRow("key on a listing") << fanArgs(split("messages --bid b1 --idempotency-key k"))
                                      << "--idempotency-key does not apply";
    QTest::newRow("extra argument") << fanArgs(split("bids now")) << "unexpected argument 'now'";
    QTest::newRow("unknown option") << fanArgs(split("bids --colour")) << "colour";
    QTest::newRow("bad tier") << fanArgs(split("bids --tier gold")) << "'gold'";
    QTest::newRow("empty legal name") << fanArgs({QStringLiteral("bids"), QStringLiteral("--legal-name=")})
                                      << "--legal-name is empty";
    QTest::newRow("tier on clock without fan")
        << QStringList{QStringLiteral("mesi-fan"), QStringLiteral("--api"), Api, QStringLiteral("clock"),
                       QStringLiteral("--advance"), QStringLiteral("1h"), QStringLiteral("--tier"),
                       QStringLiteral("plus")}
        << "--tier needs --fan";
    QTest::newRow("bad format") << fanArgs(split("bid --creator nova --amount 5 --asset USD --format audio"))
                                << "'audio'";
    QTest::newRow("bad duration") << fanArgs(split("clock --advance 5")) << "'5'";
    QTest::newRow("unknown zone") << fanArgs(split((propose + QStringLiteral("--zone Mars/Base --place X"))
                                                       .toUtf8()
                                                       .constData()))
                                  << "'Mars/Base'";
    QTest::newRow("place and link")
        << fanArgs(split((propose + QStringLiteral("--zone UTC --place X --link https://a.example"))
                             .toUtf8()
                             .constData()))
        << "exclude each other";
    QTest::newRow("neither place nor link")
        << fanArgs(split((propose + QStringLiteral("--zone UTC")).toUtf8().constData())) << "--place TEXT";
    QTest::newRow("plain http link")
        << fanArgs(split((propose + QStringLiteral("--zone UTC --link http://a.example")).toUtf8().constData()))
        << "'http://a.example'";
    QTest::newRow("end before start")
        << fanArgs(split("propose --bid b1 --start 2030-05-01T18:00 --end 2030-05-01T17:00 --zone UTC --place X"))
        << "not after its start";
    QTest::newRow("start in a DST gap")
        << fanArgs(split("propose --bid b1 --start 2030-03-31T02:30 --end 2030-03-31T04:00 --zone Europe/Berlin "
                         "--place X"))
        << "does not exist in Europe/Berlin";
    QTest::newRow("missing pass file")
        << fanArgs({QStringLiteral("scan"), m_dir.filePath(QStringLiteral("absent.png"))}) << "absent.png' does not exist";
    QTest::newRow("pass file is a folder") << fanArgs({QStringLiteral("scan"), m_dir.path()}) << "is a folder";
    QTest::newRow("long cancel reason")
        << fanArgs({QStringLiteral("cancel"), QStringLiteral("--bid"), QStringLiteral("b1"), QStringLiteral("--reason"),
                    QString(501, QLatin1Char('x'))})
        << "501 characters";
    QTest::newRow("remote plain http api")
        << QStringList{QStringLiteral("mesi-fan"), QStringLiteral("--api"), QStringLiteral("http://example.com"),
                       QStringLiteral("--fan"), QStringLiteral("Lena"), QStringLiteral("bids")}
        << "https://";
}

void TestFanCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedText);

    const Result<fancli::ParsedFanCommandLine> parsed = parseFanCommandLine(arguments, {});
    QVERIFY2(!parsed.ok(), "the arguments were accepted");
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(expectedText), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
}

void TestFanCommand::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("seconds") << "90s" << qint64(90);
    QTest::newRow("minutes") << "45m" << qint64(45 * 60);
    QTest::newRow("hours") << "48h" << qint64(48 * 3600);
    QTest::newRow("days") << "7d" << qint64(7 * 86400);
    QTest::newRow("days and hours") << "2d3h" << qint64(2 * 86400 + 3 * 3600);
    QTest::newRow("every unit") << "1d2h3m4s" << qint64(86400 + 2 * 3600 + 3 * 60 + 4);
    QTest::newRow("zero days and a second") << "0d1s" << qint64(1);
    QTest::newRow("largest step") << "366d" << fancli::MaxClockAdvanceSeconds;
    QTest::newRow("large count of a small unit") << "100000m" << qint64(6000000);
}

void TestFanCommand::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);

    const Result<qint64> parsed = fancli::parseDuration(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), seconds);
}

void TestFanCommand::badDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("no unit") << "5" << "such as 90s";
    QTest::newRow("unit only") << "h" << "'h'";
    QTest::newRow("empty") << "" << "such as 90s";
    QTest::newRow("zero") << "0s" << "is zero";
    QTest::newRow("negative") << "-1h" << "'-1h'";
    QTest::newRow("fraction") << "1.5h" << "'1.5h'";
    QTest::newRow("units out of order") << "3h2d" << "largest to smallest";
    QTest::newRow("unit twice") << "1h1h" << "'1h1h'";
    QTest::newRow("unknown unit") << "2w" << "'2w'";
    QTest::newRow("space inside") << "2d 3h" << "'2d 3h'";
    QTest::newRow("upper-case unit") << "2H" << "'2H'";
    QTest::newRow("more than a year") << "367d" << "366d";
    QTest::newRow("ten digits") << "9999999999s" << "'9999999999s'";
}

void TestFanCommand::badDurations()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedText);

    const Result<qint64> parsed = fancli::parseDuration(text);
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QVERIFY2(parsed.error().message.contains(expectedText), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().field, QStringLiteral("advance"));
}

void TestFanCommand::meetingTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("utc");

    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2030, month, day), QTime(hour, minute), Qt::UTC);
    };
    QTest::newRow("summer in Madrid") << "2030-05-01T18:00" << "Europe/Madrid" << utc(5, 1, 16, 0);
    QTest::newRow("winter in Madrid") << "2030-01-15T18:00" << "Europe/Madrid" << utc(1, 15, 17, 0);
    QTest::newRow("with seconds") << "2030-05-01T18:00:30" << "Europe/Madrid"
                                  << utc(5, 1, 16, 0).addSecs(30);
    QTest::newRow("Sao Paulo keeps no DST") << "2030-01-15T18:00" << "America/Sao_Paulo" << utc(1, 15, 21, 0);
    QTest::newRow("half-hour zone") << "2030-05-01T18:00" << "Asia/Kolkata" << utc(5, 1, 12, 30);
    QTest::newRow("just before the gap") << "2030-03-31T01:59" << "Europe/Berlin" << utc(3, 31, 0, 59);
    QTest::newRow("just after the gap") << "2030-03-31T03:00" << "Europe/Berlin" << utc(3, 31, 1, 0);
    QTest::newRow("UTC suffix ignores the zone") << "2030-05-01T18:00Z" << "Europe/Madrid" << utc(5, 1, 18, 0);
    QTest::newRow("offset ignores the zone") << "2030-05-01T18:00+05:00" << "Europe/Madrid" << utc(5, 1, 13, 0);
    QTest::newRow("repeated hour with offset")
        << "2030-10-27T02:30+01:00" << "Europe/Berlin" << utc(10, 27, 1, 30);
}

void TestFanCommand::meetingTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QDateTime, utc);

    const Result<QDateTime> parsed = fancli::parseMeetingTime(text, QTimeZone(zone.toUtf8()),
                                                              QStringLiteral("start"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), utc);
    QCOMPARE(parsed.value().timeSpec(), Qt::UTC);
}

void TestFanCommand::meetingTimeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("spring gap in Berlin") << "2030-03-31T02:30" << "Europe/Berlin"
                                          << "does not exist in Europe/Berlin";
    QTest::newRow("spring gap in New York") << "2030-03-10T02:15" << "America/New_York"
                                            << "does not exist in America/New_York";
    QTest::newRow("repeated hour in Berlin") << "2030-10-27T02:30" << "Europe/Berlin"
                                             << "happens twice in Europe/Berlin";
    QTest::newRow("repeated hour names both offsets") << "2030-10-27T02:30" << "Europe/Berlin"
                                                      << "+02:00 and at +01:00";
    QTest::newRow("date only") << "2030-05-01" << "UTC" << "'2030-05-01'";
    QTest::newRow("space for T") << "2030-05-01 18:00" << "UTC" << "such as 2030-05-01T18:00";
    QTest::newRow("no such day") << "2030-02-30T18:00" << "UTC" << "'2030-02-30T18:00'";
    QTest::newRow("no such hour") << "2030-05-01T25:00" << "UTC" << "'2030-05-01T25:00'";
    QTest::newRow("words") << "tomorrow" << "UTC" << "'tomorrow'";
}

void TestFanCommand::meetingTimeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, expectedText);

    const Result<QDateTime> parsed = fancli::parseMeetingTime(text, QTimeZone(zone.toUtf8()),
                                                              QStringLiteral("start"));
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QVERIFY2(parsed.error().message.contains(expectedText), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("--start")), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestFanCommand)
#include "tst_fancommand.moc"
