#include "ui/calendar/icsexportdialog.h"
#include "ui/calendar/icsimport.h"

#include "ical/icsparser.h"
#include "store/localcache.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;
using mesi::ui::IcsExportDialog;
using mesi::ui::IcsImport;

namespace {

const QDate Day(2026, 6, 10);

Bid makeBid(const QString &id, int dayOffset, BidStatus status = BidStatus::Scheduled)
{
    Bid bid;
    bid.id = QStringLiteral("bid_") + id;
    bid.fanId = QStringLiteral("fan_") + id;
    bid.fanName = QStringLiteral("Fan ") + id;
    bid.status = status;
    bid.version = 7;
    bid.meeting.id = QStringLiteral("mtg_") + id;
    bid.meeting.terms.start = QDateTime(Day.addDays(dayOffset), QTime(9, 0), Qt::UTC);
    bid.meeting.terms.end = bid.meeting.terms.start.addSecs(3600);
    bid.meeting.terms.timeZone = QStringLiteral("Europe/Berlin");
    bid.meeting.terms.place = QStringLiteral("Studio");
    return bid;
}

QList<ical::CalendarEvent> sampleEvents()
{
    Bid pending = makeBid(QStringLiteral("none"), 0, BidStatus::Pending);
    pending.meeting = Meeting{};
    return ui::calendarEventsOf({makeBid(QStringLiteral("a"), 0), makeBid(QStringLiteral("b"), 3),
                                 makeBid(QStringLiteral("c"), 40, BidStatus::Cancelled), pending});
}

QStringList uidsOf(const QList<ical::CalendarEvent> &events)
{
    QStringList uids;
    for (const ical::CalendarEvent &event : events)
        uids.append(event.uid);
    return uids;
}

} // namespace

class TestIcsDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportSelectedMeeting();
    void exportDateRange();
    void exportWithoutSelection();
    void exportWritesChosenFile();
    void exportCancelledChooserKeepsDialog();
    void importStoresBlocks();
    void importFailureKeepsEarlierBlocks();
    void importMissingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalCache> m_cache;
};

void TestIcsDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(store::LocalCache::inMemoryPath());
    QVERIFY(cache);
    m_cache = std::move(cache).value();
}

void TestIcsDialogs::exportSelectedMeeting()
{
    IcsExportDialog dialog(sampleEvents(), ical::meetingUid(QStringLiteral("mtg_b")));

    QCOMPARE(dialog.scope(), IcsExportDialog::Scope::Meeting);
    QVERIFY(dialog.meetingButton()->isEnabled());
    QVERIFY(!dialog.fromEdit()->isEnabled());
    QCOMPARE(uidsOf(dialog.selectedEvents()), QStringList{ical::meetingUid(QStringLiteral("mtg_b"))});
    QCOMPARE(dialog.countLabel()->text(), QStringLiteral("Meetings in the file: 1"));
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY(!dialog.meetingButton()->accessibleName().isEmpty());
    QVERIFY(!dialog.fromEdit()->accessibleName().isEmpty());
    QVERIFY(!dialog.toEdit()->accessibleName().isEmpty());

    const QByteArray data = dialog.calendarData();
    QVERIFY(data.contains("SUMMARY:Meeting with Fan b\r\n"));
    QVERIFY(data.contains("SEQUENCE:7\r\n"));
    QVERIFY(!data.contains("fan_b"));
    QVERIFY(!data.contains("mtg_a"));
}

void TestIcsDialogs::exportDateRange()
{
    IcsExportDialog dialog(sampleEvents(), ical::meetingUid(QStringLiteral("mtg_a")));
    dialog.setDateRange(Day, Day.addDays(3));

    QCOMPARE(dialog.scope(), IcsExportDialog::Scope::DateRange);
    QVERIFY(dialog.fromEdit()->isEnabled());
    QCOMPARE(uidsOf(dialog.selectedEvents()),
             (QStringList{ical::meetingUid(QStringLiteral("mtg_a")), ical::meetingUid(QStringLiteral("mtg_b"))}));

    // The cancelled meeting 40 days later is exported with STATUS:CANCELLED.
    dialog.toEdit()->setDate(Day.addDays(45));
    QCOMPARE(dialog.selectedEvents().size(), 3);
    QVERIFY(dialog.calendarData().contains("STATUS:CANCELLED\r\n"));

    // The last day cannot move before the first.
    dialog.fromEdit()->setDate(Day.addDays(50));
    QCOMPARE(dialog.toEdit()->date(), Day.addDays(50));
    QVERIFY(dialog.selectedEvents().isEmpty());
    QVERIFY(!dialog.exportButton()->isEnabled());
}

void TestIcsDialogs::exportWithoutSelection()
{
    IcsExportDialog dialog(sampleEvents(), QStringLiteral("meeting-unknown@mesi.example"));

    QVERIFY(!dialog.meetingButton()->isEnabled());
    QCOMPARE(dialog.scope(), IcsExportDialog::Scope::DateRange);
}

void TestIcsDialogs::exportWritesChosenFile()
{
    IcsExportDialog dialog(sampleEvents(), ical::meetingUid(QStringLiteral("mtg_a")));
    const QString path = m_dir->filePath(QStringLiteral("out.ics"));
    QString suggested;
    dialog.setFileChooser([&](QWidget *, const QString &name) {
        suggested = name;
        return path;
    });

    dialog.exportButton()->click();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(suggested, QStringLiteral("meeting.ics"));
    QCOMPARE(dialog.savedPath(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ical::ImportOptions options;
    options.now = QDateTime(Day, QTime(0, 0), Qt::UTC);
    const Result<BusyBlocks> blocks =
        ical::parseBusyBlocks(file.readAll(), QStringLiteral("out.ics"), options);
    QVERIFY2(blocks.ok(), blocks.ok() ? "" : qPrintable(blocks.error().message));
    QCOMPARE(blocks->size(), 1);
    QCOMPARE(blocks->constFirst().start, QDateTime(Day, QTime(9, 0), Qt::UTC));
}

void TestIcsDialogs::exportCancelledChooserKeepsDialog()
{
    IcsExportDialog dialog(sampleEvents(), ical::meetingUid(QStringLiteral("mtg_a")));
    dialog.setFileChooser([](QWidget *, const QString &) { return QString(); });
    dialog.show();

    dialog.exportButton()->click();

    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.savedPath().isEmpty());
}

void TestIcsDialogs::importStoresBlocks()
{
    const QString path = m_dir->filePath(QStringLiteral("work.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
               "BEGIN:VEVENT\r\nUID:one\r\nDTSTART:" + start.toString(QStringLiteral("yyyyMMdd'T'HH0000'Z'")).toLatin1()
               + "\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    QWidget window;
    IcsImport import(m_cache.get(), &window);
    QSignalSpy imported(&import, &IcsImport::imported);

    const Result<qsizetype> count = import.importFile(path);

    QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
    QCOMPARE(count.value(), 2);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.constFirst().at(0).toString(), QStringLiteral("work.ics"));
    QVERIFY(import.messageBox());
    QCOMPARE(import.messageBox()->text(), QStringLiteral("Busy blocks imported from work.ics: 2"));
    QCOMPARE(m_cache->busySources().value(), QStringList{QStringLiteral("work.ics")});
    QCOMPARE(m_cache->busyBlocks(start.addDays(-1), start.addDays(5))->size(), 2);
}

void TestIcsDialogs::importFailureKeepsEarlierBlocks()
{
    const QDateTime day(Day, QTime(0, 0), Qt::UTC);
    QVERIFY(m_cache->replaceBusyBlocks(QStringLiteral("work.ics"),
                                       {BusyBlock{QStringLiteral("kept"), QString(), QString(),
                                                  day, day.addSecs(3600)}}));
    const QString path = m_dir->filePath(QStringLiteral("work.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260610T100000Z\r\n"
               "RRULE:FREQ=MONTHLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    QWidget window;
    IcsImport import(m_cache.get(), &window);
    QSignalSpy imported(&import, &IcsImport::imported);

    const Result<qsizetype> count = import.importFile(path);

    QVERIFY(!count.ok());
    QCOMPARE(imported.size(), 0);
    QVERIFY(import.messageBox());
    QCOMPARE(import.messageBox()->icon(), QMessageBox::Warning);
    const QString text = import.messageBox()->text();
    QVERIFY2(text.contains(QLatin1String("work.ics")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Line 5:")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("FREQ=MONTHLY is not supported")), qPrintable(text));
    const BusyBlocks blocks = m_cache->busyBlocks(day, day.addDays(1)).value();
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.constFirst().uid, QStringLiteral("kept"));
}

void TestIcsDialogs::importMissingFile()
{
    QWidget window;
    IcsImport import(m_cache.get(), &window);

    const Result<qsizetype> count = import.importFile(m_dir->filePath(QStringLiteral("absent.ics")));

    QVERIFY(!count.ok());
    QVERIFY(import.messageBox());
    QVERIFY2(import.messageBox()->text().contains(QLatin1String("Cannot read")),
             qPrintable(import.messageBox()->text()));
    QVERIFY2(import.messageBox()->text().contains(QLatin1String("absent.ics")),
             qPrintable(import.messageBox()->text()));
}

QTEST_MAIN(TestIcsDialogs)
#include "tst_icsdialogs.moc"
