#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"
#include "ui/reminderscheduler.h"
#include "ui/settingsdialog.h"

#include "desktop/consolesettings.h"
#include "sync/creatorsession.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mesi;
using mesi::sync::Reminder;
using mesi::sync::ReminderKind;
using mesi::ui::ReminderScheduler;

namespace {

/// The meeting start and KYF deadline of the bids below; tests run with TZ=UTC.
const QDateTime EventTime(QDate(2025, 3, 1), QTime(19, 0), Qt::UTC);

Bid meetingBid(const QString &id, const QDateTime &start, qint64 version = 1)
{
    Bid bid;
    bid.id = id;
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_") + id;
    bid.fanName = QStringLiteral("Lena");
    bid.amount = Money::parse(QStringLiteral("80.00"), QStringLiteral("EUR")).value();
    bid.status = BidStatus::Scheduled;
    bid.escrow = escrowStateFor(bid.status);
    bid.meeting.id = QStringLiteral("meeting_") + id;
    bid.meeting.terms.start = start;
    bid.meeting.terms.end = start.addSecs(3600);
    bid.meeting.terms.timeZone = QStringLiteral("UTC");
    bid.meeting.terms.place = QStringLiteral("Café Einstein");
    bid.version = version;
    bid.createdAt = EventTime.addDays(-3);
    bid.updatedAt = bid.createdAt;
    return bid;
}

Bid kyfBid(const QString &id, const QDateTime &deadline)
{
    Bid bid = meetingBid(id, EventTime);
    bid.status = BidStatus::Accepted;
    bid.escrow = escrowStateFor(bid.status);
    bid.meeting = Meeting();
    bid.kyf.state = KyfState::Requested;
    bid.kyf.fields = {KyfField::Over18};
    bid.kyf.deadline = deadline;
    return bid;
}

Reminder reminderAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<Reminder>();
}

} // namespace

/// Reminders of KYF deadlines and meetings: shown once, after a sleep and across restarts.
class TestReminderScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reminderOnceInsideLead();
    void sleepShowsMissedReminderOnce();
    void restartShowsNothingAgain();
    void switchedOffKindWaitsUntilOn();
    void movedMeetingRemindsAgain();
    void bidChangeTriggersCheck();
    void shownIdsAreCapped();
    void notifierShowsMeetingText();
    void notifierShowsKyfText();
    void settingsDialogSwitchesReminders();
    void twoLeadTimesRemindOnceEach();
    void sleepThroughBothLeadTimes();
    void defaultLeadTimesAreDayAndHour();
    void settingsDialogEditsLeadTimes();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<ReminderScheduler> createScheduler();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sync::CreatorSession> m_session;
    std::unique_ptr<desktop::ConsoleSettings> m_settings;
    QDateTime m_now;
};

void TestReminderScheduler::initTestCase()
{
    // A fixed locale, so times read "19:00" whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestReminderScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The session never signs in, so it keeps its in-memory cache and never connects.
    m_session = std::make_unique<sync::CreatorSession>(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_settings = std::make_unique<desktop::ConsoleSettings>(settingsFile());
    // Most cases test one lead time; the two-lead cases set their own.
    m_settings->setMeetingReminderMinutes({60});
    m_now = EventTime.addDays(-1);
}

void TestReminderScheduler::cleanup()
{
    m_settings.reset();
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<ReminderScheduler> TestReminderScheduler::createScheduler()
{
    auto scheduler = std::make_unique<ReminderScheduler>(m_session.get(), m_settings.get());
    scheduler->setClock([this] { return m_now; });
    return scheduler;
}

void TestReminderScheduler::reminderOnceInsideLead()
{
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));

    m_now = EventTime.addSecs(-2 * 3600);
    scheduler->check();
    QCOMPARE(due.count(), 0);

    m_now = EventTime.addSecs(-45 * 60);
    scheduler->check();
    QCOMPARE(due.count(), 1);
    const Reminder reminder = reminderAt(due, 0);
    QCOMPARE(reminder.kind, ReminderKind::MeetingSoon);
    QCOMPARE(reminder.bidId, QStringLiteral("b1"));
    QCOMPARE(reminder.eventAt, EventTime);
    QVERIFY(!reminder.missed);

    scheduler->check();
    m_now = EventTime.addSecs(-30 * 60);
    scheduler->check();
    m_now = EventTime.addSecs(60);
    scheduler->check();
    QCOMPARE(due.count(), 1);
}

void TestReminderScheduler::sleepShowsMissedReminderOnce()
{
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));

    m_now = EventTime.addSecs(-2 * 3600);
    scheduler->check();
    QCOMPARE(due.count(), 0);

    // The computer sleeps from two hours before the meeting until three hours after its start.
    m_now = EventTime.addSecs(3 * 3600);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("asleep or the app was blocked for 18000 s")));
    scheduler->check();
    QCOMPARE(due.count(), 1);
    QVERIFY(reminderAt(due, 0).missed);

    scheduler->check();
    m_now = m_now.addSecs(15);
    scheduler->check();
    QCOMPARE(due.count(), 1);
}

void TestReminderScheduler::restartShowsNothingAgain()
{
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));
    m_session->bids()->apply(kyfBid(QStringLiteral("b2"), EventTime));
    m_now = EventTime.addSecs(-10 * 60);
    {
        auto scheduler = createScheduler();
        QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
        scheduler->check();
        QCOMPARE(due.count(), 2);
    }
    QCOMPARE(m_settings->shownReminders().size(), 2);

    // A restart: new settings read from the same file, and a new scheduler.
    m_settings = std::make_unique<desktop::ConsoleSettings>(settingsFile());
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    scheduler->check();
    m_now = EventTime.addSecs(3 * 3600);
    scheduler->check();
    QCOMPARE(due.count(), 0);
}

void TestReminderScheduler::switchedOffKindWaitsUntilOn()
{
    m_settings->setNotifyKyfDeadlines(false);
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_session->bids()->apply(kyfBid(QStringLiteral("b1"), EventTime));
    m_now = EventTime.addSecs(-5 * 3600);
    m_session->bids()->apply(meetingBid(QStringLiteral("b2"), m_now.addSecs(30 * 60)));

    scheduler->check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(reminderAt(due, 0).kind, ReminderKind::MeetingSoon);
    QCOMPARE(m_settings->shownReminders().size(), 1);

    m_settings->setNotifyKyfDeadlines(true);
    scheduler->check();
    QCOMPARE(due.count(), 2);
    QCOMPARE(reminderAt(due, 1).kind, ReminderKind::KyfDeadline);
    QVERIFY(!reminderAt(due, 1).missed);

    m_settings->setNotifyMeetings(false);
    m_session->bids()->apply(meetingBid(QStringLiteral("b3"), m_now.addSecs(40 * 60)));
    scheduler->check();
    QCOMPARE(due.count(), 2);
}

void TestReminderScheduler::movedMeetingRemindsAgain()
{
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));
    m_now = EventTime.addSecs(-40 * 60);
    scheduler->check();
    QCOMPARE(due.count(), 1);

    const QDateTime movedStart = EventTime.addSecs(10 * 60);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), movedStart, 2));
    scheduler->check();
    QCOMPARE(due.count(), 2);
    QCOMPARE(reminderAt(due, 1).eventAt, movedStart);
    QVERIFY(reminderAt(due, 1).id != reminderAt(due, 0).id);
}

void TestReminderScheduler::bidChangeTriggersCheck()
{
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_now = EventTime.addSecs(-20 * 60);

    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));
    QTRY_COMPARE(due.count(), 1);
    QCOMPARE(reminderAt(due, 0).bidId, QStringLiteral("b1"));
}

void TestReminderScheduler::shownIdsAreCapped()
{
    const qsizetype extra = 7;
    for (qsizetype i = 0; i < desktop::ConsoleSettings::MaxShownReminders + extra; ++i)
        m_settings->addShownReminder(QStringLiteral("meeting:m%1:0").arg(i));
    m_settings->addShownReminder(QStringLiteral("meeting:m%1:0").arg(extra + 1));
    m_settings->sync();

    const QStringList shown = desktop::ConsoleSettings(settingsFile()).shownReminders();
    QCOMPARE(shown.size(), desktop::ConsoleSettings::MaxShownReminders);
    QCOMPARE(shown.constFirst(), QStringLiteral("meeting:m%1:0").arg(extra));
    QCOMPARE(shown.constLast(),
             QStringLiteral("meeting:m%1:0").arg(desktop::ConsoleSettings::MaxShownReminders + extra - 1));
}

void TestReminderScheduler::notifierShowsMeetingText()
{
    m_settings->setNewBidSound(false);
    ui::MainWindow window(m_session.get(), m_settings.get());
    ui::DesktopNotifier *notifier = window.notifier();
    QVERIFY(notifier);
    notifier->reminders()->setClock([this] { return m_now; });
    QSignalSpy notified(notifier, &ui::DesktopNotifier::notified);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));

    m_now = EventTime.addSecs(-45 * 60);
    notifier->reminders()->check();
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("b1"));
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("Meeting in 45 min"));
    // The fan's name is isolated, so a right-to-left name cannot reorder the time after it.
    QCOMPARE(notified.at(0).at(2).toString(),
             QStringLiteral("Meeting with \u2068Lena\u2069 at 19:00 · Café Einstein"));
    // A click on the notification opens the bid it names.
    QCOMPARE(notifier->lastNotifiedBidId(), QStringLiteral("b1"));

    m_session->bids()->apply(meetingBid(QStringLiteral("b2"), EventTime.addSecs(-3600)));
    notifier->reminders()->check();
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(1).toString(), QStringLiteral("Meeting already started"));
    QCOMPARE(notified.at(1).at(2).toString(),
             QStringLiteral("Your meeting with \u2068Lena\u2069 started at 18:00 · Café Einstein, before the console "
                            "could remind you."));
}

void TestReminderScheduler::notifierShowsKyfText()
{
    m_settings->setNewBidSound(false);
    ui::MainWindow window(m_session.get(), m_settings.get());
    ui::DesktopNotifier *notifier = window.notifier();
    QVERIFY(notifier);
    notifier->reminders()->setClock([this] { return m_now; });
    QSignalSpy notified(notifier, &ui::DesktopNotifier::notified);
    m_session->bids()->apply(kyfBid(QStringLiteral("b1"), EventTime));
    m_session->bids()->apply(kyfBid(QStringLiteral("b2"), EventTime.addSecs(-3600)));

    // 5 h 39 min 30 s before the deadline of b1, which rounds up to 5 h 40 min.
    m_now = EventTime.addSecs(-(5 * 3600 + 39 * 60 + 30));
    notifier->reminders()->check();
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("b2"));
    QCOMPARE(notified.at(0).at(2).toString(),
             QStringLiteral("\u2068Lena\u2069 has 4 h 40 min left to answer the KYF request (until 18:00)."));
    QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("b1"));
    QCOMPARE(notified.at(1).at(1).toString(), QStringLiteral("KYF deadline soon"));
    QCOMPARE(notified.at(1).at(2).toString(),
             QStringLiteral("\u2068Lena\u2069 has 5 h 40 min left to answer the KYF request (until 19:00)."));

    // A deadline on another day shows its date, and a whole number of hours shows no minutes.
    m_now = QDateTime(QDate(2025, 3, 1), QTime(20, 0), Qt::UTC);
    m_session->bids()->apply(kyfBid(QStringLiteral("b3"), m_now.addSecs(6 * 3600)));
    notifier->reminders()->check();
    QCOMPARE(notified.count(), 3);
    QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("b3"));
    QCOMPARE(notified.at(2).at(2).toString(),
             QStringLiteral("\u2068Lena\u2069 has 6 h left to answer the KYF request (until 02/03/2025 02:00)."));
}

void TestReminderScheduler::settingsDialogSwitchesReminders()
{
    ui::SettingsDialog dialog(m_settings.get(), QStringLiteral("/tmp/mesi-console.log"));
    QVERIFY(dialog.kyfDeadlineReminders()->isChecked());
    QVERIFY(dialog.meetingReminders()->isChecked());

    QSignalSpy changed(m_settings.get(), &desktop::ConsoleSettings::notificationSettingsChanged);
    dialog.kyfDeadlineReminders()->setChecked(false);
    dialog.meetingReminders()->setChecked(false);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_settings->notifyKyfDeadlines());
    QVERIFY(!m_settings->notifyMeetings());
    QVERIFY(!dialog.kyfDeadlineReminders()->accessibleDescription().isEmpty());
    QVERIFY(!dialog.meetingReminders()->accessibleDescription().isEmpty());
}

void TestReminderScheduler::twoLeadTimesRemindOnceEach()
{
    m_settings->setMeetingReminderMinutes({24 * 60, 60});
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));

    m_now = EventTime.addDays(-2);
    scheduler->check();
    QCOMPARE(due.count(), 0);

    m_now = EventTime.addSecs(-23 * 3600);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("asleep or the app was blocked")));
    scheduler->check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(reminderAt(due, 0).leadSeconds, 24 * 3600);
    QVERIFY(!reminderAt(due, 0).missed);

    // The computer sleeps until ten minutes after the start: the hour reminder comes late, once.
    m_now = EventTime.addSecs(600);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("asleep or the app was blocked")));
    scheduler->check();
    QCOMPARE(due.count(), 2);
    QCOMPARE(reminderAt(due, 1).leadSeconds, 3600);
    QVERIFY(reminderAt(due, 1).missed);
    QVERIFY(reminderAt(due, 1).id != reminderAt(due, 0).id);

    scheduler->check();
    QCOMPARE(due.count(), 2);

    // Nothing repeats after a restart either.
    m_settings->sync();
    m_settings = std::make_unique<desktop::ConsoleSettings>(settingsFile());
    auto restarted = createScheduler();
    QSignalSpy again(restarted.get(), &ReminderScheduler::reminderDue);
    restarted->check();
    QCOMPARE(again.count(), 0);
}

void TestReminderScheduler::sleepThroughBothLeadTimes()
{
    m_settings->setMeetingReminderMinutes({24 * 60, 60});
    auto scheduler = createScheduler();
    QSignalSpy due(scheduler.get(), &ReminderScheduler::reminderDue);
    m_session->bids()->apply(meetingBid(QStringLiteral("b1"), EventTime));

    m_now = EventTime.addDays(-2);
    scheduler->check();

    // Asleep from two days before until half an hour before: one reminder, not two.
    m_now = EventTime.addSecs(-30 * 60);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("asleep or the app was blocked")));
    scheduler->check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(reminderAt(due, 0).leadSeconds, 3600);
    QCOMPARE(m_settings->shownReminders().size(), 2);

    m_now = EventTime.addSecs(60);
    scheduler->check();
    QCOMPARE(due.count(), 1);
}

void TestReminderScheduler::defaultLeadTimesAreDayAndHour()
{
    desktop::ConsoleSettings fresh(m_dir->filePath(QStringLiteral("fresh.ini")));
    QCOMPARE(fresh.meetingReminderMinutes(), (QList<int>{24 * 60, 60}));
    fresh.setMeetingReminderMinutes({15, 120, 15});
    QCOMPARE(fresh.meetingReminderMinutes(), (QList<int>{120, 15}));
    fresh.setMeetingReminderMinutes({});
    QVERIFY(fresh.meetingReminderMinutes().isEmpty());
}

void TestReminderScheduler::settingsDialogEditsLeadTimes()
{
    m_settings->setMeetingReminderMinutes({24 * 60, 60});
    ui::SettingsDialog dialog(m_settings.get(), QStringLiteral("/tmp/mesi-console.log"));
    QLineEdit *edit = dialog.meetingReminderTimes();
    QCOMPARE(edit->text(), QStringLiteral("1d, 1h"));
    QVERIFY(!edit->accessibleName().isEmpty());

    edit->setText(QStringLiteral("15m, 2h"));
    Q_EMIT edit->editingFinished();
    QCOMPARE(m_settings->meetingReminderMinutes(), (QList<int>{120, 15}));
    QCOMPARE(edit->text(), QStringLiteral("2h, 15m"));
    QVERIFY(dialog.meetingReminderError().isEmpty());

    edit->setText(QStringLiteral("2h, tomorrow"));
    Q_EMIT edit->editingFinished();
    QVERIFY2(dialog.meetingReminderError().contains(QStringLiteral("tomorrow")),
             qPrintable(dialog.meetingReminderError()));
    QCOMPARE(m_settings->meetingReminderMinutes(), (QList<int>{120, 15}));
    QCOMPARE(edit->text(), QStringLiteral("2h, tomorrow"));

    edit->setText(QStringLiteral("8d"));
    Q_EMIT edit->editingFinished();
    QVERIFY(dialog.meetingReminderError().contains(QStringLiteral("8d")));

    dialog.meetingReminders()->setChecked(false);
    QVERIFY(!edit->isEnabled());
}

QTEST_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
