#include "ui/proposaldialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTimeEdit>

using mesi::MeetingTerms;
using mesi::ui::ProposalDialog;

/// Checks of the meeting proposal dialog with a fixed clock on 1 January 2030, 00:00 UTC.
class TestProposalDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsHaveAccessibleNames();
    void inPersonStartConvertsToUtc();
    void zoneNameInAnyCase();
    void onlineKeepsHttpsLink();
    void nonHttpsLinkShowsError();
    void emptyPlaceShowsError();
    void unknownZoneNamedInError();
    void pastStartShowsError();
    void daylightSavingGapRejected();
    void repeatedHourDefaultsToEarlier();
    void repeatedHourSecondChoice();
    void ordinaryTimeHidesChoice();
    void counterPrefillsTerms();
    void counterPrefillsRepeatedHour();
};

namespace {

const QDateTime Now(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

struct Fields
{
    QComboBox *zone = nullptr;
    QDateEdit *date = nullptr;
    QTimeEdit *time = nullptr;
    QComboBox *occurrence = nullptr;
    QSpinBox *duration = nullptr;
    QRadioButton *inPerson = nullptr;
    QRadioButton *online = nullptr;
    QLineEdit *place = nullptr;
    QLineEdit *link = nullptr;
    QLineEdit *note = nullptr;
    QPushButton *propose = nullptr;

    explicit Fields(const ProposalDialog &dialog)
        : zone(dialog.findChild<QComboBox *>(QStringLiteral("zoneCombo"))),
          date(dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))),
          time(dialog.findChild<QTimeEdit *>(QStringLiteral("timeEdit"))),
          occurrence(dialog.findChild<QComboBox *>(QStringLiteral("occurrenceCombo"))),
          duration(dialog.findChild<QSpinBox *>(QStringLiteral("durationSpin"))),
          inPerson(dialog.findChild<QRadioButton *>(QStringLiteral("inPersonRadio"))),
          online(dialog.findChild<QRadioButton *>(QStringLiteral("onlineRadio"))),
          place(dialog.findChild<QLineEdit *>(QStringLiteral("placeEdit"))),
          link(dialog.findChild<QLineEdit *>(QStringLiteral("linkEdit"))),
          note(dialog.findChild<QLineEdit *>(QStringLiteral("noteEdit"))),
          propose(dialog.findChild<QPushButton *>(QStringLiteral("proposeButton")))
    {
    }

    bool complete() const
    {
        return zone && date && time && occurrence && duration && inPerson && online && place
            && link && note && propose;
    }

    void setStart(const QString &zoneId, QDate day, QTime startTime) const
    {
        zone->setEditText(zoneId);
        date->setDate(day);
        time->setTime(startTime);
    }
};

void useFixedClock(ProposalDialog &dialog)
{
    dialog.setClock([] { return Now; });
}

} // namespace

void TestProposalDialog::fieldsHaveAccessibleNames()
{
    ProposalDialog dialog;
    const Fields fields(dialog);
    QVERIFY(fields.complete());

    const QList<QWidget *> interactive = {fields.zone, fields.date, fields.time, fields.occurrence,
                                          fields.duration, fields.inPerson, fields.online,
                                          fields.place, fields.link, fields.note, fields.propose};
    for (QWidget *widget : interactive)
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));

    QCOMPARE(fields.duration->minimum(), 15);
    QCOMPARE(fields.duration->maximum(), 720);
    QCOMPARE(fields.duration->singleStep(), 15);
    QCOMPARE(fields.duration->value(), 60);
    QCOMPARE(fields.zone->currentText(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    QVERIFY(fields.zone->findText(QStringLiteral("Asia/Tokyo")) >= 0);
}

void TestProposalDialog::inPersonStartConvertsToUtc()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Asia/Tokyo"), QDate(2030, 5, 1), QTime(10, 0));
    fields.place->setText(QStringLiteral("  Café Kyoto, Shibuya  "));
    fields.note->setText(QStringLiteral("See you there"));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.errorText().isEmpty());

    const MeetingTerms terms = dialog.terms();
    QCOMPARE(terms.start, utc(2030, 5, 1, 1, 0));
    QCOMPARE(terms.end, utc(2030, 5, 1, 2, 0));
    QCOMPARE(terms.timeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(terms.place, QStringLiteral("Café Kyoto, Shibuya"));
    QVERIFY(!terms.isOnline());
    QCOMPARE(dialog.note(), QStringLiteral("See you there"));
}

void TestProposalDialog::zoneNameInAnyCase()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("asia/tokyo"), QDate(2030, 5, 1), QTime(10, 0));
    fields.place->setText(QStringLiteral("Shibuya"));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms().timeZone, QStringLiteral("Asia/Tokyo"));
}

void TestProposalDialog::onlineKeepsHttpsLink()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Asia/Tokyo"), QDate(2030, 5, 1), QTime(10, 0));
    fields.duration->setValue(90);
    fields.online->setChecked(true);
    fields.link->setText(QStringLiteral("https://meet.example/room-7"));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    const MeetingTerms terms = dialog.terms();
    QVERIFY(terms.isOnline());
    QCOMPARE(terms.link, QUrl(QStringLiteral("https://meet.example/room-7")));
    QVERIFY(terms.place.isEmpty());
    QCOMPARE(terms.durationMinutes(), 90);
}

void TestProposalDialog::nonHttpsLinkShowsError()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Asia/Tokyo"), QDate(2030, 5, 1), QTime(10, 0));
    fields.place->setText(QStringLiteral("Shibuya"));
    fields.online->setChecked(true);
    fields.link->setText(QStringLiteral("ftp://x"));

    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(QStringLiteral("ftp://x")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("link")), qPrintable(error));
    QCOMPARE(dialog.focusWidget(), fields.link);
    QCOMPARE(fields.link->text(), QStringLiteral("ftp://x"));
    QCOMPARE(fields.place->text(), QStringLiteral("Shibuya"));
}

void TestProposalDialog::emptyPlaceShowsError()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Asia/Tokyo"), QDate(2030, 5, 1), QTime(10, 0));
    fields.place->setText(QStringLiteral("   "));
    fields.note->setText(QStringLiteral("Bring the book"));

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("place")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), fields.place);
    QCOMPARE(fields.note->text(), QStringLiteral("Bring the book"));

    // Fixing the field clears the error on the next try.
    fields.place->setText(QStringLiteral("Shibuya"));
    QVERIFY(dialog.tryAccept());
    QVERIFY(dialog.errorText().isEmpty());
}

void TestProposalDialog::unknownZoneNamedInError()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Mars/Base"), QDate(2030, 5, 1), QTime(10, 0));
    fields.place->setText(QStringLiteral("Crater"));

    QVERIFY(!dialog.tryAccept());
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(QStringLiteral("Mars/Base")), qPrintable(error));
    QCOMPARE(dialog.focusWidget(), fields.zone);
    QCOMPARE(fields.zone->currentText(), QStringLiteral("Mars/Base"));
}

void TestProposalDialog::pastStartShowsError()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Asia/Tokyo"), QDate(2029, 12, 31), QTime(23, 0));
    fields.place->setText(QStringLiteral("Shibuya"));

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("passed")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), fields.date);
}

void TestProposalDialog::daylightSavingGapRejected()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Europe/Berlin"), QDate(2030, 3, 31), QTime(2, 30));
    fields.place->setText(QStringLiteral("Tiergarten"));

    QVERIFY(!dialog.tryAccept());
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(QStringLiteral("02:30")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Europe/Berlin")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QCOMPARE(dialog.focusWidget(), fields.time);
    QCOMPARE(fields.time->time(), QTime(2, 30));

    fields.time->setTime(QTime(3, 30));
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms().start, utc(2030, 3, 31, 1, 30));
}

void TestProposalDialog::repeatedHourDefaultsToEarlier()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Europe/Berlin"), QDate(2030, 10, 27), QTime(2, 30));
    fields.place->setText(QStringLiteral("Tiergarten"));

    QVERIFY(fields.occurrence->isVisibleTo(&dialog));
    QCOMPARE(fields.occurrence->count(), 2);
    QCOMPARE(fields.occurrence->currentIndex(), 0);
    QVERIFY2(fields.occurrence->itemText(0).contains(QStringLiteral("UTC+02:00")),
             qPrintable(fields.occurrence->itemText(0)));
    QVERIFY2(fields.occurrence->itemText(1).contains(QStringLiteral("UTC+01:00")),
             qPrintable(fields.occurrence->itemText(1)));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms().start, utc(2030, 10, 27, 0, 30));
    QCOMPARE(dialog.terms().end, utc(2030, 10, 27, 1, 30));
}

void TestProposalDialog::repeatedHourSecondChoice()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Europe/Berlin"), QDate(2030, 10, 27), QTime(2, 30));
    fields.place->setText(QStringLiteral("Tiergarten"));
    fields.occurrence->setCurrentIndex(1);

    // Changing the minutes within the repeated hour keeps the choice.
    fields.time->setTime(QTime(2, 45));
    QCOMPARE(fields.occurrence->currentIndex(), 1);

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms().start, utc(2030, 10, 27, 1, 45));
}

void TestProposalDialog::ordinaryTimeHidesChoice()
{
    ProposalDialog dialog;
    useFixedClock(dialog);
    const Fields fields(dialog);
    fields.setStart(QStringLiteral("Europe/Berlin"), QDate(2030, 10, 27), QTime(2, 30));
    QVERIFY(fields.occurrence->isVisibleTo(&dialog));

    fields.time->setTime(QTime(4, 0));
    QVERIFY(!fields.occurrence->isVisibleTo(&dialog));
}

void TestProposalDialog::counterPrefillsTerms()
{
    MeetingTerms earlier;
    earlier.start = utc(2030, 5, 1, 1, 0);
    earlier.end = utc(2030, 5, 1, 3, 0);
    earlier.timeZone = QStringLiteral("Asia/Tokyo");
    earlier.link = QUrl(QStringLiteral("https://meet.example/room-7"));

    ProposalDialog dialog;
    useFixedClock(dialog);
    dialog.setTerms(earlier);
    dialog.setCounterOf(QStringLiteral("1 May, 10:00 Tokyo, online"));
    const Fields fields(dialog);

    QCOMPARE(fields.zone->currentText(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(fields.date->date(), QDate(2030, 5, 1));
    QCOMPARE(fields.time->time(), QTime(10, 0));
    QCOMPARE(fields.duration->value(), 120);
    QVERIFY(fields.online->isChecked());
    QVERIFY(fields.link->isVisibleTo(&dialog));
    QVERIFY(!fields.place->isVisibleTo(&dialog));
    auto *counterOf = dialog.findChild<QLabel *>(QStringLiteral("counterOfLabel"));
    QVERIFY(counterOf);
    QCOMPARE(counterOf->text(), QStringLiteral("Counter to: 1 May, 10:00 Tokyo, online"));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms(), earlier);
}

void TestProposalDialog::counterPrefillsRepeatedHour()
{
    MeetingTerms earlier;
    earlier.start = utc(2030, 10, 27, 1, 30); // 02:30 Berlin, the second time, after the change
    earlier.end = earlier.start.addSecs(3600);
    earlier.timeZone = QStringLiteral("Europe/Berlin");
    earlier.place = QStringLiteral("Tiergarten");

    ProposalDialog dialog;
    useFixedClock(dialog);
    dialog.setTerms(earlier);
    const Fields fields(dialog);

    QCOMPARE(fields.time->time(), QTime(2, 30));
    QCOMPARE(fields.occurrence->currentIndex(), 1);
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.terms(), earlier);
}

QTEST_MAIN(TestProposalDialog)
#include "tst_proposaldialog.moc"
