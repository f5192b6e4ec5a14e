#include "core/bidstatus.h"

#include <QTest>

using namespace mesi;

Q_DECLARE_METATYPE(mesi::BidStatus)

class TestBidStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void rejectionNamesBothStates();
    void escrowFollowsStatus_data();
    void escrowFollowsStatus();
    void wireNamesRoundTrip();
    void unknownWireName();
};

void TestBidStatus::transitions_data()
{
    QTest::addColumn<BidStatus>("from");
    QTest::addColumn<BidStatus>("to");
    QTest::addColumn<bool>("allowed");

    const QList<std::pair<BidStatus, BidStatus>> allowed{
        {BidStatus::Pending, BidStatus::Accepted},   {BidStatus::Pending, BidStatus::Rejected},
        {BidStatus::Pending, BidStatus::Withdrawn},  {BidStatus::Pending, BidStatus::Expired},
        {BidStatus::Accepted, BidStatus::Scheduled}, {BidStatus::Accepted, BidStatus::Completed},
        {BidStatus::Accepted, BidStatus::Cancelled}, {BidStatus::Scheduled, BidStatus::Completed},
        {BidStatus::Scheduled, BidStatus::Cancelled},
    };

    // Every ordered pair of statuses, so a new status or rule cannot slip through untested.
    for (BidStatus from : allBidStatuses()) {
        for (BidStatus to : allBidStatuses()) {
            const QByteArray name = (toWire(from) + QStringLiteral(" -> ") + toWire(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowed.contains({from, to});
        }
    }
}

void TestBidStatus::transitions()
{
    QFETCH(BidStatus, from);
    QFETCH(BidStatus, to);
    QFETCH(bool, allowed);

    const Result<void> outcome = checkTransition(from, to);
    QCOMPARE(outcome.ok(), allowed);
    if (!allowed)
        QCOMPARE(outcome.error().code, ErrorCode::InvalidTransition);
}

void TestBidStatus::rejectionNamesBothStates()
{
    const Result<void> outcome = checkTransition(BidStatus::Rejected, BidStatus::Accepted);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().message,
             QStringLiteral("a bid cannot move from 'rejected' to 'accepted'"));
}

void TestBidStatus::escrowFollowsStatus_data()
{
    QTest::addColumn<BidStatus>("status");
    QTest::addColumn<QString>("escrow");
    QTest::addColumn<bool>("terminal");

    QTest::newRow("pending") << BidStatus::Pending << "locked" << false;
    QTest::newRow("accepted") << BidStatus::Accepted << "locked" << false;
    QTest::newRow("scheduled") << BidStatus::Scheduled << "locked" << false;
    QTest::newRow("completed") << BidStatus::Completed << "released" << true;
    QTest::newRow("rejected") << BidStatus::Rejected << "refunded" << true;
    QTest::newRow("withdrawn") << BidStatus::Withdrawn << "refunded" << true;
    QTest::newRow("expired") << BidStatus::Expired << "refunded" << true;
    QTest::newRow("cancelled") << BidStatus::Cancelled << "refunded" << true;
}

void TestBidStatus::escrowFollowsStatus()
{
    QFETCH(BidStatus, status);
    QFETCH(QString, escrow);
    QFETCH(bool, terminal);

    QCOMPARE(toWire(escrowStateFor(status)), escrow);
    QCOMPARE(isTerminal(status), terminal);
}

void TestBidStatus::wireNamesRoundTrip()
{
    QCOMPARE(allBidStatuses().size(), 8);
    for (BidStatus status : allBidStatuses()) {
        const Result<BidStatus> parsed = bidStatusFromWire(toWire(status));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), status);
    }
    for (EscrowState state : {EscrowState::Locked, EscrowState::Released, EscrowState::Refunded}) {
        const Result<EscrowState> parsed = escrowStateFromWire(toWire(state));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), state);
    }
}

void TestBidStatus::unknownWireName()
{
    const Result<BidStatus> status = bidStatusFromWire(QStringLiteral("Pending"));
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QStringLiteral("'Pending'")));

    const Result<EscrowState> escrow = escrowStateFromWire(QStringLiteral("frozen"));
    QVERIFY(!escrow.ok());
    QVERIFY(escrow.error().message.contains(QStringLiteral("'frozen'")));
}

QTEST_GUILESS_MAIN(TestBidStatus)
#include "tst_bidstatus.moc"
