#include "sync/reminders.h"

#include <QTest>

#include <algorithm>

using namespace mesi;
using mesi::sync::Reminder;
using mesi::sync::ReminderKind;
using mesi::sync::ReminderOptions;

namespace {

/// The KYF deadline or meeting start of every bid in the table.
const QDateTime EventTime(QDate(2025, 3, 1), QTime(18, 0), Qt::UTC);

Bid kyfBid(const QString &id, const QDateTime &deadline, BidStatus status = BidStatus::Accepted,
           KyfState state = KyfState::Requested)
{
    Bid bid;
    bid.id = id;
    bid.fanName = QStringLiteral("Lena");
    bid.status = status;
    bid.kyf.state = state;
    bid.kyf.fields = {KyfField::LegalName};
    bid.kyf.deadline = deadline;
    return bid;
}

Bid meetingBid(const QString &id, const QDateTime &start, BidStatus status = BidStatus::Scheduled)
{
    Bid bid;
    bid.id = id;
    bid.fanName = QStringLiteral("Mara");
    bid.status = status;
    bid.meeting.id = QStringLiteral("meeting_") + id;
    bid.meeting.terms.start = start;
    bid.meeting.terms.end = start.addSecs(3600);
    bid.meeting.terms.timeZone = QStringLiteral("Europe/Berlin");
    bid.meeting.terms.place = QStringLiteral("Café Einstein");
    return bid;
}

QString kyfId(const QString &bidId, const QDateTime &deadline)
{
    return QStringLiteral("kyf:%1:%2").arg(bidId).arg(deadline.toMSecsSinceEpoch());
}

QString meetingId(const QString &meeting, const QDateTime &start, int leadMinutes = 60)
{
    return QStringLiteral("meeting:%1:%2:%3m").arg(meeting).arg(start.toMSecsSinceEpoch()).arg(leadMinutes);
}

} // namespace

/// Which KYF deadlines and meetings are due for a reminder at a given time.
class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueReminders_data();
    void dueReminders();
    void reminderDescribesBid();
    void movedMeetingGetsNewId();
    void sortedByEventTime();
    void bidWithoutDeadlineHasNone();
    void twoLeadTimesEachRemindOnce();
    void sleepShowsOnlyShortestLead();
    void shortestShownSilencesLonger();
};

void TestReminders::dueReminders_data()
{
    QTest::addColumn<Bid>("bid");
    QTest::addColumn<qint64>("secondsAfterEvent");
    QTest::addColumn<QStringList>("alreadyShown");
    QTest::addColumn<bool>("kyfOn");
    QTest::addColumn<bool>("meetingsOn");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("missed");

    const Bid kyf = kyfBid(QStringLiteral("b1"), EventTime);
    const Bid meeting = meetingBid(QStringLiteral("b2"), EventTime);
    const qint64 kyfLead = 6 * 3600;
    const qint64 meetingLead = 3600;
    const qint64 window = 24 * 3600;

    QTest::newRow("kyf before lead") << kyf << -kyfLead - 1 << QStringList() << true << true << false << false;
    QTest::newRow("kyf lead starts") << kyf << -kyfLead << QStringList() << true << true << true << false;
    QTest::newRow("kyf inside lead") << kyf << qint64(-5 * 3600 - 40 * 60) << QStringList() << true << true
                                     << true << false;
    QTest::newRow("kyf one second left") << kyf << qint64(-1) << QStringList() << true << true << true << false;
    QTest::newRow("kyf at deadline") << kyf << qint64(0) << QStringList() << true << true << true << true;
    QTest::newRow("kyf after deadline") << kyf << qint64(3 * 3600) << QStringList() << true << true << true
                                        << true;
    QTest::newRow("kyf window ends") << kyf << window << QStringList() << true << true << true << true;
    QTest::newRow("kyf older than window") << kyf << window + 1 << QStringList() << true << true << false
                                           << false;
    QTest::newRow("kyf already shown") << kyf << qint64(-3600) << QStringList{kyfId(kyf.id, EventTime)} << true
                                       << true << false << false;
    QTest::newRow("kyf switched off") << kyf << qint64(-3600) << QStringList() << false << true << false << false;
    QTest::newRow("kyf off keeps meetings") << meeting << qint64(-600) << QStringList() << false << true << true
                                            << false;
    QTest::newRow("kyf consented")
        << kyfBid(QStringLiteral("b3"), EventTime, BidStatus::Accepted, KyfState::Consented) << qint64(-3600)
        << QStringList() << true << true << false << false;
    QTest::newRow("kyf not required")
        << kyfBid(QStringLiteral("b4"), EventTime, BidStatus::Accepted, KyfState::NotRequired) << qint64(-3600)
        << QStringList() << true << true << false << false;
    QTest::newRow("kyf on cancelled bid")
        << kyfBid(QStringLiteral("b5"), EventTime, BidStatus::Cancelled) << qint64(-3600) << QStringList() << true
        << true << false << false;
    QTest::newRow("kyf on scheduled bid")
        << kyfBid(QStringLiteral("b6"), EventTime, BidStatus::Scheduled) << qint64(-3600) << QStringList()
        << true << true << false << false;

    QTest::newRow("meeting before lead") << meeting << -meetingLead - 1 << QStringList() << true << true << false
                                         << false;
    QTest::newRow("meeting lead starts") << meeting << -meetingLead << QStringList() << true << true << true
                                         << false;
    QTest::newRow("meeting in 45 min") << meeting << qint64(-45 * 60) << QStringList() << true << true << true
                                       << false;
    QTest::newRow("meeting started") << meeting << qint64(0) << QStringList() << true << true << true << true;
    QTest::newRow("meeting after sleep") << meeting << qint64(3 * 3600) << QStringList() << true << true << true
                                         << true;
    QTest::newRow("meeting older than window") << meeting << window + 1 << QStringList() << true << true << false
                                               << false;
    QTest::newRow("meeting already shown")
        << meeting << qint64(-600) << QStringList{meetingId(meeting.meeting.id, EventTime)} << true << true
        << false << false;
    QTest::newRow("meeting switched off") << meeting << qint64(-600) << QStringList() << true << false << false
                                          << false;
    QTest::newRow("meetings off keeps kyf") << kyf << qint64(-600) << QStringList() << true << false << true
                                            << false;
    QTest::newRow("meeting on completed bid")
        << meetingBid(QStringLiteral("b7"), EventTime, BidStatus::Completed) << qint64(-600) << QStringList()
        << true << true << false << false;
    QTest::newRow("meeting on cancelled bid")
        << meetingBid(QStringLiteral("b8"), EventTime, BidStatus::Cancelled) << qint64(-600) << QStringList()
        << true << true << false << false;

    Bid noMeeting = meetingBid(QStringLiteral("b9"), EventTime);
    noMeeting.meeting = Meeting();
    QTest::newRow("scheduled without meeting") << noMeeting << qint64(-600) << QStringList() << true << true
                                               << false << false;
}

void TestReminders::dueReminders()
{
    QFETCH(Bid, bid);
    QFETCH(qint64, secondsAfterEvent);
    QFETCH(QStringList, alreadyShown);
    QFETCH(bool, kyfOn);
    QFETCH(bool, meetingsOn);
    QFETCH(bool, due);
    QFETCH(bool, missed);

    ReminderOptions options;
    options.kyfDeadlines = kyfOn;
    options.meetings = meetingsOn;
    options.meetingLeadSeconds = {3600};
    const QSet<QString> shown(alreadyShown.begin(), alreadyShown.end());

    const QList<Reminder> reminders =
        sync::dueReminders({bid}, EventTime.addSecs(secondsAfterEvent), shown, options);

    QCOMPARE(reminders.size(), due ? 1 : 0);
    if (due)
        QCOMPARE(reminders.constFirst().missed, missed);
}

void TestReminders::twoLeadTimesEachRemindOnce()
{
    const Bid meeting = meetingBid(QStringLiteral("b1"), EventTime);
    const QString dayId = meetingId(QStringLiteral("meeting_b1"), EventTime, 24 * 60);
    const QString hourId = meetingId(QStringLiteral("meeting_b1"), EventTime, 60);

    QVERIFY(sync::dueReminders({meeting}, EventTime.addSecs(-24 * 3600 - 1), {}, ReminderOptions()).isEmpty());

    const QList<Reminder> dayBefore =
        sync::dueReminders({meeting}, EventTime.addSecs(-23 * 3600), {}, ReminderOptions());
    QCOMPARE(dayBefore.size(), 1);
    QCOMPARE(dayBefore.constFirst().id, dayId);
    QCOMPARE(dayBefore.constFirst().leadSeconds, 24 * 3600);
    QVERIFY(dayBefore.constFirst().supersededIds.isEmpty());
    QVERIFY(!dayBefore.constFirst().missed);

    // Two hours before, the day reminder was shown and the hour one is not due yet.
    QVERIFY(sync::dueReminders({meeting}, EventTime.addSecs(-2 * 3600), {dayId}, ReminderOptions()).isEmpty());

    const QList<Reminder> hourBefore =
        sync::dueReminders({meeting}, EventTime.addSecs(-30 * 60), {dayId}, ReminderOptions());
    QCOMPARE(hourBefore.size(), 1);
    QCOMPARE(hourBefore.constFirst().id, hourId);
    QCOMPARE(hourBefore.constFirst().leadSeconds, 3600);
    QVERIFY(hourBefore.constFirst().supersededIds.isEmpty());

    QVERIFY(sync::dueReminders({meeting}, EventTime.addSecs(-10 * 60), {dayId, hourId}, ReminderOptions())
                .isEmpty());
}

void TestReminders::sleepShowsOnlyShortestLead()
{
    // The computer slept from two days before the meeting until ten minutes after its start.
    const Bid meeting = meetingBid(QStringLiteral("b1"), EventTime);
    const QList<Reminder> onWake = sync::dueReminders({meeting}, EventTime.addSecs(600), {}, ReminderOptions());
    QCOMPARE(onWake.size(), 1);
    QCOMPARE(onWake.constFirst().id, meetingId(QStringLiteral("meeting_b1"), EventTime, 60));
    QVERIFY(onWake.constFirst().missed);
    QCOMPARE(onWake.constFirst().supersededIds,
             QStringList{meetingId(QStringLiteral("meeting_b1"), EventTime, 24 * 60)});
}

void TestReminders::shortestShownSilencesLonger()
{
    // A lead time added after the hour reminder was shown must not remind late.
    const Bid meeting = meetingBid(QStringLiteral("b1"), EventTime);
    const QSet<QString> shown{meetingId(QStringLiteral("meeting_b1"), EventTime, 60)};
    QVERIFY(sync::dueReminders({meeting}, EventTime.addSecs(-600), shown, ReminderOptions()).isEmpty());
}

void TestReminders::reminderDescribesBid()
{
    const QList<Reminder> reminders =
        sync::dueReminders({kyfBid(QStringLiteral("b1"), EventTime), meetingBid(QStringLiteral("b2"), EventTime)},
                           EventTime.addSecs(-600), {}, ReminderOptions());
    QCOMPARE(reminders.size(), 2);

    const auto kyf = std::find_if(reminders.begin(), reminders.end(),
                                  [](const Reminder &r) { return r.kind == ReminderKind::KyfDeadline; });
    QVERIFY(kyf != reminders.end());
    QCOMPARE(kyf->id, kyfId(QStringLiteral("b1"), EventTime));
    QCOMPARE(kyf->bidId, QStringLiteral("b1"));
    QCOMPARE(kyf->fanName, QStringLiteral("Lena"));
    QCOMPARE(kyf->eventAt, EventTime);

    const auto meeting = std::find_if(reminders.begin(), reminders.end(),
                                      [](const Reminder &r) { return r.kind == ReminderKind::MeetingSoon; });
    QVERIFY(meeting != reminders.end());
    QCOMPARE(meeting->id, meetingId(QStringLiteral("meeting_b2"), EventTime));
    QCOMPARE(meeting->bidId, QStringLiteral("b2"));
    QCOMPARE(meeting->fanName, QStringLiteral("Mara"));
    QCOMPARE(meeting->eventAt, EventTime);
}

void TestReminders::movedMeetingGetsNewId()
{
    const Bid before = meetingBid(QStringLiteral("b1"), EventTime);
    const QDateTime movedStart = EventTime.addSecs(30 * 60);
    const Bid moved = meetingBid(QStringLiteral("b1"), movedStart);
    const QDateTime now = EventTime.addSecs(-600);

    const QList<Reminder> first = sync::dueReminders({before}, now, {}, ReminderOptions());
    QCOMPARE(first.size(), 1);

    const QSet<QString> shown{first.constFirst().id};
    const QList<Reminder> again = sync::dueReminders({moved}, now, shown, ReminderOptions());
    QCOMPARE(again.size(), 1);
    QVERIFY(again.constFirst().id != first.constFirst().id);
    QCOMPARE(again.constFirst().id, meetingId(QStringLiteral("meeting_b1"), movedStart));
    QCOMPARE(again.constFirst().eventAt, movedStart);
}

void TestReminders::sortedByEventTime()
{
    const QList<Bid> bids = {
        meetingBid(QStringLiteral("late"), EventTime.addSecs(40 * 60)),
        kyfBid(QStringLiteral("early"), EventTime.addSecs(-2 * 3600)),
        meetingBid(QStringLiteral("middle"), EventTime.addSecs(10 * 60)),
    };

    const QList<Reminder> reminders = sync::dueReminders(bids, EventTime, {}, ReminderOptions());

    QCOMPARE(reminders.size(), 3);
    QCOMPARE(reminders.at(0).bidId, QStringLiteral("early"));
    QVERIFY(reminders.at(0).missed);
    QCOMPARE(reminders.at(1).bidId, QStringLiteral("middle"));
    QCOMPARE(reminders.at(2).bidId, QStringLiteral("late"));
    QVERIFY(!reminders.at(2).missed);
}

void TestReminders::bidWithoutDeadlineHasNone()
{
    const Bid bid = kyfBid(QStringLiteral("b1"), QDateTime());
    QVERIFY(sync::dueReminders({bid}, EventTime, {}, ReminderOptions()).isEmpty());
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
