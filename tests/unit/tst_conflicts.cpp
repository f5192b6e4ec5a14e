#include "core/availability.h"
#include "core/conflicts.h"

#include <QTest>

using namespace mesi;

namespace {

QDateTime utc(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    moment.setTimeZone(QTimeZone::utc());
    return moment;
}

MeetingTerms termsAt(const QString &start, const QString &end)
{
    MeetingTerms terms;
    terms.start = utc(start);
    terms.end = utc(end);
    terms.timeZone = QStringLiteral("Europe/Berlin");
    terms.place = QStringLiteral("Café Einstein");
    return terms;
}

AvailabilityWindow window(Qt::DayOfWeek day, const QString &start, const QString &end)
{
    return AvailabilityWindow{day, parseMinuteOfDay(start, false).value(),
                              parseMinuteOfDay(end, true).value()};
}

/// Scheduled meeting m1 of bid b1 from 10:00 to 11:00 UTC on 2026-06-10.
Schedule scheduleWithMeeting(int bufferMinutes, bool tentative = false)
{
    Schedule schedule;
    Availability availability;
    availability.timeZone = QStringLiteral("UTC");
    availability.travelBufferMinutes = bufferMinutes;
    schedule.availability = availability;
    schedule.meetings.append(BookedMeeting{QStringLiteral("b1"), QStringLiteral("Mara"),
                                           QStringLiteral("m1"),
                                           termsAt(QStringLiteral("2026-06-10T10:00:00"),
                                                   QStringLiteral("2026-06-10T11:00:00")),
                                           tentative});
    return schedule;
}

QList<ConflictKind> kinds(const QList<Conflict> &conflicts)
{
    QList<ConflictKind> result;
    for (const Conflict &conflict : conflicts)
        result.append(conflict.kind);
    return result;
}

} // namespace

/// The conflict check of a proposed meeting against availability, meetings and busy times.
class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bufferEdges_data();
    void bufferEdges();
    void tentativeMeetingConflicts();
    void sameBidIsSkipped();
    void busyBlockWithBuffer();
    void windowsInZone_data();
    void windowsInZone();
    void reasonNamesWindows();
    void windowsAcrossMidnight();
    void noWindowsMeansAnyTime();
    void blockedDates_data();
    void blockedDates();
    void validation_data();
    void validation();
    void normalizeDropsRepeats();
    void minuteOfDay_data();
    void minuteOfDay();
};

void TestConflicts::bufferEdges_data()
{
    QTest::addColumn<int>("buffer");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("conflict");

    // The other meeting runs from 10:00 to 11:00.
    QTest::newRow("touching after") << 0 << "2026-06-10T11:00:00" << "2026-06-10T12:00:00" << false;
    QTest::newRow("touching before") << 0 << "2026-06-10T09:00:00" << "2026-06-10T10:00:00" << false;
    QTest::newRow("one minute overlap after") << 0 << "2026-06-10T10:59:00" << "2026-06-10T12:00:00" << true;
    QTest::newRow("one minute overlap before") << 0 << "2026-06-10T09:00:00" << "2026-06-10T10:01:00" << true;
    QTest::newRow("inside") << 0 << "2026-06-10T10:15:00" << "2026-06-10T10:45:00" << true;
    QTest::newRow("around") << 0 << "2026-06-10T09:00:00" << "2026-06-10T12:00:00" << true;
    QTest::newRow("gap of buffer after") << 30 << "2026-06-10T11:30:00" << "2026-06-10T12:30:00" << false;
    QTest::newRow("gap of buffer minus one after") << 30 << "2026-06-10T11:29:00" << "2026-06-10T12:29:00" << true;
    QTest::newRow("gap of buffer before") << 30 << "2026-06-10T08:30:00" << "2026-06-10T09:30:00" << false;
    QTest::newRow("gap of buffer minus one before") << 30 << "2026-06-10T08:31:00" << "2026-06-10T09:31:00" << true;
    QTest::newRow("touching with buffer") << 30 << "2026-06-10T11:00:00" << "2026-06-10T12:00:00" << true;
    QTest::newRow("maximum buffer edge") << 240 << "2026-06-10T15:00:00" << "2026-06-10T16:00:00" << false;
    QTest::newRow("maximum buffer minus one") << 240 << "2026-06-10T14:59:00" << "2026-06-10T16:00:00" << true;
}

void TestConflicts::bufferEdges()
{
    QFETCH(int, buffer);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, conflict);

    const QList<Conflict> conflicts = findConflicts(termsAt(start, end), QStringLiteral("b2"),
                                                    scheduleWithMeeting(buffer));
    QCOMPARE(conflicts.size(), conflict ? 1 : 0);
    if (!conflict)
        return;
    QCOMPARE(conflicts.constFirst().kind, ConflictKind::Meeting);
    QCOMPARE(conflicts.constFirst().otherId, QStringLiteral("m1"));
    QCOMPARE(conflicts.constFirst().fanName, QStringLiteral("Mara"));
    QCOMPARE(conflicts.constFirst().start, utc(QStringLiteral("2026-06-10T10:00:00")));
    QVERIFY(conflicts.constFirst().description().contains(QStringLiteral("m1")));
}

void TestConflicts::tentativeMeetingConflicts()
{
    const QList<Conflict> conflicts = findConflicts(
        termsAt(QStringLiteral("2026-06-10T10:30:00"), QStringLiteral("2026-06-10T11:30:00")),
        QStringLiteral("b2"), scheduleWithMeeting(0, true));
    QCOMPARE(kinds(conflicts), QList<ConflictKind>{ConflictKind::TentativeMeeting});
    QCOMPARE(conflicts.constFirst().bidId, QStringLiteral("b1"));
    QCOMPARE(conflicts.constFirst().bufferMinutes, 0);
    QVERIFY(conflicts.constFirst().description().startsWith(QStringLiteral("overlaps proposal m1")));
}

void TestConflicts::sameBidIsSkipped()
{
    const QList<Conflict> conflicts = findConflicts(
        termsAt(QStringLiteral("2026-06-10T10:30:00"), QStringLiteral("2026-06-10T11:30:00")),
        QStringLiteral("b1"), scheduleWithMeeting(0));
    QVERIFY(conflicts.isEmpty());
}

void TestConflicts::busyBlockWithBuffer()
{
    Schedule schedule = scheduleWithMeeting(15);
    schedule.meetings.clear();
    schedule.busyBlocks.append(BusyBlock{QStringLiteral("dentist@example"), QStringLiteral("work.ics"),
                                         QStringLiteral("Dentist"),
                                         utc(QStringLiteral("2026-06-10T14:00:00")),
                                         utc(QStringLiteral("2026-06-10T15:00:00"))});

    const QList<Conflict> close = findConflicts(
        termsAt(QStringLiteral("2026-06-10T15:10:00"), QStringLiteral("2026-06-10T16:00:00")),
        QStringLiteral("b2"), schedule);
    QCOMPARE(kinds(close), QList<ConflictKind>{ConflictKind::BusyBlock});
    QCOMPARE(close.constFirst().otherId, QStringLiteral("dentist@example"));
    QCOMPARE(close.constFirst().summary, QStringLiteral("Dentist (work.ics)"));
    QCOMPARE(close.constFirst().bufferMinutes, 15);
    QVERIFY(close.constFirst().description().contains(QStringLiteral("15-minute travel buffer")));

    const QList<Conflict> clear = findConflicts(
        termsAt(QStringLiteral("2026-06-10T15:15:00"), QStringLiteral("2026-06-10T16:00:00")),
        QStringLiteral("b2"), schedule);
    QVERIFY(clear.isEmpty());

    const QList<Conflict> overlapping = findConflicts(
        termsAt(QStringLiteral("2026-06-10T14:30:00"), QStringLiteral("2026-06-10T16:00:00")),
        QStringLiteral("b2"), schedule);
    QCOMPARE(overlapping.size(), 1);
    QCOMPARE(overlapping.constFirst().bufferMinutes, 0);
}

void TestConflicts::windowsInZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<AvailabilityWindow>("window");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("outsideFrom"); ///< Empty when the meeting fits.
    QTest::addColumn<QString>("outsideTo");

    const QString berlin = QStringLiteral("Europe/Berlin");
    const QString newYork = QStringLiteral("America/New_York");
    const QString lordHowe = QStringLiteral("Australia/Lord_Howe");
    const AvailabilityWindow sundayMorning = window(Qt::Sunday, QStringLiteral("10:00"), QStringLiteral("13:00"));

    // Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29 at 02:00 local time.
    QTest::newRow("Berlin winter, fits") << berlin << sundayMorning << "2026-03-22T09:00:00"
                                         << "2026-03-22T12:00:00" << "" << "";
    QTest::newRow("Berlin summer, fits") << berlin << sundayMorning << "2026-03-29T08:00:00"
                                         << "2026-03-29T11:00:00" << "" << "";
    QTest::newRow("Berlin summer, early") << berlin << sundayMorning << "2026-03-29T07:30:00"
                                          << "2026-03-29T08:30:00" << "2026-03-29T07:30:00"
                                          << "2026-03-29T08:00:00";
    QTest::newRow("Berlin skipped hour fits")
        << berlin << window(Qt::Sunday, QStringLiteral("01:00"), QStringLiteral("04:00"))
        << "2026-03-29T00:30:00" << "2026-03-29T01:30:00" << "" << "";
    // On 2026-10-25 the clocks go back from 03:00 to 02:00, so 02:00 to 03:00 lasts two hours.
    QTest::newRow("Berlin repeated hour fits")
        << berlin << window(Qt::Sunday, QStringLiteral("02:00"), QStringLiteral("03:00"))
        << "2026-10-25T00:00:00" << "2026-10-25T02:00:00" << "" << "";
    QTest::newRow("Berlin after repeated hour")
        << berlin << window(Qt::Sunday, QStringLiteral("02:00"), QStringLiteral("03:00"))
        << "2026-10-25T00:00:00" << "2026-10-25T02:30:00" << "2026-10-25T02:00:00"
        << "2026-10-25T02:30:00";

    // New York moves from UTC-5 to UTC-4 on 2026-03-08 and back on 2026-11-01.
    const AvailabilityWindow nineToNoon = window(Qt::Sunday, QStringLiteral("09:00"), QStringLiteral("12:00"));
    QTest::newRow("New York winter, fits") << newYork << nineToNoon << "2026-03-01T14:00:00"
                                           << "2026-03-01T17:00:00" << "" << "";
    QTest::newRow("New York winter, early") << newYork << nineToNoon << "2026-03-01T13:00:00"
                                            << "2026-03-01T14:00:00" << "2026-03-01T13:00:00"
                                            << "2026-03-01T14:00:00";
    QTest::newRow("New York summer, fits") << newYork << nineToNoon << "2026-03-08T13:00:00"
                                           << "2026-03-08T16:00:00" << "" << "";
    QTest::newRow("New York summer, late") << newYork << nineToNoon << "2026-03-08T15:00:00"
                                           << "2026-03-08T17:00:00" << "2026-03-08T16:00:00"
                                           << "2026-03-08T17:00:00";
    QTest::newRow("New York repeated hour fits")
        << newYork << window(Qt::Sunday, QStringLiteral("01:00"), QStringLiteral("02:00"))
        << "2026-11-01T05:00:00" << "2026-11-01T07:00:00" << "" << "";
    QTest::newRow("New York skipped hour")
        << newYork << window(Qt::Sunday, QStringLiteral("01:00"), QStringLiteral("03:00"))
        << "2026-03-08T06:30:00" << "2026-03-08T07:30:00" << "2026-03-08T07:00:00"
        << "2026-03-08T07:30:00";

    // Lord Howe Island shifts by half an hour: UTC+11 to UTC+10:30 on 2026-04-05 at 02:00,
    // and back to UTC+11 on 2026-10-04 at 02:00, which skips 02:00 to 02:30.
    QTest::newRow("Lord Howe repeated half hour fits")
        << lordHowe << window(Qt::Sunday, QStringLiteral("01:30"), QStringLiteral("02:00"))
        << "2026-04-04T14:30:00" << "2026-04-04T15:30:00" << "" << "";
    QTest::newRow("Lord Howe after repeated half hour")
        << lordHowe << window(Qt::Sunday, QStringLiteral("01:30"), QStringLiteral("02:00"))
        << "2026-04-04T14:30:00" << "2026-04-04T15:45:00" << "2026-04-04T15:30:00"
        << "2026-04-04T15:45:00";
    QTest::newRow("Lord Howe skipped half hour fits")
        << lordHowe << window(Qt::Sunday, QStringLiteral("01:30"), QStringLiteral("03:00"))
        << "2026-10-03T15:00:00" << "2026-10-03T16:00:00" << "" << "";
    QTest::newRow("Lord Howe after skipped half hour")
        << lordHowe << window(Qt::Sunday, QStringLiteral("01:30"), QStringLiteral("02:30"))
        << "2026-10-03T15:00:00" << "2026-10-03T16:00:00" << "2026-10-03T15:30:00"
        << "2026-10-03T16:00:00";
    QTest::newRow("Lord Howe summer, fits")
        << lordHowe << sundayMorning << "2026-10-03T23:00:00" << "2026-10-04T02:00:00" << "" << "";
    QTest::newRow("Lord Howe winter, fits")
        << lordHowe << sundayMorning << "2026-04-04T23:30:00" << "2026-04-05T02:30:00" << "" << "";
}

void TestConflicts::windowsInZone()
{
    QFETCH(QString, zone);
    QFETCH(AvailabilityWindow, window);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, outsideFrom);
    QFETCH(QString, outsideTo);

    Schedule schedule;
    schedule.availability = Availability{zone, {window}, {}, 0};
    QVERIFY(validateAvailability(*schedule.availability).ok());

    const QList<Conflict> conflicts = findConflicts(termsAt(start, end), QStringLiteral("b2"), schedule);
    if (outsideFrom.isEmpty()) {
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.value(0).description()));
        return;
    }
    QCOMPARE(kinds(conflicts), QList<ConflictKind>{ConflictKind::OutsideAvailability});
    QCOMPARE(conflicts.constFirst().start, utc(outsideFrom));
    QCOMPARE(conflicts.constFirst().end, utc(outsideTo));
    QCOMPARE(conflicts.constFirst().timeZone, zone);
    QCOMPARE(conflicts.constFirst().windows, QList<AvailabilityWindow>{window});
}

void TestConflicts::reasonNamesWindows()
{
    Schedule schedule;
    schedule.availability = Availability{QStringLiteral("Europe/Berlin"),
                                         {window(Qt::Monday, QStringLiteral("15:00"), QStringLiteral("19:00")),
                                          window(Qt::Monday, QStringLiteral("10:00"), QStringLiteral("13:00"))},
                                         {},
                                         0};
    // Monday 2026-06-08, 12:30 to 13:30 in Berlin (UTC+2).
    const QList<Conflict> conflicts = findConflicts(
        termsAt(QStringLiteral("2026-06-08T10:30:00"), QStringLiteral("2026-06-08T11:30:00")),
        QStringLiteral("b2"), schedule);
    QCOMPARE(conflicts.size(), 1);
    const Conflict &conflict = conflicts.constFirst();
    QCOMPARE(conflict.date, QDate(2026, 6, 8));
    QCOMPARE(conflict.start, utc(QStringLiteral("2026-06-08T11:00:00")));
    QCOMPARE(conflict.end, utc(QStringLiteral("2026-06-08T11:30:00")));
    QCOMPARE(conflict.windows.size(), 2);
    QCOMPARE(conflict.windows.constFirst().startMinute, 10 * 60);
    QVERIFY2(conflict.description().contains(QStringLiteral("Monday 10:00–13:00, 15:00–19:00")),
             qPrintable(conflict.description()));

    // Sunday has no window at all.
    const QList<Conflict> sunday = findConflicts(
        termsAt(QStringLiteral("2026-06-07T10:30:00"), QStringLiteral("2026-06-07T11:30:00")),
        QStringLiteral("b2"), schedule);
    QCOMPARE(sunday.size(), 1);
    QVERIFY(sunday.constFirst().windows.isEmpty());
    QVERIFY(sunday.constFirst().description().contains(QStringLiteral("no availability on Sunday")));

    // Two windows next to each other cover a meeting across their common edge.
    schedule.availability->windows.append(window(Qt::Monday, QStringLiteral("13:00"), QStringLiteral("15:00")));
    QVERIFY(findConflicts(termsAt(QStringLiteral("2026-06-08T10:30:00"), QStringLiteral("2026-06-08T13:30:00")),
                          QStringLiteral("b2"), schedule)
                .isEmpty());
}

void TestConflicts::windowsAcrossMidnight()
{
    Schedule schedule;
    schedule.availability = Availability{QStringLiteral("Europe/Berlin"),
                                         {window(Qt::Monday, QStringLiteral("22:00"), QStringLiteral("24:00")),
                                          window(Qt::Tuesday, QStringLiteral("00:00"), QStringLiteral("02:00"))},
                                         {},
                                         0};
    // Monday 2026-06-08 23:00 to Tuesday 01:00 in Berlin.
    const MeetingTerms late = termsAt(QStringLiteral("2026-06-08T21:00:00"), QStringLiteral("2026-06-08T23:00:00"));
    QVERIFY(findConflicts(late, QStringLiteral("b2"), schedule).isEmpty());

    schedule.availability->windows.removeLast();
    const QList<Conflict> conflicts = findConflicts(late, QStringLiteral("b2"), schedule);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().date, QDate(2026, 6, 9));
    QCOMPARE(conflicts.constFirst().start, utc(QStringLiteral("2026-06-08T22:00:00")));
}

void TestConflicts::noWindowsMeansAnyTime()
{
    Schedule schedule;
    schedule.availability = Availability{QStringLiteral("Europe/Berlin"), {}, {}, 0};
    QVERIFY(findConflicts(termsAt(QStringLiteral("2026-06-07T01:00:00"), QStringLiteral("2026-06-07T03:00:00")),
                          QStringLiteral("b2"), schedule)
                .isEmpty());
}

void TestConflicts::blockedDates_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QList<QDate>>("blockedHit");

    // Berlin is UTC+1 in December, so 23:00 UTC is midnight.
    QTest::newRow("inside the date") << "2026-12-24T10:00:00" << "2026-12-24T11:00:00"
                                     << QList<QDate>{QDate(2026, 12, 24)};
    QTest::newRow("ends at its start") << "2026-12-23T22:00:00" << "2026-12-23T23:00:00" << QList<QDate>{};
    QTest::newRow("starts at its end") << "2026-12-24T23:00:00" << "2026-12-25T00:00:00" << QList<QDate>{};
    QTest::newRow("across midnight into it") << "2026-12-23T22:30:00" << "2026-12-23T23:30:00"
                                             << QList<QDate>{QDate(2026, 12, 24)};
    QTest::newRow("two blocked dates") << "2026-12-24T22:00:00" << "2026-12-26T01:00:00"
                                       << QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 26)};
}

void TestConflicts::blockedDates()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QList<QDate>, blockedHit);

    Schedule schedule;
    schedule.availability = Availability{QStringLiteral("Europe/Berlin"), {},
                                         {QDate(2026, 12, 26), QDate(2026, 12, 24)}, 0};
    const QList<Conflict> conflicts = findConflicts(termsAt(start, end), QStringLiteral("b2"), schedule);
    QList<QDate> dates;
    for (const Conflict &conflict : conflicts) {
        QCOMPARE(conflict.kind, ConflictKind::BlockedDate);
        dates.append(conflict.date);
    }
    QCOMPARE(dates, blockedHit);
}

void TestConflicts::validation_data()
{
    QTest::addColumn<Availability>("availability");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart"); ///< Empty when valid.

    const QString berlin = QStringLiteral("Europe/Berlin");
    const AvailabilityWindow morning = window(Qt::Monday, QStringLiteral("10:00"), QStringLiteral("13:00"));

    QTest::newRow("valid") << Availability{berlin, {morning}, {QDate(2020, 1, 1)}, 240} << "" << "";
    QTest::newRow("repeated window") << Availability{berlin, {morning, morning}, {}, 0} << "" << "";
    QTest::newRow("unknown zone") << Availability{QStringLiteral("Mars/Olympus"), {morning}, {}, 0}
                                  << "timeZone" << "Mars/Olympus";
    QTest::newRow("empty zone") << Availability{QString(), {}, {}, 0} << "timeZone" << "unknown";
    QTest::newRow("buffer too long") << Availability{berlin, {}, {}, 241} << "travelBufferMinutes" << "241";
    QTest::newRow("negative buffer") << Availability{berlin, {}, {}, -1} << "travelBufferMinutes" << "-1";
    QTest::newRow("end before start")
        << Availability{berlin, {AvailabilityWindow{Qt::Monday, 13 * 60, 10 * 60}}, {}, 0} << "windows"
        << "Monday 13:00–10:00 ends before it starts";
    QTest::newRow("empty window")
        << Availability{berlin, {AvailabilityWindow{Qt::Monday, 10 * 60, 10 * 60}}, {}, 0} << "windows"
        << "ends before it starts";
    QTest::newRow("overlapping windows")
        << Availability{berlin, {morning, window(Qt::Monday, QStringLiteral("12:00"), QStringLiteral("14:00"))}, {}, 0}
        << "windows" << "Monday 12:00–14:00 overlaps window Monday 10:00–13:00";
    QTest::newRow("same times on two days")
        << Availability{berlin, {morning, window(Qt::Tuesday, QStringLiteral("10:00"), QStringLiteral("13:00"))}, {}, 0}
        << "" << "";
    QTest::newRow("past midnight")
        << Availability{berlin, {AvailabilityWindow{Qt::Monday, 23 * 60, 25 * 60}}, {}, 0} << "windows"
        << "outside the day";
    QTest::newRow("invalid date") << Availability{berlin, {}, {QDate()}, 0} << "blockedDates" << "YYYY-MM-DD";
}

void TestConflicts::validation()
{
    QFETCH(Availability, availability);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    const Result<void> valid = validateAvailability(availability);
    if (messagePart.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
        return;
    }
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().field, field);
    QVERIFY2(valid.error().message.contains(messagePart), qPrintable(valid.error().message));
}

void TestConflicts::normalizeDropsRepeats()
{
    const AvailabilityWindow morning = window(Qt::Monday, QStringLiteral("10:00"), QStringLiteral("13:00"));
    const AvailabilityWindow sunday = window(Qt::Sunday, QStringLiteral("09:00"), QStringLiteral("10:00"));
    const Availability normalized = normalizedAvailability(
        Availability{QStringLiteral("UTC"), {sunday, morning, morning},
                     {QDate(2026, 5, 2), QDate(2020, 1, 1), QDate(2026, 5, 2)}, 0});
    QCOMPARE(normalized.windows, (QList<AvailabilityWindow>{morning, sunday}));
    QCOMPARE(normalized.blockedDates, (QList<QDate>{QDate(2020, 1, 1), QDate(2026, 5, 2)}));
}

void TestConflicts::minuteOfDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("endOfDay");
    QTest::addColumn<int>("minute"); ///< -1 for an error.

    QTest::newRow("midnight") << "00:00" << false << 0;
    QTest::newRow("evening") << "19:30" << false << 19 * 60 + 30;
    QTest::newRow("end of day") << "24:00" << true << MinutesPerDay;
    QTest::newRow("end of day as start") << "24:00" << false << -1;
    QTest::newRow("after end of day") << "24:01" << true << -1;
    QTest::newRow("bad minutes") << "10:60" << false << -1;
    QTest::newRow("one digit hour") << "9:00" << false << -1;
    QTest::newRow("seconds") << "09:00:00" << false << -1;
}

void TestConflicts::minuteOfDay()
{
    QFETCH(QString, text);
    QFETCH(bool, endOfDay);
    QFETCH(int, minute);

    const Result<int> parsed = parseMinuteOfDay(text, endOfDay);
    QCOMPARE(parsed.ok(), minute >= 0);
    if (minute < 0) {
        QVERIFY(parsed.error().message.contains(text));
        return;
    }
    QCOMPARE(parsed.value(), minute);
    QCOMPARE(formatMinuteOfDay(parsed.value()), text);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
