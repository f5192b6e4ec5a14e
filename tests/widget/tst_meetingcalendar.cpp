#include "ui/calendar/agendamodel.h"
#include "ui/calendar/meetingcalendar.h"
#include "ui/calendar/meetingmonthview.h"
#include "ui/calendar/meetingtext.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>

#include <algorithm>
#include <cmath>

using namespace mesi;
using mesi::ui::AgendaModel;
using mesi::ui::CalendarEntry;
using mesi::ui::MeetingCalendar;
using mesi::ui::MeetingText;

namespace {

const QDate Today = QDate::currentDate();

CalendarEntry makeEntry(const QString &bidId, QDate day, QTime startUtc, const QString &zone,
                        BidStatus status = BidStatus::Scheduled)
{
    CalendarEntry entry;
    entry.bidId = bidId;
    entry.meetingId = QStringLiteral("meeting_") + bidId;
    entry.fanName = QStringLiteral("Fan ") + bidId;
    entry.terms.start = QDateTime(day, startUtc, Qt::UTC);
    entry.terms.end = entry.terms.start.addSecs(60 * 60);
    entry.terms.timeZone = zone;
    entry.terms.place = QStringLiteral("Café Central");
    entry.status = status;
    entry.escrow = escrowStateFor(status);
    return entry;
}

/// Five meetings on four days: three in UTC (one cancelled, one past), one in Tokyo, one in an unknown zone.
QList<CalendarEntry> sampleEntries()
{
    CalendarEntry tokyo = makeEntry(QStringLiteral("bid_tokyo"), Today.addDays(2), QTime(11, 0),
                                    QStringLiteral("Asia/Tokyo"));
    tokyo.terms.place.clear();
    tokyo.terms.link = QUrl(QStringLiteral("https://meet.example/room"));
    return {
        tokyo,
        makeEntry(QStringLiteral("bid_unknown"), Today.addDays(3), QTime(9, 0), QStringLiteral("Mars/Olympus_Mons")),
        makeEntry(QStringLiteral("bid_local"), Today, QTime(14, 0), QStringLiteral("UTC")),
        makeEntry(QStringLiteral("bid_cancelled"), Today.addDays(2), QTime(8, 0), QStringLiteral("UTC"),
                  BidStatus::Cancelled),
        makeEntry(QStringLiteral("bid_past"), Today.addDays(-5), QTime(10, 0), QStringLiteral("UTC"),
                  BidStatus::Completed),
    };
}

QString shortTime(int hour)
{
    return QLocale().toString(QTime(hour, 0), QLocale::ShortFormat);
}

QString range(int startHour, int endHour)
{
    return shortTime(startHour) + QStringLiteral("–") + shortTime(endHour);
}

/// Bid ids of the rows, with "#" for each day header.
QStringList rowsOf(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        rows.append(index.data(AgendaModel::DayHeaderRole).toBool()
                        ? QStringLiteral("#")
                        : index.data(AgendaModel::BidIdRole).toString());
    }
    return rows;
}

QString textOfBid(const AgendaModel &model, const QString &bidId)
{
    const int row = model.rowOfBid(bidId);
    return row < 0 ? QString() : model.index(row).data().toString();
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

/// WCAG 2 contrast ratio, from 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b)
{
    const double lighter = std::max(relativeLuminance(a), relativeLuminance(b));
    const double darker = std::min(relativeLuminance(a), relativeLuminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

class TestMeetingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timeText_data();
    void timeText();
    void statusColorsReadable_data();
    void statusColorsReadable();
    void monthViewMarksMeetingDays();
    void selectedDayListsMeetings();
    void pagingSelectsDayOfNewMonth();
    void agendaGroupsByDay();
    void agendaShowsPastOnRequest();
    void dualZoneOnlyWhereOffsetDiffers();
    void unknownZoneKeptWithWarning();
    void cancelledEntryShowsStatus();
    void enterActivatesMeeting();
    void headerActivatesNothing();
    void todayButtonSelectsToday();
    void interactiveWidgetsNamed();
    void manyEntriesStayUsable();
};

void TestMeetingCalendar::initTestCase()
{
    QVERIFY2(QDateTime::currentDateTime().offsetFromUtc() == 0,
             "the expected texts assume the computer's zone is UTC; run with TZ=UTC as ctest does");
}

void TestMeetingCalendar::timeText_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning");

    const QDate summer(2025, 7, 15); // A Tuesday, when New York keeps daylight-saving time.
    const QString wednesday = QLocale().dayName(3, QLocale::ShortFormat);

    QTest::newRow("same zone") << QDateTime(summer, QTime(14, 0), Qt::UTC) << 60 << QStringLiteral("UTC")
                               << range(14, 15) << QString();
    QTest::newRow("Tokyo") << QDateTime(summer, QTime(11, 0), Qt::UTC) << 60 << QStringLiteral("Asia/Tokyo")
                           << range(11, 12) + QStringLiteral(" (") + range(20, 21) + QStringLiteral(" Asia/Tokyo)")
                           << QString();
    QTest::newRow("Tokyo next day")
        << QDateTime(summer, QTime(17, 0), Qt::UTC) << 60 << QStringLiteral("Asia/Tokyo")
        << range(17, 18) + QStringLiteral(" (") + wednesday + QLatin1Char(' ') + range(2, 3)
               + QStringLiteral(" Asia/Tokyo)")
        << QString();
    QTest::newRow("New York summer")
        << QDateTime(summer, QTime(14, 0), Qt::UTC) << 60 << QStringLiteral("America/New_York")
        << range(14, 15) + QStringLiteral(" (") + range(10, 11) + QStringLiteral(" America/New_York)") << QString();
    QTest::newRow("London winter equals UTC")
        << QDateTime(QDate(2025, 1, 15), QTime(14, 0), Qt::UTC) << 60 << QStringLiteral("Europe/London")
        << range(14, 15) << QString();
    QTest::newRow("past local midnight")
        << QDateTime(summer, QTime(23, 0), Qt::UTC) << 120 << QStringLiteral("UTC")
        << shortTime(23) + QStringLiteral("–") + wednesday + QLatin1Char(' ') + shortTime(1) << QString();
    QTest::newRow("unknown zone")
        << QDateTime(summer, QTime(14, 0), Qt::UTC) << 60 << QStringLiteral("Mars/Olympus_Mons")
        << range(14, 15) + QStringLiteral(" (") + range(14, 15) + QStringLiteral(" UTC)")
        << QStringLiteral("Unknown time zone Mars/Olympus_Mons, shown in UTC");
    QTest::newRow("no zone") << QDateTime(summer, QTime(14, 0), Qt::UTC) << 60 << QString()
                             << range(14, 15) + QStringLiteral(" (") + range(14, 15) + QStringLiteral(" UTC)")
                             << QStringLiteral("No time zone given, shown in UTC");
}

void TestMeetingCalendar::timeText()
{
    QFETCH(QDateTime, start);
    QFETCH(int, minutes);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    QFETCH(QString, warning);

    MeetingTerms terms;
    terms.start = start;
    terms.end = start.addSecs(60 * minutes);
    terms.timeZone = zone;

    QString zoneWarning = QStringLiteral("stale");
    QCOMPARE(MeetingText::timeText(terms, QLocale(), &zoneWarning), expected);
    QCOMPARE(zoneWarning, warning);
}

void TestMeetingCalendar::statusColorsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QPalette(Qt::white, QColor(0xef, 0xef, 0xef));
    QTest::newRow("dark") << darkPalette();
}

void TestMeetingCalendar::statusColorsReadable()
{
    QFETCH(QPalette, palette);

    QSet<QRgb> seen;
    for (BidStatus status : {BidStatus::Scheduled, BidStatus::Completed, BidStatus::Cancelled}) {
        const QColor color = MeetingText::statusColor(status, palette);
        seen.insert(color.rgb());
        for (QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
            const double ratio = contrastRatio(color, palette.color(background));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on background role %2: contrast %3")
                                                  .arg(toWire(status)).arg(int(background)).arg(ratio)));
        }
    }
    QCOMPARE(seen.size(), 3);

    // The tint of a day with meetings must keep the palette's text readable too.
    const QColor tint = ui::MeetingMonthView::meetingDayColor(palette);
    QVERIFY(contrastRatio(tint, palette.color(QPalette::Text)) >= 4.5);
}

void TestMeetingCalendar::monthViewMarksMeetingDays()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    const ui::MeetingMonthView *month = calendar.monthView();

    QCOMPARE(month->meetingCount(Today), 1);
    QCOMPARE(month->meetingCount(Today.addDays(2)), 2);
    QCOMPARE(month->meetingCount(Today.addDays(1)), 0);

    const QTextCharFormat marked = month->dateTextFormat(Today.addDays(2));
    QCOMPARE(marked.fontWeight(), int(QFont::Bold));
    QCOMPARE(marked.background().color(), ui::MeetingMonthView::meetingDayColor(month->palette()));
    const QTextCharFormat plain = month->dateTextFormat(Today.addDays(1));
    QVERIFY(plain.fontWeight() != QFont::Bold);
    QCOMPARE(plain.background().style(), Qt::NoBrush);

    // Replacing the entries clears the marks of days that no longer have meetings.
    calendar.setEntries({sampleEntries().constLast()});
    QCOMPARE(month->meetingCount(Today.addDays(2)), 0);
    QCOMPARE(month->dateTextFormat(Today.addDays(2)).background().style(), Qt::NoBrush);
}

void TestMeetingCalendar::selectedDayListsMeetings()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    QAbstractItemModelTester tester(calendar.dayModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&calendar, &MeetingCalendar::selectedDateChanged);

    calendar.setCurrentDate(Today.addDays(2));
    QCOMPARE(calendar.selectedDate(), Today.addDays(2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowsOf(*calendar.dayModel()), (QStringList{QStringLiteral("bid_cancelled"), QStringLiteral("bid_tokyo")}));
    QVERIFY2(calendar.dayHeading()->text().contains(QLatin1String("2 meeting")), qPrintable(calendar.dayHeading()->text()));

    calendar.setCurrentDate(Today.addDays(1));
    QCOMPARE(calendar.dayModel()->rowCount(), 0);
    QVERIFY(calendar.dayHeading()->text().contains(QLatin1String("no meetings")));
}

void TestMeetingCalendar::pagingSelectsDayOfNewMonth()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    calendar.setCurrentDate(QDate(2030, 1, 31));
    calendar.monthView()->showNextMonth();
    // February has no 31st, so the last day of February is selected.
    QCOMPARE(calendar.selectedDate(), QDate(2030, 2, 28));
    QVERIFY2(calendar.dayHeading()->text().contains(QLatin1String("28")),
             qPrintable(calendar.dayHeading()->text()));
    calendar.monthView()->showNextMonth();
    QCOMPARE(calendar.selectedDate(), QDate(2030, 3, 28));
}

void TestMeetingCalendar::agendaGroupsByDay()
{
    MeetingCalendar calendar;
    QAbstractItemModelTester tester(calendar.agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    calendar.setEntries(sampleEntries());

    const QString header = QStringLiteral("#");
    QCOMPARE(rowsOf(*calendar.agendaModel()),
             (QStringList{header, QStringLiteral("bid_local"), header, QStringLiteral("bid_cancelled"),
                          QStringLiteral("bid_tokyo"), header, QStringLiteral("bid_unknown")}));
    QCOMPARE(calendar.agendaModel()->meetingCount(), 4);

    const QModelIndex todayHeader = calendar.agendaModel()->index(0);
    QCOMPARE(todayHeader.data(AgendaModel::DayRole).toDate(), Today);
    QVERIFY(todayHeader.data().toString().startsWith(QLatin1String("Today")));
    QVERIFY(!(todayHeader.flags() & Qt::ItemIsSelectable));
    const QModelIndex laterHeader = calendar.agendaModel()->index(2);
    QCOMPARE(laterHeader.data().toString(), QLocale().toString(Today.addDays(2), QLocale::LongFormat));
}

void TestMeetingCalendar::agendaShowsPastOnRequest()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    QCOMPARE(calendar.agendaModel()->rowOfBid(QStringLiteral("bid_past")), -1);

    calendar.pastCheckBox()->click();
    QVERIFY(calendar.isPastShown());
    QCOMPARE(rowsOf(*calendar.agendaModel()).mid(0, 3),
             (QStringList{QStringLiteral("#"), QStringLiteral("bid_past"), QStringLiteral("#")}));
    QCOMPARE(calendar.agendaModel()->meetingCount(), 5);

    calendar.setPastShown(false);
    QCOMPARE(calendar.agendaModel()->meetingCount(), 4);
}

void TestMeetingCalendar::dualZoneOnlyWhereOffsetDiffers()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    const AgendaModel &agenda = *calendar.agendaModel();

    const QString tokyo = textOfBid(agenda, QStringLiteral("bid_tokyo"));
    QVERIFY2(tokyo.contains(range(11, 12) + QStringLiteral(" (") + range(20, 21) + QStringLiteral(" Asia/Tokyo)")),
             qPrintable(tokyo));
    QVERIFY(tokyo.contains(QLatin1String("Online: https://meet.example/room")));

    const QString local = textOfBid(agenda, QStringLiteral("bid_local"));
    QVERIFY2(local.startsWith(range(14, 15) + QStringLiteral(" · Fan bid_local")), qPrintable(local));
    QVERIFY2(!local.contains(QLatin1Char('(')), qPrintable(local));
    QVERIFY(!local.contains(QLatin1String("UTC")));
    QVERIFY(local.contains(QStringLiteral("Café Central")));
    QVERIFY(local.contains(QLatin1String("Escrow locked")));
}

void TestMeetingCalendar::unknownZoneKeptWithWarning()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    const AgendaModel &agenda = *calendar.agendaModel();

    const int row = agenda.rowOfBid(QStringLiteral("bid_unknown"));
    QVERIFY(row >= 0);
    const QString warning = agenda.index(row).data(AgendaModel::ZoneWarningRole).toString();
    QCOMPARE(warning, QStringLiteral("Unknown time zone Mars/Olympus_Mons, shown in UTC"));
    const QString text = agenda.index(row).data().toString();
    QVERIFY2(text.contains(warning), qPrintable(text));
    QVERIFY2(text.contains(range(9, 10) + QStringLiteral(" UTC)")), qPrintable(text));
    QVERIFY(agenda.index(row).data(Qt::AccessibleTextRole).toString().contains(warning));
}

void TestMeetingCalendar::cancelledEntryShowsStatus()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    const AgendaModel &agenda = *calendar.agendaModel();

    const QModelIndex cancelled = agenda.index(agenda.rowOfBid(QStringLiteral("bid_cancelled")));
    const QModelIndex scheduled = agenda.index(agenda.rowOfBid(QStringLiteral("bid_local")));
    QVERIFY(cancelled.data().toString().contains(QLatin1String("Cancelled")));
    QVERIFY(cancelled.data().toString().contains(QLatin1String("Escrow refunded")));
    QVERIFY(scheduled.data().toString().contains(QLatin1String("Scheduled")));
    QCOMPARE(cancelled.data(AgendaModel::StatusRole).value<BidStatus>(), BidStatus::Cancelled);
    QVERIFY(cancelled.data(Qt::ForegroundRole).value<QColor>() != scheduled.data(Qt::ForegroundRole).value<QColor>());
}

void TestMeetingCalendar::enterActivatesMeeting()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    QSignalSpy activated(&calendar, &MeetingCalendar::meetingActivated);

    calendar.setView(MeetingCalendar::View::Agenda);
    QListView *agenda = calendar.agendaList();
    agenda->setFocus();
    agenda->setCurrentIndex(calendar.agendaModel()->index(calendar.agendaModel()->rowOfBid(QStringLiteral("bid_tokyo"))));
    QTest::keyClick(agenda, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constLast().constFirst().toString(), QStringLiteral("bid_tokyo"));

    // Enter on a day of the month grid moves to that day's meetings, and Enter again opens one.
    calendar.setView(MeetingCalendar::View::Month);
    calendar.setCurrentDate(Today);
    auto *grid = calendar.monthView()->findChild<QAbstractItemView *>();
    QVERIFY(grid);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Return);
    QVERIFY(calendar.dayList()->hasFocus());
    QCOMPARE(calendar.dayList()->currentIndex().data(AgendaModel::BidIdRole).toString(), QStringLiteral("bid_local"));
    QTest::keyClick(calendar.dayList(), Qt::Key_Enter);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.constLast().constFirst().toString(), QStringLiteral("bid_local"));

    calendar.setView(MeetingCalendar::View::Agenda);
    const QModelIndex cancelled =
        calendar.agendaModel()->index(calendar.agendaModel()->rowOfBid(QStringLiteral("bid_cancelled")));
    agenda->scrollTo(cancelled);
    // QTest::mouseDClick on a widget sends only the double-click event, and a view opens an
    // item on it only when the press before it hit the same item.
    const QPoint center = agenda->visualRect(cancelled).center();
    QTest::mouseClick(agenda->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(agenda->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.constLast().constFirst().toString(), QStringLiteral("bid_cancelled"));
}

void TestMeetingCalendar::headerActivatesNothing()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    QSignalSpy activated(&calendar, &MeetingCalendar::meetingActivated);

    Q_EMIT calendar.agendaList()->activated(calendar.agendaModel()->index(0));
    QCOMPARE(activated.count(), 0);
}

void TestMeetingCalendar::todayButtonSelectsToday()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    calendar.setCurrentDate(Today.addDays(40));
    QCOMPARE(calendar.selectedDate(), Today.addDays(40));

    calendar.todayButton()->click();
    QCOMPARE(calendar.selectedDate(), Today);
    QCOMPARE(calendar.monthView()->monthShown(), Today.month());
    QCOMPARE(rowsOf(*calendar.dayModel()), QStringList{QStringLiteral("bid_local")});
}

void TestMeetingCalendar::interactiveWidgetsNamed()
{
    MeetingCalendar calendar;
    calendar.setEntries(sampleEntries());
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));

    QStringList unnamed;
    const QList<QWidget *> widgets = calendar.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Hidden parts such as the grid's headers cannot be reached, but the year field appears on a click.
        if (!widget->isVisibleTo(&calendar) && widget->objectName() != QLatin1String("qt_calendar_yearedit"))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget);
        if (!interactive)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QLatin1String(widget->metaObject()->className()) + QLatin1Char(':') + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMeetingCalendar::manyEntriesStayUsable()
{
    QList<CalendarEntry> entries;
    const QStringList zones{QStringLiteral("UTC"), QStringLiteral("Asia/Tokyo"), QStringLiteral("Europe/Madrid"),
                            QStringLiteral("America/Sao_Paulo")};
    for (int i = 0; i < 5000; ++i) {
        entries.append(makeEntry(QStringLiteral("bid_%1").arg(i), Today.addDays(i % 400 - 100),
                                 QTime(i % 24, 0), zones.at(i % zones.size())));
    }

    MeetingCalendar calendar;
    calendar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calendar));
    QElapsedTimer timer;
    timer.start();
    calendar.setEntries(entries);
    calendar.setCurrentDate(Today.addDays(7));
    QCoreApplication::processEvents();
    qInfo("5000 entries shown in %lld ms", timer.elapsed());

    QCOMPARE(calendar.dayModel()->meetingCount(), 13); // 5000 entries over 400 days: 12 or 13 a day.
    QCOMPARE(calendar.agendaModel()->meetingCount(), 3700); // Today and the 299 days after it.
    // NOTE: a generous bound against accidental quadratic work, not a benchmark of this machine.
    QVERIFY2(timer.elapsed() < 10000, "showing 5000 meetings took longer than 10 s");
}

QTEST_MAIN(TestMeetingCalendar)
#include "tst_meetingcalendar.moc"
