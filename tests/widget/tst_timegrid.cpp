#include "ui/calendar/calendarindex.h"
#include "ui/calendar/calendarlegend.h"
#include "ui/calendar/calendarmarkers.h"
#include "ui/calendar/meetingcalendar.h"
#include "ui/calendar/meetingmonthview.h"
#include "ui/calendar/meetingtext.h"
#include "ui/calendar/timegridheader.h"
#include "ui/calendar/timegridlayout.h"
#include "ui/calendar/timegridpage.h"
#include "ui/calendar/timegridview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace mesi;
using mesi::ui::CalendarEntry;
using mesi::ui::CalendarMarker;
using mesi::ui::GridSpan;
using mesi::ui::MeetingCalendar;
using mesi::ui::TimeGridView;

namespace {

/// A Wednesday far from any daylight-saving change in the zones the tests use.
const QDate Wednesday(2030, 6, 12);

CalendarEntry makeEntry(const QString &bidId, const QDateTime &start, int minutes, const QString &zone,
                        BidStatus status = BidStatus::Scheduled)
{
    CalendarEntry entry;
    entry.bidId = bidId;
    entry.meetingId = QStringLiteral("meeting_") + bidId;
    entry.fanName = QStringLiteral("Fan ") + bidId;
    entry.terms.start = start.toUTC();
    entry.terms.end = entry.terms.start.addSecs(60 * minutes);
    entry.terms.timeZone = zone;
    entry.terms.place = QStringLiteral("Studio 4");
    entry.status = status;
    entry.escrow = escrowStateFor(status);
    return entry;
}

CalendarEntry utcEntry(const QString &bidId, QDate day, QTime time, int minutes = 60,
                       BidStatus status = BidStatus::Scheduled)
{
    return makeEntry(bidId, QDateTime(day, time, QTimeZone::utc()), minutes, QStringLiteral("UTC"), status);
}

/// A calendar shown at a fixed size in the week view, with the display zone set.
std::unique_ptr<MeetingCalendar> showCalendar(const QString &zone = QStringLiteral("UTC"))
{
    auto calendar = std::make_unique<MeetingCalendar>();
    calendar->setDisplayZone(QTimeZone(zone.toUtf8()));
    calendar->resize(1000, 900);
    calendar->setView(MeetingCalendar::View::Week);
    calendar->show();
    return calendar;
}

TimeGridView *weekGrid(const MeetingCalendar &calendar)
{
    return calendar.weekPage()->view();
}

QStringList labelsOf(const QList<GridSpan> &spans)
{
    QStringList labels;
    for (const GridSpan &span : spans)
        labels.append(QStringLiteral("%1:%2/%3").arg(span.item).arg(span.column).arg(span.columns));
    return labels;
}

} // namespace

class TestTimeGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlapsSideBySide();
    void spanOfRepeatedHour();
    void spanAcrossMidnight();
    void entryAtWallClockHour_data();
    void entryAtWallClockHour();
    void overlappingBlocksShareColumn();
    void keyboardMovesByDayAndPeriod();
    void buttonsAndTodayMovePeriod();
    void viewsShareSelectedDate();
    void dayViewShowsOneDay();
    void markersShownOnTheirDay();
    void markersOfBid();
    void unknownZoneShownInUtc();
    void tentativeEntryHasOwnKind();
    void busyBlockIsReadOnly();
    void activationAndContextMenu();
    void currentTimeLine();
    void wheelScrollsGrid();
    void legendAndWidgetsNamed();
};

void TestTimeGrid::overlapsSideBySide()
{
    // Items 0 and 1 overlap, 2 overlaps 1 only, 3 touches 2's end and is alone.
    QList<GridSpan> spans{{0, 600, 660}, {1, 630, 720}, {2, 665, 700}, {3, 720, 780}};
    ui::layOutSideBySide(spans, 15);
    QCOMPARE(labelsOf(spans), (QStringList{QStringLiteral("0:0/2"), QStringLiteral("1:1/2"),
                                           QStringLiteral("2:0/2"), QStringLiteral("3:0/1")}));

    // A 5-minute block counts as 15 minutes, so the block 10 minutes later sits beside it.
    QList<GridSpan> shortOnes{{0, 600, 605}, {1, 610, 640}};
    ui::layOutSideBySide(shortOnes, 15);
    QCOMPARE(labelsOf(shortOnes), (QStringList{QStringLiteral("0:0/2"), QStringLiteral("1:1/2")}));
}

void TestTimeGrid::spanOfRepeatedHour()
{
    // Berlin goes from 03:00 summer time back to 02:00 on 25 October 2026, so 02:00-03:00 repeats.
    const QTimeZone berlin("Europe/Berlin");
    const QDate day(2026, 10, 25);
    const QDateTime firstTwoThirty = QDateTime(day, QTime(0, 30), QTimeZone::utc()).toTimeZone(berlin);
    const QDateTime secondTwoFifteen = QDateTime(day, QTime(1, 15), QTimeZone::utc()).toTimeZone(berlin);
    QCOMPARE(firstTwoThirty.time(), QTime(2, 30));
    QCOMPARE(secondTwoFifteen.time(), QTime(2, 15));

    // 45 real minutes whose wall-clock end comes before the start keep their real length.
    const GridSpan span = ui::spanOnDay(7, firstTwoThirty, secondTwoFifteen, day);
    QCOMPARE(span.item, 7);
    QCOMPARE(span.startMinute, 150);
    QCOMPARE(span.endMinute, 195);
}

void TestTimeGrid::spanAcrossMidnight()
{
    const QDateTime start(Wednesday, QTime(23, 0), QTimeZone::utc());
    const QDateTime end = start.addSecs(2 * 3600);
    const GridSpan first = ui::spanOnDay(0, start, end, Wednesday);
    QCOMPARE(first.startMinute, 23 * 60);
    QCOMPARE(first.endMinute, ui::GridDayMinutes);
    const GridSpan second = ui::spanOnDay(0, start, end, Wednesday.addDays(1));
    QCOMPARE(second.startMinute, 0);
    QCOMPARE(second.endMinute, 60);
    QCOMPARE(ui::spanOnDay(0, start, end, Wednesday.addDays(2)).item, -1);

    // Ending exactly at midnight does not touch the next day.
    QCOMPARE(ui::spanOnDay(0, start, start.addSecs(3600), Wednesday.addDays(1)).item, -1);
}

void TestTimeGrid::entryAtWallClockHour_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("localStart");
    QTest::addColumn<int>("dayMinutes");
    QTest::addColumn<int>("changeMinute");
    QTest::addColumn<int>("shiftMinutes");

    const QString berlin = QStringLiteral("Europe/Berlin");
    const QString newYork = QStringLiteral("America/New_York");
    const QString lordHowe = QStringLiteral("Australia/Lord_Howe");
    QTest::newRow("Berlin spring forward") << berlin << QDate(2026, 3, 29) << QTime(10, 0) << 23 * 60 << 120 << 60;
    QTest::newRow("Berlin fall back") << berlin << QDate(2026, 10, 25) << QTime(10, 0) << 25 * 60 << 180 << -60;
    QTest::newRow("Berlin after the gap") << berlin << QDate(2026, 3, 29) << QTime(3, 30) << 23 * 60 << 120 << 60;
    QTest::newRow("Berlin ordinary day") << berlin << QDate(2026, 6, 10) << QTime(10, 0) << 24 * 60 << -1 << 0;
    QTest::newRow("New York spring forward") << newYork << QDate(2026, 3, 8) << QTime(14, 0) << 23 * 60 << 120 << 60;
    QTest::newRow("New York fall back") << newYork << QDate(2026, 11, 1) << QTime(14, 0) << 25 * 60 << 120 << -60;
    // Lord Howe Island moves its clocks by half an hour: 02:00 to 02:30 in October, back in April.
    QTest::newRow("Lord Howe forward") << lordHowe << QDate(2026, 10, 4) << QTime(9, 0) << 23 * 60 + 30 << 120 << 30;
    QTest::newRow("Lord Howe back") << lordHowe << QDate(2026, 4, 5) << QTime(9, 0) << 24 * 60 + 30 << 120 << -30;
    QTest::newRow("Lord Howe after the gap") << lordHowe << QDate(2026, 10, 4) << QTime(2, 45) << 23 * 60 + 30 << 120 << 30;
}

void TestTimeGrid::entryAtWallClockHour()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QTime, localStart);
    QFETCH(int, dayMinutes);
    QFETCH(int, changeMinute);
    QFETCH(int, shiftMinutes);

    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY2(timeZone.isValid(), qPrintable(zone));
    QCOMPARE(day.startOfDay(timeZone).secsTo(day.addDays(1).startOfDay(timeZone)), qint64(dayMinutes) * 60);

    auto calendar = showCalendar(zone);
    const QDateTime start(day, localStart, timeZone);
    calendar->setEntries({makeEntry(QStringLiteral("bid_dst"), start, 60, zone)});
    calendar->setCurrentDate(day);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));

    TimeGridView *grid = weekGrid(*calendar);
    const int startMinute = localStart.hour() * 60 + localStart.minute();
    const QRect block = grid->entryRect(QStringLiteral("bid_dst"), day);
    QVERIFY2(!block.isNull(), "the meeting has no block on its day");
    QCOMPARE(block.top(), grid->yForMinute(startMinute));
    QCOMPARE(block.bottom() + 1, grid->yForMinute(startMinute + 60));
    QVERIFY(grid->columnRect(day).contains(block.center()));

    const TimeGridView::ClockChange change = grid->clockChange(day);
    QCOMPARE(change.minute, changeMinute);
    QCOMPARE(change.shiftMinutes, shiftMinutes);
}

void TestTimeGrid::overlappingBlocksShareColumn()
{
    auto calendar = showCalendar();
    calendar->setEntries({utcEntry(QStringLiteral("a"), Wednesday, QTime(10, 0)),
                          utcEntry(QStringLiteral("b"), Wednesday, QTime(10, 30)),
                          utcEntry(QStringLiteral("c"), Wednesday, QTime(12, 0))});
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));

    TimeGridView *grid = weekGrid(*calendar);
    const QRect a = grid->entryRect(QStringLiteral("a"), Wednesday);
    const QRect b = grid->entryRect(QStringLiteral("b"), Wednesday);
    const QRect c = grid->entryRect(QStringLiteral("c"), Wednesday);
    const QRect column = grid->columnRect(Wednesday);
    QVERIFY(a.right() < b.left());
    QVERIFY(a.width() < column.width() / 2 + 1);
    QCOMPARE(b.top(), grid->yForMinute(10 * 60 + 30));
    QVERIFY2(c.width() > column.width() * 3 / 4, "a block without overlaps takes the whole column");
}

void TestTimeGrid::keyboardMovesByDayAndPeriod()
{
    auto calendar = showCalendar();
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
    TimeGridView *grid = weekGrid(*calendar);
    QLabel *period = calendar->weekPage()->periodLabel();
    grid->setFocus();

    QCOMPARE(grid->firstDay(), QDate(2030, 6, 10)); // The C locale's weeks start on Monday.
    QCOMPARE(period->text(), QStringLiteral("Week 24: ") + QLocale().toString(QDate(2030, 6, 10), QLocale::ShortFormat)
                                 + QStringLiteral(" – ") + QLocale().toString(QDate(2030, 6, 16), QLocale::LongFormat));

    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(calendar->selectedDate(), Wednesday.addDays(1));
    QTest::keyClick(grid, Qt::Key_PageDown);
    QCOMPARE(calendar->selectedDate(), Wednesday.addDays(8));
    QCOMPARE(grid->firstDay(), QDate(2030, 6, 17));
    QVERIFY2(period->text().startsWith(QLatin1String("Week 25: ")), qPrintable(period->text()));
    QTest::keyClick(grid, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(calendar->selectedDate(), Wednesday.addDays(1));
    QTest::keyClick(grid, Qt::Key_PageUp);
    QCOMPARE(calendar->selectedDate(), Wednesday.addDays(-6));
    QCOMPARE(calendar->monthView()->selectedDate(), Wednesday.addDays(-6));

    QTest::keyClick(grid, Qt::Key_T);
    QCOMPARE(calendar->selectedDate(), grid->today());
    calendar->setCurrentDate(Wednesday);
    QTest::keyClick(grid, Qt::Key_Home);
    QCOMPARE(calendar->selectedDate(), grid->today());
}

void TestTimeGrid::buttonsAndTodayMovePeriod()
{
    auto calendar = showCalendar();
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
    ui::TimeGridPage *page = calendar->weekPage();

    page->nextButton()->click();
    QCOMPARE(calendar->selectedDate(), Wednesday.addDays(7));
    page->previousButton()->click();
    page->previousButton()->click();
    QCOMPARE(calendar->selectedDate(), Wednesday.addDays(-7));
    QCOMPARE(page->view()->firstDay(), QDate(2030, 6, 3));

    calendar->todayButton()->click();
    QCOMPARE(calendar->selectedDate(), page->view()->today());
    QVERIFY(page->view()->firstDay() <= page->view()->today());
    QVERIFY(page->view()->lastDay() >= page->view()->today());
}

void TestTimeGrid::viewsShareSelectedDate()
{
    auto calendar = showCalendar();
    QSignalSpy changed(calendar.get(), &MeetingCalendar::selectedDateChanged);
    calendar->setView(MeetingCalendar::View::Month);
    calendar->setCurrentDate(Wednesday);
    QCOMPARE(changed.count(), 1);

    for (MeetingCalendar::View view : {MeetingCalendar::View::Week, MeetingCalendar::View::Day,
                                       MeetingCalendar::View::Agenda, MeetingCalendar::View::Month}) {
        calendar->setView(view);
        QCOMPARE(calendar->view(), view);
        QCOMPARE(calendar->selectedDate(), Wednesday);
    }
    QCOMPARE(calendar->weekPage()->view()->selectedDate(), Wednesday);
    QCOMPARE(calendar->dayPage()->view()->selectedDate(), Wednesday);

    // Moving in the day view moves the month's selection too.
    calendar->setView(MeetingCalendar::View::Day);
    calendar->dayPage()->view()->setFocus();
    QTest::keyClick(calendar->dayPage()->view(), Qt::Key_PageDown);
    QCOMPARE(calendar->monthView()->selectedDate(), Wednesday.addDays(1));
    QCOMPARE(calendar->weekPage()->view()->selectedDate(), Wednesday.addDays(1));
    QCOMPARE(changed.count(), 2);
}

void TestTimeGrid::dayViewShowsOneDay()
{
    auto calendar = showCalendar();
    calendar->setEntries({utcEntry(QStringLiteral("today"), Wednesday, QTime(9, 0)),
                          utcEntry(QStringLiteral("tomorrow"), Wednesday.addDays(1), QTime(9, 0))});
    calendar->setView(MeetingCalendar::View::Day);
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));

    TimeGridView *grid = calendar->dayPage()->view();
    QCOMPARE(grid->dayCount(), 1);
    QCOMPARE(grid->firstDay(), Wednesday);
    QCOMPARE(calendar->dayPage()->periodLabel()->text(), QLocale().toString(Wednesday, QLocale::LongFormat));
    QVERIFY(!grid->entryRect(QStringLiteral("today"), Wednesday).isNull());
    QVERIFY(grid->entryRect(QStringLiteral("tomorrow"), Wednesday.addDays(1)).isNull());
    QCOMPARE(grid->entryRect(QStringLiteral("today"), Wednesday).top(), grid->yForMinute(9 * 60));
}

void TestTimeGrid::markersShownOnTheirDay()
{
    auto calendar = showCalendar();
    const QDateTime kyfDue(Wednesday, QTime(15, 0), QTimeZone::utc());
    const QDateTime expiry(Wednesday.addDays(2), QTime(8, 0), QTimeZone::utc());
    calendar->setCurrentDate(Wednesday);
    TimeGridView *grid = weekGrid(*calendar);
    ui::TimeGridHeader *header = grid->header();
    const int heightWithout = header->height();
    calendar->setMarkers({{CalendarMarker::Kind::KyfDeadline, QStringLiteral("bid_kyf"), QStringLiteral("Ana"), kyfDue},
                          {CalendarMarker::Kind::BidExpiry, QStringLiteral("bid_old"), QStringLiteral("Ben"), expiry}});
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));

    // The header grows by a marker row at once, without waiting for another week.
    QCOMPARE(header->height(), header->preferredHeight());
    QVERIFY(header->height() > heightWithout);
    const QRect kyf = header->markerRect(QStringLiteral("bid_kyf"), CalendarMarker::Kind::KyfDeadline);
    const QRect expires = header->markerRect(QStringLiteral("bid_old"), CalendarMarker::Kind::BidExpiry);
    QVERIFY(!kyf.isNull());
    QVERIFY(!expires.isNull());
    QVERIFY(grid->columnRect(Wednesday).contains(QPoint(kyf.center().x(), grid->columnRect(Wednesday).top())));
    QVERIFY(grid->columnRect(Wednesday.addDays(2)).contains(QPoint(expires.center().x(), grid->columnRect(Wednesday).top())));
    QVERIFY(header->accessibleDescription().contains(QLatin1String("KYF due 15:00 Ana")));
    QVERIFY(header->accessibleDescription().contains(QLatin1String("Expires 08:00 Ben")));

    // Double-clicking a marker opens its bid.
    QSignalSpy activated(calendar.get(), &MeetingCalendar::meetingActivated);
    QTest::mouseDClick(header, Qt::LeftButton, {}, kyf.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("bid_kyf"));

    const ui::MeetingMonthView::DayMarkers month = calendar->monthView()->dayMarkers(Wednesday);
    QVERIFY(month.kyfDeadline);
    QVERIFY(!month.bidExpiry);
    QCOMPARE(month.texts.size(), 1);
    QVERIFY(calendar->monthView()->dayMarkers(Wednesday.addDays(2)).bidExpiry);
    QVERIFY(calendar->monthView()->dateTextFormat(Wednesday).toolTip().contains(QLatin1String("Ana")));
    QVERIFY(calendar->monthView()->dayMarkers(Wednesday.addDays(1)).texts.isEmpty());

    // A week without markers has no marker rows.
    calendar->setCurrentDate(Wednesday.addDays(14));
    QVERIFY(header->markerRect(QStringLiteral("bid_kyf"), CalendarMarker::Kind::KyfDeadline).isNull());
    QCOMPARE(header->height(), heightWithout);
}

void TestTimeGrid::markersOfBid()
{
    Bid pending;
    pending.id = QStringLiteral("bid_1");
    pending.fanName = QStringLiteral("Ana");
    pending.status = BidStatus::Pending;
    pending.expiresAt = QDateTime(Wednesday, QTime(12, 0), QTimeZone::utc());
    QList<CalendarMarker> markers = ui::CalendarMarkers::markersOf(pending);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.constFirst().kind, CalendarMarker::Kind::BidExpiry);
    QCOMPARE(markers.constFirst().at, pending.expiresAt);

    Bid accepted = pending;
    accepted.status = BidStatus::Accepted;
    accepted.kyf.state = KyfState::Requested;
    accepted.kyf.deadline = pending.expiresAt.addDays(2);
    markers = ui::CalendarMarkers::markersOf(accepted);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.constFirst().kind, CalendarMarker::Kind::KyfDeadline);
    QCOMPARE(markers.constFirst().at, accepted.kyf.deadline);

    Bid consented = accepted;
    consented.kyf.state = KyfState::Consented;
    QVERIFY(ui::CalendarMarkers::markersOf(consented).isEmpty());
}

void TestTimeGrid::unknownZoneShownInUtc()
{
    auto calendar = showCalendar(QStringLiteral("Europe/Berlin"));
    calendar->setEntries({makeEntry(QStringLiteral("bid_mars"), QDateTime(Wednesday, QTime(9, 0), QTimeZone::utc()), 60,
                                    QStringLiteral("Mars/Olympus_Mons"))});
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));

    const int line = calendar->index().lineOfBid(QStringLiteral("bid_mars"));
    QVERIFY(line >= 0);
    const ui::MeetingLine &meeting = calendar->index().lines().at(line);
    QCOMPARE(meeting.zoneWarning, QStringLiteral("Unknown time zone Mars/Olympus_Mons, shown in UTC"));
    // Berlin is two hours ahead in June, and the meeting's own times are given in UTC.
    const auto clock = [](int hour) { return QLocale().toString(QTime(hour, 0), QLocale::ShortFormat); };
    QCOMPARE(meeting.timeText, clock(11) + QStringLiteral("–") + clock(12) + QStringLiteral(" (") + clock(9)
                                   + QStringLiteral("–") + clock(10) + QStringLiteral(" UTC)"));
    QVERIFY(meeting.displayText.contains(meeting.zoneWarning));

    TimeGridView *grid = weekGrid(*calendar);
    QCOMPARE(grid->entryRect(QStringLiteral("bid_mars"), Wednesday).top(), grid->yForMinute(11 * 60));
}

void TestTimeGrid::tentativeEntryHasOwnKind()
{
    CalendarEntry tentative = utcEntry(QStringLiteral("bid_maybe"), Wednesday, QTime(16, 0), 60, BidStatus::Accepted);
    tentative.meetingId.clear();
    tentative.tentative = true;
    QCOMPARE(ui::entryKind(tentative), ui::EntryKind::Tentative);

    const QList<ui::MeetingLine> lines = ui::MeetingText::prepare({tentative});
    QCOMPARE(lines.constFirst().statusText, QStringLiteral("Tentative"));

    const QPalette light(Qt::white, QColor(0xef, 0xef, 0xef));
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    for (const QPalette &palette : {light, dark}) {
        QSet<QRgb> colors;
        for (ui::EntryKind kind : {ui::EntryKind::Scheduled, ui::EntryKind::Tentative, ui::EntryKind::Completed,
                                   ui::EntryKind::Cancelled})
            colors.insert(ui::MeetingText::kindColor(kind, palette).rgb());
        QCOMPARE(colors.size(), 4);
    }

    auto calendar = showCalendar();
    calendar->setEntries({tentative});
    calendar->setCurrentDate(Wednesday);
    QVERIFY(!weekGrid(*calendar)->entryRect(QStringLiteral("bid_maybe"), Wednesday).isNull());
}

void TestTimeGrid::busyBlockIsReadOnly()
{
    auto calendar = showCalendar();
    const BusyBlock busy{QStringLiteral("uid-1"), QStringLiteral("work.ics"), QStringLiteral("Dentist"),
                         QDateTime(Wednesday, QTime(13, 30), QTimeZone::utc()),
                         QDateTime(Wednesday, QTime(14, 30), QTimeZone::utc())};
    const BusyBlock reversed{QStringLiteral("uid-2"), QStringLiteral("work.ics"), QStringLiteral("Broken"),
                             busy.end, busy.start};
    calendar->setBusyBlocks({busy, reversed});
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));

    QCOMPARE(calendar->index().busyBlocks().size(), 1); // The reversed block is left out.
    TimeGridView *grid = weekGrid(*calendar);
    const QRect block = grid->busyRect(0, Wednesday);
    QVERIFY(!block.isNull());
    QCOMPARE(block.top(), grid->yForMinute(13 * 60 + 30));

    QSignalSpy activated(calendar.get(), &MeetingCalendar::meetingActivated);
    QSignalSpy menu(grid, &TimeGridView::entryMenuRequested);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, block.center());
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, block.center());
    QContextMenuEvent context(QContextMenuEvent::Mouse, block.center(), grid->viewport()->mapToGlobal(block.center()));
    QCoreApplication::sendEvent(grid->viewport(), &context);
    QCOMPARE(activated.count(), 0);
    QCOMPARE(menu.count(), 0);
    QVERIFY(grid->selectedBidId().isEmpty());
}

void TestTimeGrid::activationAndContextMenu()
{
    auto calendar = showCalendar();
    CalendarEntry cancelled = utcEntry(QStringLiteral("bid_off"), Wednesday, QTime(15, 0), 60, BidStatus::Cancelled);
    calendar->setEntries({utcEntry(QStringLiteral("bid_a"), Wednesday, QTime(9, 0)),
                          utcEntry(QStringLiteral("bid_b"), Wednesday, QTime(11, 0)), cancelled});
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
    TimeGridView *grid = weekGrid(*calendar);
    QSignalSpy activated(calendar.get(), &MeetingCalendar::meetingActivated);
    QSignalSpy chat(calendar.get(), &MeetingCalendar::chatRequested);
    QSignalSpy pass(calendar.get(), &MeetingCalendar::passRequested);
    QSignalSpy menuRequested(grid, &TimeGridView::entryMenuRequested);

    // Enter with no selection selects the day's first meeting. Down moves on, and Enter opens it.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(grid->selectedBidId(), QStringLiteral("bid_a"));
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constLast().constFirst().toString(), QStringLiteral("bid_b"));
    QTest::keyClick(grid, Qt::Key_Menu);
    QCOMPARE(menuRequested.count(), 1);
    QCOMPARE(menuRequested.constLast().constFirst().toString(), QStringLiteral("bid_b"));

    // A click selects, a double-click opens, a right-click requests the menu.
    const QPoint first = grid->entryRect(QStringLiteral("bid_a"), Wednesday).center();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, first);
    QCOMPARE(grid->selectedBidId(), QStringLiteral("bid_a"));
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, first);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.constLast().constFirst().toString(), QStringLiteral("bid_a"));
    QContextMenuEvent context(QContextMenuEvent::Mouse, first, grid->viewport()->mapToGlobal(first));
    QCoreApplication::sendEvent(grid->viewport(), &context);
    QCOMPARE(menuRequested.count(), 2);
    QCOMPARE(menuRequested.constLast().constFirst().toString(), QStringLiteral("bid_a"));

    // The menu's actions emit the calendar's signals, and a cancelled meeting has no pass.
    std::unique_ptr<QMenu> menu(calendar->createEntryMenu(QStringLiteral("bid_a"), calendar.get()));
    auto *showPass = menu->findChild<QAction *>(QStringLiteral("calendarShowPass"));
    QVERIFY(showPass);
    QVERIFY(showPass->isEnabled());
    showPass->trigger();
    menu->findChild<QAction *>(QStringLiteral("calendarOpenChat"))->trigger();
    menu->findChild<QAction *>(QStringLiteral("calendarOpenBid"))->trigger();
    QCOMPARE(pass.count(), 1);
    QCOMPARE(pass.constFirst().constFirst().toString(), QStringLiteral("bid_a"));
    QCOMPARE(chat.count(), 1);
    QCOMPARE(activated.count(), 3);

    std::unique_ptr<QMenu> cancelledMenu(calendar->createEntryMenu(QStringLiteral("bid_off"), calendar.get()));
    QVERIFY(!cancelledMenu->findChild<QAction *>(QStringLiteral("calendarShowPass"))->isEnabled());
}

void TestTimeGrid::currentTimeLine()
{
    auto calendar = showCalendar();
    TimeGridView *grid = weekGrid(*calendar);
    calendar->todayButton()->click();
    QVERIFY(grid->clockTimer()->isActive());
    QVERIFY(grid->clockTimer()->interval() <= 60'050);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int expected = now.time().hour() * 60 + now.time().minute();
    const int shown = grid->nowMinute();
    // The clock may pass a full minute between the two readings.
    QVERIFY2(shown == expected || shown == expected + 1 || (expected == 1439 && shown == 0),
             qPrintable(QStringLiteral("line at minute %1, clock at %2").arg(shown).arg(expected)));

    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_PageDown);
    QCOMPARE(grid->nowMinute(), -1);
}

void TestTimeGrid::wheelScrollsGrid()
{
    auto calendar = showCalendar();
    calendar->setCurrentDate(Wednesday);
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
    TimeGridView *grid = weekGrid(*calendar);
    grid->scrollToMinute(0);
    const int before = grid->verticalScrollBar()->value();
    const int yBefore = grid->yForMinute(12 * 60);

    const QPoint center = grid->viewport()->rect().center();
    QWheelEvent wheel(center, grid->viewport()->mapToGlobal(center), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(grid->viewport(), &wheel);
    QVERIFY(grid->verticalScrollBar()->value() > before);
    QVERIFY(grid->yForMinute(12 * 60) < yBefore);
}

void TestTimeGrid::legendAndWidgetsNamed()
{
    auto calendar = showCalendar();
    QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
    const QStringList legend = calendar->legend()->itemTexts();
    for (const QString &expected : {QStringLiteral("Scheduled"), QStringLiteral("? Tentative"),
                                    QStringLiteral("\u2713 Completed"), QStringLiteral("\u2715 Cancelled"),
                                    QStringLiteral("Busy (imported)"), QStringLiteral("KYF deadline"),
                                    QStringLiteral("Bid expiry"), QStringLiteral("Now")})
        QVERIFY2(legend.contains(expected), qPrintable(legend.join(QStringLiteral(", "))));
    QVERIFY(!calendar->legend()->accessibleDescription().isEmpty());

    for (MeetingCalendar::View view : {MeetingCalendar::View::Week, MeetingCalendar::View::Day}) {
        calendar->setView(view);
        QStringList unnamed;
        const QList<QWidget *> widgets = calendar->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(calendar.get()))
                continue;
            const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<TimeGridView *>(widget)
                || qobject_cast<ui::TimeGridHeader *>(widget);
            if (!interactive)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QLatin1String(widget->metaObject()->className()) + QLatin1Char(':') + widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
}

QTEST_MAIN(TestTimeGrid)
#include "tst_timegrid.moc"
