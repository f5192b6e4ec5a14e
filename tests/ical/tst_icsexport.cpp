#include "ical/icsparser.h"
#include "ical/icswriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;
using mesi::ical::CalendarEvent;
using mesi::ical::EventStatus;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");
const QDateTime Stamp(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC);

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

CalendarEvent makeEvent(const QString &id, const QString &zone, const char *start, const char *end,
                        EventStatus status = EventStatus::Confirmed)
{
    CalendarEvent event;
    event.uid = ical::meetingUid(id);
    event.fanName = QStringLiteral("Alex");
    event.terms.start = utc(start);
    event.terms.end = utc(end);
    event.terms.timeZone = zone;
    event.terms.place = QStringLiteral("Café Central");
    event.status = status;
    event.sequence = 3;
    return event;
}

/// The physical lines of data, each without its CRLF; fails the test on a bare LF.
QList<QByteArray> physicalLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            return {};
        line.chop(1);
    }
    return lines;
}

/// The unfolded lines of data as text.
QStringList unfoldedLines(const QByteArray &data)
{
    QByteArray unfolded = data;
    unfolded.replace("\r\n ", "");
    return QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readBackByIcalendar_data();
    void readBackByIcalendar();
    void allZonesInOneFile();
    void zoneWithoutDaylightTime();
    void zoneWithDaylightTime();
    void linesFoldedWithoutSplittingUtf8();
    void textEscaped();
    void headerAndStamp();
    void bidEventHasOnlyFanName();
    void sequenceGrowsWithStatus();
    void proposalIsTentative();
    void onlineMeetingHasUrl();
    void rangeSelectsOverlapping();
    void unknownZoneWrittenInUtc();

private:
    /// Runs read_ics.py on data and returns one object per VEVENT; fails the test on errors.
    QList<QJsonObject> readBack(const QByteArray &data);

    bool m_pythonReady = false;
    QString m_pythonProblem;
    QTemporaryDir m_dir;
};

void TestIcsExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess probe;
    probe.start(Python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0) {
        m_pythonProblem = QStringLiteral("%1 cannot import the icalendar module (%2); install "
                                         "the Debian package python3-icalendar")
                              .arg(Python, QString::fromUtf8(probe.readAllStandardError()).trimmed()
                                               + probe.errorString());
        return;
    }
    m_pythonReady = true;
}

QList<QJsonObject> TestIcsExport::readBack(const QByteArray &data)
{
    const QString path = m_dir.filePath(QStringLiteral("export.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        qWarning() << "cannot write" << path;
        return {};
    }
    file.close();

    QProcess reader;
    reader.start(Python, {QStringLiteral(MESI_READ_ICS_SCRIPT), path});
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0) {
        qWarning().noquote() << "read_ics.py failed:" << reader.readAllStandardError();
        return {};
    }
    QList<QJsonObject> events;
    const QList<QByteArray> lines = reader.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

void TestIcsExport::readBackByIcalendar_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("status");

    // Each meeting spans a daylight-saving change of its zone in 2026.
    QTest::newRow("Berlin spring forward") << "Europe/Berlin" << "2026-03-29T00:30:00Z"
                                           << "2026-03-29T02:30:00Z" << "CONFIRMED";
    // The end is 02:30 for the second time that night, so it must come back as that instant.
    QTest::newRow("Berlin fall back") << "Europe/Berlin" << "2026-10-25T00:30:00Z"
                                      << "2026-10-25T01:30:00Z" << "CONFIRMED";
    QTest::newRow("New York spring forward") << "America/New_York" << "2026-03-08T06:30:00Z"
                                             << "2026-03-08T08:00:00Z" << "CONFIRMED";
    QTest::newRow("New York fall back") << "America/New_York" << "2026-11-01T05:30:00Z"
                                        << "2026-11-01T06:30:00Z" << "CONFIRMED";
    // Lord Howe Island moves by half an hour.
    QTest::newRow("Lord Howe daylight ends") << "Australia/Lord_Howe" << "2026-04-04T14:30:00Z"
                                             << "2026-04-04T16:00:00Z" << "CONFIRMED";
    QTest::newRow("Lord Howe daylight starts") << "Australia/Lord_Howe" << "2026-10-03T15:00:00Z"
                                               << "2026-10-03T16:30:00Z" << "CONFIRMED";
    QTest::newRow("Berlin cancelled") << "Europe/Berlin" << "2026-06-10T10:00:00Z"
                                      << "2026-06-10T11:00:00Z" << "CANCELLED";
    QTest::newRow("Tokyo without daylight time") << "Asia/Tokyo" << "2026-07-01T01:00:00Z"
                                                 << "2026-07-01T02:00:00Z" << "CONFIRMED";
}

void TestIcsExport::readBackByIcalendar()
{
    if (!m_pythonReady)
        QSKIP(qPrintable(m_pythonProblem));
    QFETCH(QString, zone);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, status);

    const EventStatus eventStatus =
        status == QLatin1String("CANCELLED") ? EventStatus::Cancelled : EventStatus::Confirmed;
    const CalendarEvent event = makeEvent(QStringLiteral("mtg_1"), zone, start.toLatin1().constData(),
                                          end.toLatin1().constData(), eventStatus);
    const QList<QJsonObject> events = readBack(ical::writeCalendar({event}, {Stamp}));

    QCOMPARE(events.size(), 1);
    const QJsonObject &read = events.constFirst();
    QCOMPARE(read.value(QStringLiteral("uid")).toString(), QStringLiteral("meeting-mtg_1@mesi.example"));
    QCOMPARE(read.value(QStringLiteral("start")).toString(), start);
    QCOMPARE(read.value(QStringLiteral("end")).toString(), end);
    QCOMPARE(read.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(read.value(QStringLiteral("sequence")).toInt(), 3);
    QCOMPARE(read.value(QStringLiteral("summary")).toString(), QStringLiteral("Meeting with Alex"));
    QCOMPARE(read.value(QStringLiteral("location")).toString(), QStringLiteral("Café Central"));
}

void TestIcsExport::allZonesInOneFile()
{
    if (!m_pythonReady)
        QSKIP(qPrintable(m_pythonProblem));
    const QList<CalendarEvent> events{
        makeEvent(QStringLiteral("a"), QStringLiteral("Europe/Berlin"), "2026-03-29T00:30:00Z",
                  "2026-03-29T02:30:00Z"),
        makeEvent(QStringLiteral("b"), QStringLiteral("America/New_York"), "2026-11-01T05:30:00Z",
                  "2026-11-01T06:30:00Z"),
        makeEvent(QStringLiteral("c"), QStringLiteral("Australia/Lord_Howe"), "2026-04-04T14:30:00Z",
                  "2026-04-04T16:00:00Z"),
        makeEvent(QStringLiteral("d"), QStringLiteral("Europe/Berlin"), "2026-12-01T09:00:00Z",
                  "2026-12-01T10:00:00Z", EventStatus::Cancelled),
    };
    const QByteArray data = ical::writeCalendar(events, {Stamp});
    QCOMPARE(data.count("BEGIN:VTIMEZONE"), 3);

    const QList<QJsonObject> read = readBack(data);
    QCOMPARE(read.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(read.at(i).value(QStringLiteral("uid")).toString(), events.at(i).uid);
        QCOMPARE(read.at(i).value(QStringLiteral("start")).toString(),
                 events.at(i).terms.start.toString(Qt::ISODate));
        QCOMPARE(read.at(i).value(QStringLiteral("end")).toString(),
                 events.at(i).terms.end.toString(Qt::ISODate));
    }
    QCOMPARE(read.at(3).value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
}

void TestIcsExport::zoneWithoutDaylightTime()
{
    const QByteArray data = ical::writeCalendar(
        {makeEvent(QStringLiteral("t"), QStringLiteral("Asia/Tokyo"), "2026-07-01T01:00:00Z",
                   "2026-07-01T02:00:00Z")},
        {Stamp});
    const QStringList lines = unfoldedLines(data);

    QCOMPARE(lines.count(QStringLiteral("BEGIN:STANDARD")), 1);
    QCOMPARE(lines.count(QStringLiteral("BEGIN:DAYLIGHT")), 0);
    QVERIFY(lines.contains(QStringLiteral("TZOFFSETTO:+0900")));
    QVERIFY(lines.contains(QStringLiteral("DTSTART;TZID=Asia/Tokyo:20260701T100000")));
}

void TestIcsExport::zoneWithDaylightTime()
{
    // Meetings in January and December: the VTIMEZONE covers both 2026 changes between them.
    const QByteArray data = ical::writeCalendar(
        {makeEvent(QStringLiteral("w"), QStringLiteral("Australia/Lord_Howe"), "2026-01-10T01:00:00Z",
                   "2026-01-10T02:00:00Z"),
         makeEvent(QStringLiteral("s"), QStringLiteral("Australia/Lord_Howe"), "2026-12-10T01:00:00Z",
                   "2026-12-10T02:00:00Z")},
        {Stamp});
    const QStringList lines = unfoldedLines(data);

    QCOMPARE(lines.count(QStringLiteral("BEGIN:VTIMEZONE")), 1);
    QVERIFY(lines.count(QStringLiteral("BEGIN:STANDARD")) >= 1);
    QVERIFY(lines.count(QStringLiteral("BEGIN:DAYLIGHT")) >= 2);
    QVERIFY(lines.contains(QStringLiteral("TZOFFSETFROM:+1100")));
    QVERIFY(lines.contains(QStringLiteral("TZOFFSETTO:+1030")));
    // Daylight time ends at 02:00 local daylight time on 5 April 2026.
    QVERIFY(lines.contains(QStringLiteral("DTSTART:20260405T020000")));
    // Daylight time starts at 02:00 local standard time on 4 October 2026.
    QVERIFY(lines.contains(QStringLiteral("DTSTART:20261004T020000")));
}

void TestIcsExport::linesFoldedWithoutSplittingUtf8()
{
    CalendarEvent event = makeEvent(QStringLiteral("long"), QStringLiteral("Europe/Berlin"),
                                    "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z");
    // Two-, three- and four-octet characters, so some fold lands inside each kind.
    event.terms.place = QStringLiteral("Straße 5 – Café ☕ Tür 🚪 ").repeated(12).trimmed();
    event.fanName = QStringLiteral("Zoë 😀 ").repeated(15).trimmed();
    const QByteArray data = ical::writeCalendar({event}, {Stamp});

    const QList<QByteArray> lines = physicalLines(data);
    QVERIFY2(!lines.isEmpty(), "a line ends without CRLF");
    int folds = 0;
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= 75, line.constData());
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(line);
        QVERIFY2(!decoder.hasError(), line.constData());
        Q_UNUSED(text);
        if (line.startsWith(' '))
            ++folds;
    }
    QVERIFY(folds >= 5);
    QVERIFY(unfoldedLines(data).contains(QStringLiteral("LOCATION:") + event.terms.place));
}

void TestIcsExport::textEscaped()
{
    CalendarEvent event = makeEvent(QStringLiteral("esc"), QStringLiteral("Europe/Berlin"),
                                    "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z");
    event.terms.place = QStringLiteral("Room 1; Floor 2, Main\\Hall\r\nBack door");
    event.fanName = QStringLiteral("Sam, Jr.");
    const QByteArray data = ical::writeCalendar({event}, {Stamp});
    const QStringList lines = unfoldedLines(data);

    QVERIFY(lines.contains(QStringLiteral("LOCATION:Room 1\\; Floor 2\\, Main\\\\Hall\\nBack door")));
    QVERIFY(lines.contains(QStringLiteral("SUMMARY:Meeting with Sam\\, Jr.")));

    if (!m_pythonReady)
        QSKIP(qPrintable(m_pythonProblem));
    const QList<QJsonObject> read = readBack(data);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.constFirst().value(QStringLiteral("location")).toString(),
             QStringLiteral("Room 1; Floor 2, Main\\Hall\nBack door"));
    QCOMPARE(read.constFirst().value(QStringLiteral("summary")).toString(),
             QStringLiteral("Meeting with Sam, Jr."));
}

void TestIcsExport::headerAndStamp()
{
    const QStringList lines = unfoldedLines(ical::writeCalendar(
        {makeEvent(QStringLiteral("h"), QStringLiteral("UTC"), "2026-05-01T10:00:00Z",
                   "2026-05-01T11:00:00Z")},
        {Stamp}));

    QCOMPARE(lines.constFirst(), QStringLiteral("BEGIN:VCALENDAR"));
    QCOMPARE(lines.constLast(), QStringLiteral("END:VCALENDAR"));
    QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
    QVERIFY(lines.contains(QStringLiteral("PRODID:-//Mesi//Creator Console//EN")));
    QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20260115T080000Z")));
    QVERIFY(lines.contains(QStringLiteral("UID:meeting-h@mesi.example")));
}

void TestIcsExport::bidEventHasOnlyFanName()
{
    Bid bid;
    bid.id = QStringLiteral("bid_77");
    bid.fanId = QStringLiteral("fan_secret_id");
    bid.fanName = QStringLiteral("Robin");
    bid.note = QStringLiteral("my phone is 555-0100");
    bid.status = BidStatus::Scheduled;
    bid.version = 9;
    bid.meeting.id = QStringLiteral("mtg_9");
    bid.meeting.proposalId = QStringLiteral("msg_4");
    bid.meeting.terms = makeEvent(QStringLiteral("x"), QStringLiteral("Europe/Berlin"),
                                  "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z")
                            .terms;

    const std::optional<CalendarEvent> event = ical::eventForBid(bid);
    QVERIFY(event);
    QCOMPARE(event->uid, QStringLiteral("meeting-mtg_9@mesi.example"));
    QCOMPARE(event->status, EventStatus::Confirmed);
    QCOMPARE(event->sequence, 9);

    const QByteArray data = ical::writeCalendar({*event}, {Stamp});
    QVERIFY(data.contains("SUMMARY:Meeting with Robin\r\n"));
    QVERIFY(!data.contains("fan_secret_id"));
    QVERIFY(!data.contains("555-0100"));
    QVERIFY(!data.contains("bid_77"));
    QVERIFY(!data.contains("msg_4"));

    bid.meeting = Meeting{};
    QVERIFY(!ical::eventForBid(bid));
}

void TestIcsExport::sequenceGrowsWithStatus()
{
    Bid bid;
    bid.fanName = QStringLiteral("Robin");
    bid.meeting.id = QStringLiteral("mtg_5");
    bid.status = BidStatus::Scheduled;
    bid.version = 4;
    const CalendarEvent scheduled = *ical::eventForBid(bid);

    // The server raises the version with the cancellation.
    bid.status = BidStatus::Cancelled;
    bid.version = 5;
    const CalendarEvent cancelled = *ical::eventForBid(bid);

    QCOMPARE(cancelled.uid, scheduled.uid);
    QVERIFY(cancelled.sequence > scheduled.sequence);
    QCOMPARE(cancelled.status, EventStatus::Cancelled);

    bid.status = BidStatus::Completed;
    bid.version = 6;
    QCOMPARE(ical::eventForBid(bid)->status, EventStatus::Confirmed);
}

void TestIcsExport::proposalIsTentative()
{
    Bid bid;
    bid.fanName = QStringLiteral("Kim");
    bid.status = BidStatus::Accepted;
    ChatMessage message;
    message.id = QStringLiteral("msg_12");
    message.text = QStringLiteral("chat text stays private");
    QVERIFY(!ical::eventForProposal(bid, message));

    message.proposal = makeEvent(QStringLiteral("p"), QStringLiteral("Europe/Berlin"),
                                 "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z")
                           .terms;
    const std::optional<CalendarEvent> event = ical::eventForProposal(bid, message);
    QVERIFY(event);
    QCOMPARE(event->uid, QStringLiteral("proposal-msg_12@mesi.example"));
    QCOMPARE(event->status, EventStatus::Tentative);

    const QByteArray data = ical::writeCalendar({*event}, {Stamp});
    QVERIFY(data.contains("STATUS:TENTATIVE\r\n"));
    QVERIFY(!data.contains("chat text"));
}

void TestIcsExport::onlineMeetingHasUrl()
{
    CalendarEvent event = makeEvent(QStringLiteral("o"), QStringLiteral("Europe/Berlin"),
                                    "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z");
    event.terms.place.clear();
    event.terms.link = QUrl(QStringLiteral("https://meet.example/room?id=1,2"));
    const QStringList lines = unfoldedLines(ical::writeCalendar({event}, {Stamp}));

    QVERIFY(lines.contains(QStringLiteral("URL:https://meet.example/room?id=1,2")));
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QLatin1String("LOCATION")), qPrintable(line));
}

void TestIcsExport::rangeSelectsOverlapping()
{
    const QList<CalendarEvent> events{
        makeEvent(QStringLiteral("before"), QStringLiteral("UTC"), "2026-04-30T22:00:00Z",
                  "2026-05-01T00:00:00Z"),
        makeEvent(QStringLiteral("across"), QStringLiteral("UTC"), "2026-04-30T23:00:00Z",
                  "2026-05-01T01:00:00Z"),
        makeEvent(QStringLiteral("inside"), QStringLiteral("UTC"), "2026-05-03T10:00:00Z",
                  "2026-05-03T11:00:00Z"),
        makeEvent(QStringLiteral("after"), QStringLiteral("UTC"), "2026-05-08T00:00:00Z",
                  "2026-05-08T01:00:00Z"),
    };
    const QList<CalendarEvent> selected =
        ical::eventsInRange(events, utc("2026-05-01T00:00:00Z"), utc("2026-05-08T00:00:00Z"));

    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected.at(0).uid, ical::meetingUid(QStringLiteral("across")));
    QCOMPARE(selected.at(1).uid, ical::meetingUid(QStringLiteral("inside")));
}

void TestIcsExport::unknownZoneWrittenInUtc()
{
    const CalendarEvent event = makeEvent(QStringLiteral("u"), QStringLiteral("Mars/Olympus_Mons"),
                                          "2026-05-01T10:00:00Z", "2026-05-01T11:00:00Z");
    const QStringList lines = unfoldedLines(ical::writeCalendar({event}, {Stamp}));

    QVERIFY(lines.contains(QStringLiteral("DTSTART:20260501T100000Z")));
    QVERIFY(lines.contains(QStringLiteral("DTEND:20260501T110000Z")));
    QVERIFY(!lines.contains(QStringLiteral("BEGIN:VTIMEZONE")));
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
