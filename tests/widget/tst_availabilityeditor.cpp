// The availability tab of the bid settings and the conflict warning of the proposal dialog.

#include "ui/availabilityeditor.h"
#include "ui/creatorsettingsdialog.h"
#include "ui/lifecyclepane.h"
#include "ui/proposaldialog.h"

#include "contract/availabilitycodec.h"
#include "sync/creatoravailability.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace mesi;
using mesi::ui::AvailabilityEditor;
using mesi::ui::ProposalDialog;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

Availability berlinAvailability()
{
    Availability availability;
    availability.timeZone = QStringLiteral("Europe/Berlin");
    availability.windows = {AvailabilityWindow{Qt::Monday, 10 * 60, 13 * 60},
                            AvailabilityWindow{Qt::Monday, 15 * 60, 19 * 60},
                            AvailabilityWindow{Qt::Friday, 18 * 60, MinutesPerDay}};
    availability.blockedDates = {QDate(2030, 12, 24)};
    availability.travelBufferMinutes = 30;
    return availability;
}

/// Fills the proposal dialog's start and a place.
void setStart(ProposalDialog &dialog, const QString &zone, QDate date, QTime time)
{
    dialog.findChild<QComboBox *>(QStringLiteral("zoneCombo"))->setEditText(zone);
    dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(date);
    dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->setTime(time);
    dialog.findChild<QLineEdit *>(QStringLiteral("placeEdit"))->setText(QStringLiteral("Café Einstein"));
}

Bid bidWithStatus(const QString &id, const QString &fanName, BidStatus status)
{
    Bid bid;
    bid.id = id;
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_") + id;
    bid.fanName = fanName;
    bid.amount = Money::parse(QStringLiteral("80.00"), QStringLiteral("EUR")).value();
    bid.status = status;
    bid.escrow = escrowStateFor(status);
    bid.version = 1;
    bid.createdAt = utc(2030, 1, 1, 10);
    bid.updatedAt = bid.createdAt;
    return bid;
}

MeetingTerms berlinTerms(const QDateTime &start, const QDateTime &end)
{
    return MeetingTerms{start, end, QStringLiteral("Europe/Berlin"), QStringLiteral("Café Einstein"), {}};
}

/// Clicks button in the next modal message box, after storing its text in text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestAvailabilityEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAndReadsAvailability();
    void emptyEditorHasNoChanges();
    void typedErrorsNameText_data();
    void typedErrorsNameText();
    void blockedDatesByKeyboard();
    void settingsDialogSavesChangedAvailability();
    void settingsDialogShowsAvailabilityError();
    void proposalShowsConflicts();
    void proposalWithoutConflictsSendsAtOnce();
    void paneWarnsBeforeAccepting();
    void proposalInSkippedHour_data();
    void proposalInSkippedHour();
    void proposalInRepeatedHour_data();
    void proposalInRepeatedHour();
};

void TestAvailabilityEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAvailabilityEditor::showsAndReadsAvailability()
{
    AvailabilityEditor editor;
    editor.setAvailability(berlinAvailability());
    QCOMPARE(editor.zoneCombo()->currentText(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(editor.bufferSpin()->value(), 30);
    QCOMPARE(editor.dayEdit(Qt::Monday)->text(), QStringLiteral("10:00-13:00, 15:00-19:00"));
    QCOMPARE(editor.dayEdit(Qt::Friday)->text(), QStringLiteral("18:00-24:00"));
    QVERIFY(editor.dayEdit(Qt::Sunday)->text().isEmpty());
    QCOMPARE(editor.blockedList()->count(), 1);
    QVERIFY(!editor.hasChanges());

    const Result<Availability> read = editor.readAvailability();
    QVERIFY(read.ok());
    QCOMPARE(read.value(), normalizedAvailability(berlinAvailability()));

    editor.dayEdit(Qt::Sunday)->setText(QStringLiteral(" 09:00 – 11:30 "));
    QVERIFY(editor.hasChanges());
    QCOMPARE(editor.readAvailability()->windowsOn(Qt::Sunday),
             (QList<AvailabilityWindow>{AvailabilityWindow{Qt::Sunday, 9 * 60, 11 * 60 + 30}}));

    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        QVERIFY(!editor.dayEdit(static_cast<Qt::DayOfWeek>(day))->accessibleName().isEmpty());
    QVERIFY(!editor.zoneCombo()->accessibleName().isEmpty());
    QVERIFY(!editor.bufferSpin()->accessibleName().isEmpty());
    QVERIFY(!editor.blockedList()->accessibleName().isEmpty());
}

void TestAvailabilityEditor::emptyEditorHasNoChanges()
{
    AvailabilityEditor editor;
    editor.setAvailability(std::nullopt);
    QVERIFY(!editor.hasChanges());
    editor.bufferSpin()->setValue(15);
    QVERIFY(editor.hasChanges());
}

void TestAvailabilityEditor::typedErrorsNameText_data()
{
    QTest::addColumn<QString>("monday");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("not a range") << "10 to 13" << "Europe/Berlin" << "\"10 to 13\" is not a time range";
    QTest::newRow("hour 25") << "10:00-25:00" << "Europe/Berlin" << "10:00-25:00";
    QTest::newRow("end before start") << "13:00-10:00" << "Europe/Berlin" << "13:00-10:00 ends before it starts";
    QTest::newRow("overlap") << "10:00-13:00, 12:00-14:00" << "Europe/Berlin"
                             << "10:00-13:00 and 12:00-14:00 overlap";
    QTest::newRow("unknown zone") << "10:00-13:00" << "Mars/Olympus" << "Mars/Olympus";
}

void TestAvailabilityEditor::typedErrorsNameText()
{
    QFETCH(QString, monday);
    QFETCH(QString, zone);
    QFETCH(QString, messagePart);

    AvailabilityEditor editor;
    editor.zoneCombo()->setEditText(zone);
    editor.dayEdit(Qt::Monday)->setText(monday);
    QWidget *field = nullptr;
    const Result<Availability> read = editor.readAvailability(&field);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
    QCOMPARE(field, zone.startsWith(QLatin1String("Mars")) ? static_cast<QWidget *>(editor.zoneCombo())
                                                           : static_cast<QWidget *>(editor.dayEdit(Qt::Monday)));
    QVERIFY(editor.hasChanges());
}

void TestAvailabilityEditor::blockedDatesByKeyboard()
{
    AvailabilityEditor editor;
    editor.dateEdit()->setDate(QDate(2030, 5, 2));
    QTest::mouseClick(editor.addDateButton(), Qt::LeftButton);
    editor.dateEdit()->setDate(QDate(2030, 1, 2));
    editor.addDateButton()->click();
    editor.addDateButton()->click();
    QCOMPARE(editor.blockedList()->count(), 2);
    QCOMPARE(editor.readAvailability()->blockedDates, (QList<QDate>{QDate(2030, 1, 2), QDate(2030, 5, 2)}));
    QVERIFY(!editor.removeDateButton()->isEnabled());

    editor.blockedList()->setCurrentRow(0);
    QVERIFY(editor.removeDateButton()->isEnabled());
    QTest::keyClick(editor.blockedList(), Qt::Key_Delete);
    QCOMPARE(editor.readAvailability()->blockedDates, QList<QDate>{QDate(2030, 5, 2)});
}

void TestAvailabilityEditor::settingsDialogSavesChangedAvailability()
{
    ui::CreatorSettingsDialog dialog;
    dialog.setAvailability(berlinAvailability());
    QSignalSpy availabilitySaves(&dialog, &ui::CreatorSettingsDialog::availabilitySaveRequested);
    QSignalSpy settingsSaves(&dialog, &ui::CreatorSettingsDialog::saveRequested);

    QVERIFY(dialog.tryAccept());
    QCOMPARE(settingsSaves.count(), 1);
    QCOMPARE(availabilitySaves.count(), 0);

    dialog.availabilityEditor()->bufferSpin()->setValue(45);
    QVERIFY(dialog.tryAccept());
    QCOMPARE(availabilitySaves.count(), 1);
    QCOMPARE(availabilitySaves.constFirst().constFirst().value<Availability>().travelBufferMinutes, 45);
}

void TestAvailabilityEditor::settingsDialogShowsAvailabilityError()
{
    ui::CreatorSettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy settingsSaves(&dialog, &ui::CreatorSettingsDialog::saveRequested);
    QCOMPARE(dialog.tabs()->currentIndex(), 0);

    dialog.availabilityEditor()->dayEdit(Qt::Tuesday)->setText(QStringLiteral("18:00-17:00"));
    QVERIFY(!dialog.tryAccept());
    QCOMPARE(settingsSaves.count(), 0);
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("18:00-17:00")), qPrintable(dialog.errorText()));
    QCOMPARE(QApplication::focusWidget(), dialog.availabilityEditor()->dayEdit(Qt::Tuesday));
    // The typed text stays for the creator to correct.
    QCOMPARE(dialog.availabilityEditor()->dayEdit(Qt::Tuesday)->text(), QStringLiteral("18:00-17:00"));
}

void TestAvailabilityEditor::proposalShowsConflicts()
{
    ProposalDialog dialog;
    dialog.setClock([] { return utc(2030, 1, 1, 12); });
    Schedule schedule;
    schedule.availability = berlinAvailability();
    schedule.meetings.append(BookedMeeting{QStringLiteral("b1"), QStringLiteral("Mara"), QStringLiteral("m1"),
                                           MeetingTerms{utc(2030, 6, 3, 9), utc(2030, 6, 3, 10),
                                                        QStringLiteral("Europe/Berlin"),
                                                        QStringLiteral("Bar"), {}},
                                           false});
    dialog.setConflictCheck([schedule](const MeetingTerms &terms) {
        return findConflicts(terms, QStringLiteral("b2"), schedule);
    });

    // Monday 3 June 2030, 12:30 Berlin for an hour: past the 10:00-13:00 window, and exactly the
    // 30-minute travel buffer after m1, which ends at 12:00 Berlin.
    setStart(dialog, QStringLiteral("Europe/Berlin"), QDate(2030, 6, 3), QTime(12, 30));
    QVERIFY2(dialog.conflictText().contains(QStringLiteral("Outside your availability")),
             qPrintable(dialog.conflictText()));
    QVERIFY(!dialog.conflictText().contains(QStringLiteral("Mara")));

    // 11:00 to 12:00 Berlin is the time of m1.
    dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->setTime(QTime(11, 0));
    QVERIFY2(dialog.conflictText().contains(QStringLiteral("Overlaps your meeting with Mara")),
             qPrintable(dialog.conflictText()));

    QPushButton *propose = dialog.findChild<QPushButton *>(QStringLiteral("proposeButton"));
    QVERIFY(!dialog.tryAccept());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(propose->text(), QStringLiteral("Propose &Anyway"));
    QVERIFY(dialog.tryAccept());
    QCOMPARE(dialog.terms().start, utc(2030, 6, 3, 9));

    // A time inside the window and clear of m1 shows nothing.
    dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))->setTime(QTime(16, 0));
    QVERIFY(dialog.conflictText().isEmpty());
}

void TestAvailabilityEditor::proposalWithoutConflictsSendsAtOnce()
{
    ProposalDialog dialog;
    dialog.setClock([] { return utc(2030, 1, 1, 12); });
    dialog.setConflictCheck([](const MeetingTerms &) { return QList<Conflict>(); });
    setStart(dialog, QStringLiteral("Europe/Berlin"), QDate(2030, 6, 3), QTime(16, 0));
    QVERIFY(dialog.conflictText().isEmpty());
    QVERIFY(dialog.tryAccept());
}

void TestAvailabilityEditor::paneWarnsBeforeAccepting()
{
    // The session never signs in, so it keeps its in-memory cache and never connects.
    sync::CreatorSession session(QUrl(QStringLiteral("http://127.0.0.1:9")));
    const QByteArray json = QJsonDocument(contract::toJson(berlinAvailability())).toJson(QJsonDocument::Compact);
    QVERIFY(session.cache()->setStateValue(QStringLiteral("creator_availability"), QString::fromUtf8(json)).ok());
    session.lifecycle()->loadCachedSettings();
    QVERIFY(session.lifecycle()->availability()->availability().has_value());

    Bid scheduled = bidWithStatus(QStringLiteral("b2"), QStringLiteral("Mara"), BidStatus::Scheduled);
    scheduled.meeting = Meeting{QStringLiteral("m2"), QStringLiteral("msg0"),
                                berlinTerms(utc(2030, 6, 3, 9), utc(2030, 6, 3, 10))};
    session.bids()->apply(scheduled);
    session.bids()->apply(bidWithStatus(QStringLiteral("b1"), QStringLiteral("Lena"), BidStatus::Accepted));

    ui::LifecyclePane pane(&session);
    pane.setBidId(QStringLiteral("b1"));
    QVERIFY(pane.conflictWarning()->isHidden());

    // Lena proposes Monday 3 June 2030 from 11:30 to 12:30 Berlin, during Mara's meeting.
    ChatMessage proposal;
    proposal.id = QStringLiteral("msg1");
    proposal.bidId = QStringLiteral("b1");
    proposal.sender = ChatSender::Fan;
    proposal.senderName = QStringLiteral("Lena");
    proposal.proposal = berlinTerms(utc(2030, 6, 3, 9, 30), utc(2030, 6, 3, 10, 30));
    proposal.sentAt = utc(2030, 1, 2, 10);
    session.chats()->add(proposal);
    QVERIFY(!pane.conflictWarning()->isHidden());
    QVERIFY2(pane.conflictWarning()->text().contains(QStringLiteral("Overlaps your meeting with Mara")),
             qPrintable(pane.conflictWarning()->text()));
    QVERIFY(!pane.conflictWarning()->accessibleName().isEmpty());

    // A busy time set later shows as well.
    session.lifecycle()->availability()->setBusyBlocks(
        {BusyBlock{QStringLiteral("u1"), QStringLiteral("work.ics"), QStringLiteral("Dentist"),
                   utc(2030, 6, 3, 10, 45), utc(2030, 6, 3, 11, 30)}});
    QVERIFY2(pane.conflictWarning()->text().contains(QStringLiteral("Dentist (work.ics)")),
             qPrintable(pane.conflictWarning()->text()));

    // No keeps the proposal open, Accept Anyway queues the acceptance.
    QString shownText;
    answerNextMessageBox(QMessageBox::No, &shownText);
    pane.acceptProposal();
    QVERIFY2(shownText.contains(QStringLiteral("Mara")), qPrintable(shownText));
    QVERIFY(!session.isBusy(QStringLiteral("b1")));

    answerNextMessageBox(QMessageBox::Yes, &shownText);
    pane.acceptProposal();
    QVERIFY(session.isBusy(QStringLiteral("b1")));
}

void TestAvailabilityEditor::proposalInSkippedHour_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");

    QTest::newRow("Berlin") << "Europe/Berlin" << QDate(2030, 3, 31) << QTime(2, 30);
    QTest::newRow("New York") << "America/New_York" << QDate(2030, 3, 10) << QTime(2, 30);
    QTest::newRow("Lord Howe") << "Australia/Lord_Howe" << QDate(2030, 10, 6) << QTime(2, 15);
}

void TestAvailabilityEditor::proposalInSkippedHour()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);

    ProposalDialog dialog;
    dialog.setClock([] { return utc(2030, 1, 1, 12); });
    setStart(dialog, zone, date, time);
    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("does not exist in %1").arg(zone)),
             qPrintable(dialog.errorText()));
}

void TestAvailabilityEditor::proposalInRepeatedHour_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("first");
    QTest::addColumn<QDateTime>("second");

    QTest::newRow("Berlin") << "Europe/Berlin" << QDate(2030, 10, 27) << QTime(2, 30) << utc(2030, 10, 27, 0, 30)
                            << utc(2030, 10, 27, 1, 30);
    QTest::newRow("New York") << "America/New_York" << QDate(2030, 11, 3) << QTime(1, 30)
                              << utc(2030, 11, 3, 5, 30) << utc(2030, 11, 3, 6, 30);
    // Lord Howe goes back half an hour, from UTC+11 to UTC+10:30, at 02:00.
    QTest::newRow("Lord Howe") << "Australia/Lord_Howe" << QDate(2030, 4, 7) << QTime(1, 45)
                               << utc(2030, 4, 6, 14, 45) << utc(2030, 4, 6, 15, 15);
}

void TestAvailabilityEditor::proposalInRepeatedHour()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, first);
    QFETCH(QDateTime, second);

    ProposalDialog dialog;
    dialog.setClock([] { return utc(2030, 1, 1, 12); });
    setStart(dialog, zone, date, time);
    auto *occurrence = dialog.findChild<QComboBox *>(QStringLiteral("occurrenceCombo"));
    QCOMPARE(occurrence->count(), 2);

    occurrence->setCurrentIndex(1);
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms().start, second);

    occurrence->setCurrentIndex(0);
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms().start, first);
}

QTEST_MAIN(TestAvailabilityEditor)
#include "tst_availabilityeditor.moc"
