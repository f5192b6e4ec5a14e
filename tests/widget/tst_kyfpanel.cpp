#include "ui/kyfpanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using mesi::KyfAnswers;
using mesi::KyfField;
using mesi::KyfRequest;
using mesi::KyfState;
using mesi::ui::KyfPanel;

/// Checks of the KYF panel against a fake clock that each test moves by hand.
class TestKyfPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void notRequiredShowsNoCountdown();
    void requestedShowsHoursAndMinutes();
    void timerAdvancesCountdownAndWarns();
    void warningStyleNotColourAlone();
    void lastHourAndLastMinute();
    void passedDeadlineWaitsForPlatform();
    void timerStopsWhenHidden();
    void closedStatesExplainRefund_data();
    void closedStatesExplainRefund();
    void consentedOpenShowsAnswers();
    void consentedClosedHidesAnswers();
    void closingBidClearsShownAnswers();
    void answersWantedOnceWhenMissing();
    void answersIgnoredUnlessConsented();
    void answerMarkupShownAsText();

private:
    void attachClock(KyfPanel &panel);
    QLabel *answerLabel(const KyfPanel &panel, const QString &wireName) const;

    QDateTime m_now;
};

namespace {

const QDateTime Start(QDate(2030, 5, 1), QTime(9, 0), QTimeZone::utc());

KyfRequest request(KyfState state, const QDateTime &deadline)
{
    KyfRequest kyf;
    kyf.state = state;
    kyf.fields = {KyfField::LegalName, KyfField::Over18, KyfField::Country};
    kyf.deadline = deadline;
    return kyf;
}

KyfAnswers fullAnswers()
{
    return {{KyfField::LegalName, QStringLiteral("Alex Example")},
            {KyfField::Over18, QStringLiteral("true")},
            {KyfField::Country, QStringLiteral("PT")},
            {KyfField::VerifiedPhoto, QStringLiteral("true")}};
}

} // namespace

void TestKyfPanel::init()
{
    m_now = Start;
}

void TestKyfPanel::attachClock(KyfPanel &panel)
{
    panel.setClock([this] { return m_now; });
}

QLabel *TestKyfPanel::answerLabel(const KyfPanel &panel, const QString &wireName) const
{
    return panel.findChild<QLabel *>(QStringLiteral("kyfAnswer_") + wireName);
}

void TestKyfPanel::notRequiredShowsNoCountdown()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(KyfRequest{}, true);

    QCOMPARE(panel.stateText(), QStringLiteral("Not required"));
    QVERIFY(panel.countdownText().isEmpty());
    QVERIFY(!panel.isDeadlineNear());
}

void TestKyfPanel::requestedShowsHoursAndMinutes()
{
    KyfPanel panel;
    attachClock(panel);
    const QDateTime deadline = m_now.addSecs(mesi::KyfAnswerSeconds - 30);
    panel.setRequest(request(KyfState::Requested, deadline), true);

    QCOMPARE(panel.stateText(), QStringLiteral("Requested — waiting for the fan"));
    QCOMPARE(panel.countdownText(), QStringLiteral("Fan has 47 h 59 min left"));
    QVERIFY(!panel.isDeadlineNear());

    auto *deadlineLabel = panel.findChild<QLabel *>(QStringLiteral("kyfDeadline"));
    QVERIFY(deadlineLabel);
    // ctest pins TZ=UTC, so the local deadline is the UTC one, without seconds.
    const QString deadlineText = deadlineLabel->text();
    QVERIFY2(deadlineText.contains(QStringLiteral("3 May 2030")), qPrintable(deadlineText));
    QVERIFY2(deadlineText.contains(QStringLiteral("08:59")), qPrintable(deadlineText));
    QVERIFY2(!deadlineText.contains(QStringLiteral("08:59:30")), qPrintable(deadlineText));
    auto *fields = panel.findChild<QLabel *>(QStringLiteral("kyfFields"));
    QVERIFY(fields);
    QVERIFY2(fields->text().contains(QStringLiteral("Legal name")), qPrintable(fields->text()));
    QVERIFY2(fields->text().contains(QStringLiteral("Country")), qPrintable(fields->text()));
}

void TestKyfPanel::timerAdvancesCountdownAndWarns()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Requested, m_now.addSecs(mesi::KyfAnswerSeconds)), true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isCountdownRunning());
    QCOMPARE(panel.countdownText(), QStringLiteral("Fan has 48 h 0 min left"));

    QSignalSpy nearSpy(&panel, &KyfPanel::deadlineNearChanged);
    m_now = m_now.addSecs((42 * 60 + 30) * 60);

    // Only the panel's own timer reads the moved clock here.
    QTRY_COMPARE(panel.countdownText(), QStringLiteral("Fan has 5 h 30 min left"));
    QVERIFY(panel.isDeadlineNear());
    QVERIFY(panel.property("deadlineNear").toBool());
    QCOMPARE(nearSpy.count(), 1);
}

void TestKyfPanel::warningStyleNotColourAlone()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Requested, m_now.addSecs(5 * 3600)), true);
    QVERIFY(panel.isDeadlineNear());

    auto *countdown = panel.findChild<QLabel *>(QStringLiteral("kyfCountdown"));
    QVERIFY(countdown);
    QVERIFY(countdown->font().bold());
    QVERIFY(!countdown->accessibleDescription().isEmpty());
    QCOMPARE(countdown->foregroundRole(), QPalette::ToolTipText);

    m_now = m_now.addSecs(-2 * 3600);
    panel.refreshCountdown();
    QVERIFY(!panel.isDeadlineNear());
    QVERIFY(!countdown->font().bold());
    QVERIFY(countdown->accessibleDescription().isEmpty());
}

void TestKyfPanel::lastHourAndLastMinute()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Requested, m_now.addSecs(45 * 60 + 10)), true);
    QCOMPARE(panel.countdownText(), QStringLiteral("Fan has 45 min left"));

    m_now = m_now.addSecs(45 * 60);
    panel.refreshCountdown();
    QCOMPARE(panel.countdownText(), QStringLiteral("Fan has less than a minute left"));
}

void TestKyfPanel::passedDeadlineWaitsForPlatform()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Requested, m_now.addSecs(60)), true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    m_now = m_now.addSecs(61);
    panel.refreshCountdown();
    QCOMPARE(panel.countdownText(),
             QStringLiteral("Deadline passed — waiting for the platform to cancel the bid"));
    QVERIFY(panel.isDeadlineNear());
    QVERIFY(!panel.isCountdownRunning());
}

void TestKyfPanel::timerStopsWhenHidden()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Requested, m_now.addSecs(3600 * 10)), true);
    QVERIFY(!panel.isCountdownRunning());

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isCountdownRunning());

    panel.hide();
    QVERIFY(!panel.isCountdownRunning());

    panel.show();
    QVERIFY(panel.isCountdownRunning());
    panel.setRequest(request(KyfState::Consented, m_now.addSecs(3600 * 10)), true);
    QVERIFY(!panel.isCountdownRunning());
    QVERIFY(panel.countdownText().isEmpty());
}

void TestKyfPanel::closedStatesExplainRefund_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expected");

    QTest::newRow("declined")
        << static_cast<int>(KyfState::Declined)
        << QStringLiteral("Declined by the fan — bid cancelled and refunded");
    QTest::newRow("expired")
        << static_cast<int>(KyfState::Expired)
        << QStringLiteral("Expired — no answer in 48 hours, bid cancelled and refunded");
}

void TestKyfPanel::closedStatesExplainRefund()
{
    QFETCH(int, state);
    QFETCH(QString, expected);

    KyfPanel panel;
    attachClock(panel);
    QSignalSpy wanted(&panel, &KyfPanel::answersWanted);
    panel.setRequest(request(static_cast<KyfState>(state), m_now.addSecs(-60)), false);

    QCOMPARE(panel.stateText(), expected);
    QVERIFY(panel.countdownText().isEmpty());
    QVERIFY(!panel.isCountdownRunning());
    QCOMPARE(wanted.count(), 0);
}

void TestKyfPanel::consentedOpenShowsAnswers()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Consented, m_now), true);
    panel.setAnswers(fullAnswers());

    QCOMPARE(panel.stateText(), QStringLiteral("Consented"));
    QVERIFY(panel.hasAnswers());
    QLabel *name = answerLabel(panel, QStringLiteral("legal_name"));
    QLabel *adult = answerLabel(panel, QStringLiteral("over_18"));
    QLabel *country = answerLabel(panel, QStringLiteral("country"));
    QLabel *photo = answerLabel(panel, QStringLiteral("verified_photo"));
    QVERIFY(name && adult && country && photo);

    QCOMPARE(name->text(), QStringLiteral("Alex Example"));
    QCOMPARE(adult->text(), QStringLiteral("Yes"));
    QCOMPARE(country->text(), QStringLiteral("PT"));
    QVERIFY(name->isVisibleTo(&panel));
    QVERIFY(name->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(!name->accessibleName().isEmpty());

    // The creator requested three fields, so the panel drops the fourth answer.
    QVERIFY(photo->text().isEmpty());
    QVERIFY(!photo->isVisibleTo(&panel));
}

void TestKyfPanel::consentedClosedHidesAnswers()
{
    KyfPanel panel;
    attachClock(panel);
    QSignalSpy wanted(&panel, &KyfPanel::answersWanted);
    panel.setRequest(request(KyfState::Consented, m_now), false);
    panel.setAnswers(fullAnswers());

    QCOMPARE(wanted.count(), 0);
    QVERIFY(!panel.hasAnswers());
    for (const QString &wireName : {QStringLiteral("legal_name"), QStringLiteral("over_18"),
                                    QStringLiteral("country"), QStringLiteral("verified_photo")}) {
        QLabel *value = answerLabel(panel, wireName);
        QVERIFY(value);
        QVERIFY2(value->text().isEmpty(), qPrintable(wireName));
        QVERIFY2(!value->isVisibleTo(&panel), qPrintable(wireName));
    }
}

void TestKyfPanel::closingBidClearsShownAnswers()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Consented, m_now), true);
    panel.setAnswers(fullAnswers());
    QLabel *name = answerLabel(panel, QStringLiteral("legal_name"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Alex Example"));

    panel.setRequest(request(KyfState::Consented, m_now), false);
    QVERIFY(!panel.hasAnswers());
    QVERIFY(name->text().isEmpty());
    QVERIFY(!name->isVisibleTo(&panel));

    panel.setRequest(request(KyfState::Consented, m_now), true);
    panel.setAnswers(fullAnswers());
    panel.clearAnswers();
    QVERIFY(name->text().isEmpty());
    QVERIFY(!name->isVisibleTo(&panel));
}

void TestKyfPanel::answersWantedOnceWhenMissing()
{
    KyfPanel panel;
    attachClock(panel);
    QSignalSpy wanted(&panel, &KyfPanel::answersWanted);
    panel.setRequest(request(KyfState::Consented, m_now), true);
    QCOMPARE(wanted.count(), 1);

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.refreshCountdown();
    QTest::qWait(50);
    QCOMPARE(wanted.count(), 1);

    panel.setAnswers(fullAnswers());
    QCOMPARE(wanted.count(), 1);
}

void TestKyfPanel::answersIgnoredUnlessConsented()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Requested, m_now.addSecs(3600)), true);
    panel.setAnswers(fullAnswers());

    QVERIFY(!panel.hasAnswers());
    QLabel *name = answerLabel(panel, QStringLiteral("legal_name"));
    QVERIFY(name);
    QVERIFY(name->text().isEmpty());
}

void TestKyfPanel::answerMarkupShownAsText()
{
    KyfPanel panel;
    attachClock(panel);
    panel.setRequest(request(KyfState::Consented, m_now), true);
    KyfAnswers answers = fullAnswers();
    answers.insert(KyfField::LegalName, QStringLiteral("<img src=\"http://127.0.0.1/x.png\">"));
    panel.setAnswers(answers);

    QLabel *name = answerLabel(panel, QStringLiteral("legal_name"));
    QVERIFY(name);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), answers.value(KyfField::LegalName));
}

QTEST_MAIN(TestKyfPanel)
#include "tst_kyfpanel.moc"
