#include "ical/icsdatetime.h"
#include "ical/icserror.h"
#include "ical/icsparser.h"
#include "ical/icstext.h"
#include "ical/icswriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mesi;

namespace {

const QDateTime Now(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

ical::ImportOptions options()
{
    ical::ImportOptions importOptions;
    importOptions.now = Now;
    // Not UTC, so a floating time read as UTC would show in the instants.
    importOptions.floatingZone = QTimeZone("Europe/Berlin");
    return importOptions;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// Joins lines with CRLF and wraps them in a VCALENDAR.
QByteArray calendar(const QList<QByteArray> &lines)
{
    QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
    for (const QByteArray &line : lines)
        data += line + "\r\n";
    return data + "END:VCALENDAR\r\n";
}

/// One VEVENT with a UID and a UTC hour on 10 June 2026, plus extra lines; starts on line 4.
QByteArray eventWith(const QList<QByteArray> &extra)
{
    QList<QByteArray> lines{"BEGIN:VEVENT", "UID:e-1"};
    lines += extra;
    lines.append("END:VEVENT");
    return calendar(lines);
}

const QByteArray GoodFile =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Test//EN\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Berlin\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:19701025T030000\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:zoned\r\n"
    "DTSTART;TZID=Europe/Berlin:20260610T100000\r\n"
    "DTEND;TZID=\"Europe/Berlin\":20260610T113000\r\n"
    "SUMMARY:Dentist\\, downtown\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:utc\r\n"
    "DTSTART:20260611T090000Z\r\n"
    "DTEND:20260611T100000Z\r\n"
    // A fold inside "ü" (0xC3 0xBC): unfolding joins the bytes before decoding.
    "SUMMARY:Gr\xC3\r\n \xBC\x65n tea\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "TRIGGER:-PT15M\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:floating\r\n"
    "DTSTART:20260612T140000\r\n"
    "DTEND:20260612T150000\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:all-day\r\n"
    "DTSTART;VALUE=DATE:20260613\r\n"
    "DTEND;VALUE=DATE:20260615\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:duration\r\n"
    "DTSTART:20260616T080000Z\r\n"
    "DURATION:PT1H30M\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:weekly\r\n"
    "DTSTART;TZID=America/New_York:20260302T090000\r\n"
    "DURATION:PT1H\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6\r\n"
    "EXDATE;TZID=America/New_York:20260304T090000\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:free\r\n"
    "DTSTART:20260617T080000Z\r\n"
    "DTEND:20260617T090000Z\r\n"
    "TRANSP:TRANSPARENT\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:called-off\r\n"
    "DTSTART:20260618T080000Z\r\n"
    "DTEND:20260618T090000Z\r\n"
    "STATUS:CANCELLED\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

} // namespace

class TestIcsImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localTimeFollowsRfc_data();
    void localTimeFollowsRfc();
    void badFileRejected_data();
    void badFileRejected();
    void fileTooLarge();
    void tooManyBlocks();
    void tooManyLines();
    void goodFileRead();
    void bareLineFeedsAccepted();
    void dailyRuleWithUntilAndInterval();
    void endlessRuleStaysInWindow();
    void overriddenOccurrenceReplaced();
    void windowsZoneNameAccepted();
    void exportImportRoundTrip();
    void damagedFilesNeverCrash();
};

void TestIcsImport::localTimeFollowsRfc_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "America/New_York" << QDate(2026, 7, 1) << QTime(9, 0)
                           << "2026-07-01T13:00:00Z";
    // 02:30 does not exist on 8 March 2026; the offset before the gap (-05:00) applies.
    QTest::newRow("gap") << "America/New_York" << QDate(2026, 3, 8) << QTime(2, 30)
                         << "2026-03-08T07:30:00Z";
    // 01:30 happens twice on 1 November 2026; the first pass (-04:00) applies.
    QTest::newRow("repeated hour") << "America/New_York" << QDate(2026, 11, 1) << QTime(1, 30)
                                   << "2026-11-01T05:30:00Z";
    QTest::newRow("half-hour gap") << "Australia/Lord_Howe" << QDate(2026, 10, 4) << QTime(2, 15)
                                   << "2026-10-03T15:45:00Z";
    QTest::newRow("half-hour repeat") << "Australia/Lord_Howe" << QDate(2026, 4, 5) << QTime(1, 45)
                                      << "2026-04-04T14:45:00Z";
}

void TestIcsImport::localTimeFollowsRfc()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, expected);

    QCOMPARE(ical::resolveLocalTime(date, time, QTimeZone(zone.toUtf8())).toString(Qt::ISODate), expected);
}

void TestIcsImport::badFileRejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    const QByteArray start = "DTSTART:20260610T100000Z";
    QTest::newRow("END of wrong component")
        << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VCALENDAR\r\n") << 4
        << "does not close BEGIN:VEVENT";
    QTest::newRow("missing END at end of file")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") << 1 << "has no END:VCALENDAR";
    QTest::newRow("END without BEGIN")
        << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n") << 3 << "no matching BEGIN";
    QTest::newRow("property without colon") << eventWith({"DTSTART20260610T100000Z"}) << 6
                                            << "has no colon";
    QTest::newRow("bad date") << eventWith({"DTSTART:20261345T100000Z"}) << 6
                              << "invalid date or time '20261345T100000Z'";
    QTest::newRow("bad time") << eventWith({"DTSTART:20260610T250000Z"}) << 6 << "invalid date or time";
    QTest::newRow("unknown time zone") << eventWith({"DTSTART;TZID=Mars/Base:20260610T100000"}) << 6
                                       << "time zone 'Mars/Base' is unknown";
    QTest::newRow("VTIMEZONE without IANA name")
        << calendar({"BEGIN:VTIMEZONE", "TZID:My Office", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:a",
                     "DTSTART;TZID=My Office:20260610T100000", "END:VEVENT"})
        << 9 << "defined on line 5 but is not an IANA name";
    QTest::newRow("unsupported rule part")
        << eventWith({start, "RRULE:FREQ=WEEKLY;BYMONTH=3"}) << 7 << "RRULE part BYMONTH is not supported";
    QTest::newRow("unsupported frequency") << eventWith({start, "RRULE:FREQ=MONTHLY"}) << 7
                                           << "FREQ=MONTHLY is not supported";
    QTest::newRow("numbered weekday") << eventWith({start, "RRULE:FREQ=WEEKLY;BYDAY=1MO"}) << 7
                                      << "BYDAY=1MO is not supported";
    QTest::newRow("COUNT and UNTIL")
        << eventWith({start, "RRULE:FREQ=DAILY;COUNT=3;UNTIL=20260701T000000Z"}) << 7
        << "both COUNT and UNTIL";
    QTest::newRow("rule without FREQ") << eventWith({start, "RRULE:COUNT=3"}) << 7 << "no FREQ part";
    QTest::newRow("RDATE") << eventWith({start, "RDATE:20260611T100000Z"}) << 7 << "RDATE is not supported";
    QTest::newRow("end before start")
        << eventWith({start, "DTEND:20260610T090000Z"}) << 7 << "DTEND 20260610T090000Z is before DTSTART";
    QTest::newRow("DTEND and DURATION")
        << eventWith({start, "DTEND:20260610T110000Z", "DURATION:PT1H"}) << 8 << "both DTEND and DURATION";
    QTest::newRow("bad duration") << eventWith({start, "DURATION:1H"}) << 7 << "DURATION has the invalid value";
    QTest::newRow("date end for date-time start")
        << eventWith({start, "DTEND;VALUE=DATE:20260611"}) << 7 << "DTEND is a date but DTSTART is not";
    QTest::newRow("missing DTSTART") << eventWith({"SUMMARY:x"}) << 4 << "has no DTSTART";
    QTest::newRow("missing UID")
        << calendar({"BEGIN:VEVENT", start, "END:VEVENT"}) << 4 << "has no UID";
    QTest::newRow("UID twice")
        << calendar({"BEGIN:VEVENT", "UID:same", start, "DTEND:20260610T110000Z", "END:VEVENT",
                     "BEGIN:VEVENT", "UID:same", "DTSTART:20260611T100000Z",
                     "DTEND:20260611T110000Z", "END:VEVENT"})
        << 9 << "also used by the event on line 4";
    QTest::newRow("quote not closed") << eventWith({"DTSTART;TZID=\"Europe/Berlin:20260610T100000"}) << 6
                                      << "without a closing quote";
    QTest::newRow("invalid UTF-8") << eventWith({start, "SUMMARY:caf\xE9"}) << 7 << "not valid UTF-8";
    QTest::newRow("not a calendar") << QByteArray("hello\r\n") << 1 << "has no colon";
    QTest::newRow("no VCALENDAR") << QByteArray("\r\n\r\n") << 0 << "contains no BEGIN:VCALENDAR";
    QTest::newRow("property outside VCALENDAR")
        << QByteArray("VERSION:2.0\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << 1 << "outside BEGIN:VCALENDAR";
    QByteArray deep = "BEGIN:VCALENDAR\r\n";
    for (int depth = 0; depth < 20; ++depth)
        deep += "BEGIN:X-DEEP\r\n";
    QTest::newRow("nested too deep") << deep << 11 << "nested more than 10 deep";
    QTest::newRow("too many parameters")
        << eventWith({"DTSTART" + QByteArray(";X-P=a").repeated(101) + ":20260610T100000Z"}) << 6
        << "more than 100 parameter values";
    QTest::newRow("continuation first") << QByteArray(" BEGIN:VCALENDAR\r\n") << 1 << "continuation line";
    // A valid event before the bad one: nothing of the file is imported.
    QTest::newRow("good event before bad one")
        << calendar({"BEGIN:VEVENT", "UID:fine", start, "DTEND:20260610T110000Z", "END:VEVENT",
                     "BEGIN:VEVENT", "UID:bad", "DTSTART:2026", "END:VEVENT"})
        << 11 << "invalid date or time";
}

void TestIcsImport::badFileRejected()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(data, QStringLiteral("work.ics"), options());

    QVERIFY(!blocks.ok());
    QCOMPARE(ical::errorLine(blocks.error()).value_or(0), line);
    QVERIFY2(blocks.error().message.contains(reason), qPrintable(blocks.error().message));
}

void TestIcsImport::fileTooLarge()
{
    QByteArray data = calendar({});
    data += QByteArray(ical::MaxFileBytes, 'x');
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(data, QStringLiteral("big.ics"), options());

    QVERIFY(!blocks.ok());
    QVERIFY(!ical::errorLine(blocks.error()));
    QVERIFY2(blocks.error().message.contains(QLatin1String("too large")), qPrintable(blocks.error().message));
}

void TestIcsImport::tooManyBlocks()
{
    // 50 endless daily events give about 50 × 1096 blocks in the three-year window.
    QList<QByteArray> lines;
    for (int i = 0; i < 50; ++i) {
        lines += {"BEGIN:VEVENT", "UID:daily-" + QByteArray::number(i), "DTSTART:20250101T080000Z",
                  "DURATION:PT1H", "RRULE:FREQ=DAILY", "END:VEVENT"};
    }
    const Result<BusyBlocks> blocks =
        ical::parseBusyBlocks(calendar(lines), QStringLiteral("busy.ics"), options());

    QVERIFY(!blocks.ok());
    QVERIFY(ical::errorLine(blocks.error()).has_value());
    QVERIFY2(blocks.error().message.contains(QLatin1String("more than 50000 busy blocks")),
             qPrintable(blocks.error().message));
}

void TestIcsImport::tooManyLines()
{
    QByteArray data = "BEGIN:VCALENDAR\r\n";
    data += QByteArray("X-A:1\r\n").repeated(ical::MaxContentLines);
    data += "END:VCALENDAR\r\n";
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(data, QStringLiteral("lines.ics"), options());

    QVERIFY(!blocks.ok());
    QCOMPARE(ical::errorLine(blocks.error()).value_or(0), ical::MaxContentLines + 1);
    QVERIFY2(blocks.error().message.contains(QLatin1String("too large")), qPrintable(blocks.error().message));
}

void TestIcsImport::goodFileRead()
{
    const Result<BusyBlocks> read = ical::parseBusyBlocks(GoodFile, QStringLiteral("work.ics"), options());
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const BusyBlocks &blocks = read.value();

    QHash<QString, BusyBlock> byUid;
    for (const BusyBlock &block : blocks) {
        QCOMPARE(block.source, QStringLiteral("work.ics"));
        byUid.insert(block.uid, block);
    }
    QCOMPARE(blocks.size(), 10);
    QCOMPARE(byUid.size(), 10);

    QCOMPARE(byUid.value(QStringLiteral("zoned")).start, utc("2026-06-10T08:00:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("zoned")).end, utc("2026-06-10T09:30:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("zoned")).summary, QStringLiteral("Dentist, downtown"));
    QCOMPARE(byUid.value(QStringLiteral("utc")).start, utc("2026-06-11T09:00:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("utc")).summary, QStringLiteral("Grüen tea"));
    // Floating times are in the floating zone, Europe/Berlin here.
    QCOMPARE(byUid.value(QStringLiteral("floating")).start, utc("2026-06-12T12:00:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("floating")).end, utc("2026-06-12T13:00:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("all-day")).start, utc("2026-06-12T22:00:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("all-day")).end, utc("2026-06-14T22:00:00Z"));
    QCOMPARE(byUid.value(QStringLiteral("duration")).end, utc("2026-06-16T09:30:00Z"));

    // Mondays and Wednesdays at 09:00 New York time, across the change on 8 March; the EXDATE
    // removes 4 March, and COUNT=6 counts it.
    const QList<QPair<const char *, const char *>> weekly{
        {"weekly#20260302T140000Z", "2026-03-02T14:00:00Z"},
        {"weekly#20260309T130000Z", "2026-03-09T13:00:00Z"},
        {"weekly#20260311T130000Z", "2026-03-11T13:00:00Z"},
        {"weekly#20260316T130000Z", "2026-03-16T13:00:00Z"},
        {"weekly#20260318T130000Z", "2026-03-18T13:00:00Z"},
    };
    for (const auto &[uid, start] : weekly) {
        const BusyBlock block = byUid.value(QString::fromLatin1(uid));
        QCOMPARE(block.start, utc(start));
        QCOMPARE(block.start.secsTo(block.end), 3600);
    }
    QVERIFY(!byUid.contains(QStringLiteral("weekly#20260304T140000Z")));
    QVERIFY(!byUid.contains(QStringLiteral("free")));
    QVERIFY(!byUid.contains(QStringLiteral("called-off")));
}

void TestIcsImport::bareLineFeedsAccepted()
{
    QByteArray data = GoodFile;
    data.replace("\r\n", "\n");
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(data, QStringLiteral("lf.ics"), options());

    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    QCOMPARE(blocks->size(), 10);
}

void TestIcsImport::dailyRuleWithUntilAndInterval()
{
    // Every second day from 1 to 9 June; UNTIL is inclusive.
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(
        eventWith({"DTSTART;TZID=Europe/Berlin:20260601T180000", "DTEND;TZID=Europe/Berlin:20260601T190000",
                   "RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20260609T160000Z"}),
        QStringLiteral("d.ics"), options());

    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    QCOMPARE(blocks->size(), 5);
    QCOMPARE(blocks->constFirst().start, utc("2026-06-01T16:00:00Z"));
    QCOMPARE(blocks->constLast().start, utc("2026-06-09T16:00:00Z"));
    QCOMPARE(blocks->constLast().uid, QStringLiteral("e-1#20260609T160000Z"));
}

void TestIcsImport::endlessRuleStaysInWindow()
{
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(
        eventWith({"DTSTART:19000101T080000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;INTERVAL=1"}),
        QStringLiteral("old.ics"), options());

    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    // About three years of weeks: 365 days back and 730 ahead.
    QVERIFY(blocks->size() >= 156 && blocks->size() <= 158);
    QVERIFY(blocks->constFirst().end > Now.addDays(-365));
    QVERIFY(blocks->constLast().start < Now.addDays(730));
    QCOMPARE(blocks->constFirst().start.date().dayOfWeek(), QDate(1900, 1, 1).dayOfWeek());
}

void TestIcsImport::overriddenOccurrenceReplaced()
{
    const QByteArray data = calendar({
        "BEGIN:VEVENT", "UID:standup", "DTSTART:20260601T080000Z", "DTEND:20260601T081500Z",
        "RRULE:FREQ=DAILY;COUNT=3", "END:VEVENT",
        "BEGIN:VEVENT", "UID:standup", "RECURRENCE-ID:20260602T080000Z",
        "DTSTART:20260602T100000Z", "DTEND:20260602T101500Z", "END:VEVENT",
    });
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(data, QStringLiteral("o.ics"), options());

    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    QCOMPARE(blocks->size(), 3);
    QList<QDateTime> starts;
    for (const BusyBlock &block : blocks.value())
        starts.append(block.start);
    std::sort(starts.begin(), starts.end());
    QCOMPARE(starts, (QList<QDateTime>{utc("2026-06-01T08:00:00Z"), utc("2026-06-02T10:00:00Z"),
                                       utc("2026-06-03T08:00:00Z")}));
}

void TestIcsImport::windowsZoneNameAccepted()
{
    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(
        eventWith({"DTSTART;TZID=W. Europe Standard Time:20260610T100000", "DURATION:PT1H"}),
        QStringLiteral("outlook.ics"), options());

    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    QCOMPARE(blocks->constFirst().start, utc("2026-06-10T08:00:00Z"));
}

void TestIcsImport::exportImportRoundTrip()
{
    struct Meeting
    {
        const char *zone;
        const char *start;
        const char *end;
    };
    // Each crosses a change of its zone; two end in the second pass through a repeated hour.
    const QList<Meeting> meetings{
        {"Europe/Berlin", "2026-03-29T00:30:00Z", "2026-03-29T02:30:00Z"},
        {"Europe/Berlin", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"},
        {"America/New_York", "2026-03-08T06:30:00Z", "2026-03-08T08:00:00Z"},
        {"America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"},
        {"Australia/Lord_Howe", "2026-04-04T14:30:00Z", "2026-04-04T16:00:00Z"},
        {"Australia/Lord_Howe", "2026-10-03T15:00:00Z", "2026-10-03T16:30:00Z"},
    };
    QList<ical::CalendarEvent> events;
    for (const Meeting &meeting : meetings) {
        ical::CalendarEvent event;
        event.uid = ical::meetingUid(QStringLiteral("mtg_%1").arg(events.size()));
        event.fanName = QStringLiteral("Alex");
        event.terms = {utc(meeting.start), utc(meeting.end), QString::fromLatin1(meeting.zone),
                       QStringLiteral("Hall"), {}};
        events.append(event);
    }
    ical::CalendarEvent cancelled = events.constFirst();
    cancelled.uid = ical::meetingUid(QStringLiteral("mtg_cancelled"));
    cancelled.status = ical::EventStatus::Cancelled;
    events.append(cancelled);

    const Result<BusyBlocks> blocks = ical::parseBusyBlocks(
        ical::writeCalendar(events), QStringLiteral("mesi.ics"), options());

    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    QCOMPARE(blocks->size(), meetings.size());
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        const BusyBlock &block = blocks->at(i);
        QCOMPARE(block.uid, events.at(i).uid);
        QCOMPARE(block.summary, QStringLiteral("Meeting with Alex"));
        QCOMPARE(block.start, events.at(i).terms.start);
        QCOMPARE(block.end, events.at(i).terms.end);
    }
}

void TestIcsImport::damagedFilesNeverCrash()
{
    // Every prefix of a good file, and copies with random bytes changed, either parse or fail
    // with a message; neither may crash or hang. The seed is fixed so a failure repeats.
    for (qsizetype length = 0; length <= GoodFile.size(); length += 7) {
        const Result<BusyBlocks> blocks =
            ical::parseBusyBlocks(GoodFile.left(length), QStringLiteral("cut.ics"), options());
        QVERIFY(blocks.ok() || !blocks.error().message.isEmpty());
    }
    QRandomGenerator random(20261205);
    const QByteArray alphabet = ":;=,\"\\ \r\nZTPWDHMS0123456789-+ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC3\xBC\xFF";
    for (int round = 0; round < 2000; ++round) {
        QByteArray damaged = GoodFile;
        const int changes = 1 + random.bounded(4);
        for (int change = 0; change < changes; ++change) {
            const qsizetype at = random.bounded(static_cast<int>(damaged.size()));
            damaged[at] = alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
        }
        const Result<BusyBlocks> blocks =
            ical::parseBusyBlocks(damaged, QStringLiteral("damaged.ics"), options());
        QVERIFY(blocks.ok() || !blocks.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestIcsImport)
#include "tst_icsimport.moc"
