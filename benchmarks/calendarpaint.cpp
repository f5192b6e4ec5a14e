#include "calendarpaint.h"

#include "report.h"

#include "ui/calendar/meetingcalendar.h"
#include "ui/calendar/meetingmonthview.h"
#include "ui/calendar/timegridpage.h"
#include "ui/calendar/timegridview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QRandomGenerator>

#include <functional>

#include <algorithm>

namespace mesi::bench {

namespace {

constexpr int SpreadDays = 400;
constexpr double TargetMs = 50;

QList<ui::CalendarEntry> syntheticEntries(int meetings, QDate firstDay)
{
    static const QStringList zones{QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("America/New_York"), QStringLiteral("Asia/Tokyo"),
                                   QStringLiteral("Australia/Lord_Howe"), QStringLiteral("Mars/Olympus_Mons")};
    QRandomGenerator random(20261205); // Fixed seed: the same meetings on every run.
    QList<ui::CalendarEntry> entries;
    entries.reserve(meetings);
    for (int i = 0; i < meetings; ++i) {
        ui::CalendarEntry entry;
        entry.bidId = QStringLiteral("bid_%1").arg(i);
        entry.meetingId = QStringLiteral("meeting_%1").arg(i);
        entry.fanName = QStringLiteral("Fan %1").arg(i % 700);
        const QDate day = firstDay.addDays(random.bounded(SpreadDays));
        // Starts on quarter hours from 07:00 to 22:45, so some meetings of a day overlap.
        const QTime time(7 + random.bounded(16), 15 * random.bounded(4));
        entry.terms.start = QDateTime(day, time, QTimeZone::utc());
        entry.terms.end = entry.terms.start.addSecs(60 * (30 + 15 * random.bounded(8)));
        entry.terms.timeZone = zones.at(i % zones.size());
        if (i % 3 == 0)
            entry.terms.link = QUrl(QStringLiteral("https://meet.example/room-%1").arg(i));
        else
            entry.terms.place = QStringLiteral("Café %1, Main Street").arg(i % 50);
        const int kind = random.bounded(10);
        // 60 % scheduled, 20 % completed, 10 % cancelled and 10 % tentative.
        entry.status = BidStatus::Scheduled;
        if (kind >= 6)
            entry.status = BidStatus::Completed;
        if (kind == 8)
            entry.status = BidStatus::Cancelled;
        entry.tentative = kind == 9;
        if (entry.tentative)
            entry.status = BidStatus::Accepted;
        entry.escrow = escrowStateFor(entry.status);
        entries.append(entry);
    }
    return entries;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

CalendarPaintFigures measureCalendarPaint(int meetings, int runs)
{
    CalendarPaintFigures figures;
    figures.meetings = meetings;
    figures.runs = runs;
    const QDate firstDay = QDate::currentDate().addDays(-SpreadDays / 4);
    const QList<ui::CalendarEntry> entries = syntheticEntries(meetings, firstDay);

    QList<ui::CalendarMarker> markers;
    BusyBlocks busy;
    for (int day = 0; day < SpreadDays; day += 3) {
        const QDateTime at(firstDay.addDays(day), QTime(18, 0), QTimeZone::utc());
        markers.append({ui::CalendarMarker::Kind::BidExpiry, QStringLiteral("pending_%1").arg(day),
                        QStringLiteral("Fan"), at});
        busy.append({QStringLiteral("uid-%1").arg(day), QStringLiteral("work.ics"), QStringLiteral("Rehearsal"),
                     at.addSecs(-4 * 3600), at.addSecs(-2 * 3600)});
    }

    ui::MeetingCalendar calendar;
    calendar.resize(1200, 900);
    calendar.show();
    QApplication::processEvents();

    QList<double> setTimes;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        calendar.setEntries(entries);
        setTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    figures.setEntriesMs = median(setTimes);
    calendar.setMarkers(markers);
    calendar.setBusyBlocks(busy);

    const auto timeMoves = [&calendar, runs](const std::function<void()> &move) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QApplication::processEvents(); // Posted events of the previous move do not count.
            QElapsedTimer timer;
            timer.start();
            move();
            calendar.repaint();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };

    calendar.setView(ui::MeetingCalendar::View::Month);
    calendar.setCurrentDate(QDate::currentDate());
    calendar.repaint();
    figures.nextMonthMs = timeMoves([&calendar] { calendar.monthView()->showNextMonth(); });

    calendar.setView(ui::MeetingCalendar::View::Week);
    calendar.setCurrentDate(QDate::currentDate());
    ui::TimeGridView *week = calendar.weekPage()->view();
    week->setFocus();
    calendar.repaint();
    figures.nextWeekMs = timeMoves([week] {
        QKeyEvent pageDown(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QCoreApplication::sendEvent(week, &pageDown);
    });
    return figures;
}

void addCalendarPaintFigures(Report &report, int meetings)
{
    const CalendarPaintFigures figures = measureCalendarPaint(meetings);
    report.add({QStringLiteral("calendar next month"), figures.nextMonthMs, QStringLiteral("ms"), TargetMs, false});
    report.add({QStringLiteral("calendar next week"), figures.nextWeekMs, QStringLiteral("ms"), TargetMs, false});
    Report::detail(QStringLiteral("%1 meetings, median of %2 moves, each to the end of a synchronous repaint; "
                                  "setEntries with all meetings took %3 ms")
                       .arg(figures.meetings)
                       .arg(figures.runs)
                       .arg(figures.setEntriesMs, 0, 'f', 1));
}

} // namespace mesi::bench
