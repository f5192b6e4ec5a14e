#include "ui/bidfiltermodel.h"
#include "ui/bidinboxmodel.h"

#include "core/displaytext.h"
#include "sync/bidrepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mesi;
using mesi::ui::BidFilterModel;
using mesi::ui::BidInboxModel;

namespace {

const QDateTime BaseTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

Bid makeBid(const QString &id, const QString &amount, const QString &asset,
            BidStatus status = BidStatus::Pending, int minutesAfterBase = 0)
{
    Result<Money> money = Money::parse(amount, asset);
    if (!money)
        qFatal("test amount %s %s is invalid", qPrintable(amount), qPrintable(asset));

    Bid bid;
    bid.id = id;
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_") + id;
    bid.fanName = QStringLiteral("Fan ") + id;
    bid.amount = money.value();
    bid.note = QStringLiteral("Note of ") + id;
    bid.status = status;
    bid.escrow = escrowStateFor(status);
    bid.version = 1;
    bid.createdAt = BaseTime.addSecs(60 * minutesAfterBase);
    bid.updatedAt = bid.createdAt;
    return bid;
}

/// Bid ids of the proxy's rows from top to bottom.
QStringList idsInOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(BidInboxModel::BidIdRole).toString());
    return ids;
}

} // namespace

class TestBidInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initialRowsComeFromRepository();
    void displayColumnsShowBid();
    void untrustedTextMadeSafe();
    void headersNameColumns();
    void addedBidAppendsRow();
    void newerVersionUpdatesRow();
    void olderVersionChangesNothing();
    void resetReplacesRows();
    void busyBidIsMarked();
    void destroyedRepositoryEmptiesModel();

    void filterByStatus_data();
    void filterByStatus();
    void filterFollowsStatusChange();

    void sortByAmount_data();
    void sortByAmount();
    void sortByTime_data();
    void sortByTime();
    void liveInsertKeepsSortOrder();

private:
    void fillRepository(const QList<Bid> &bids);

    std::unique_ptr<sync::BidRepository> m_repository;
    std::unique_ptr<BidInboxModel> m_inbox;
    std::unique_ptr<BidFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_inboxTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestBidInboxModel::init()
{
    m_repository = std::make_unique<sync::BidRepository>();
    m_inbox = std::make_unique<BidInboxModel>(m_repository.get());
    m_filter = std::make_unique<BidFilterModel>();
    m_filter->setSourceModel(m_inbox.get());
    m_inboxTester = std::make_unique<QAbstractItemModelTester>(
        m_inbox.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBidInboxModel::cleanup()
{
    m_filterTester.reset();
    m_inboxTester.reset();
    m_filter.reset();
    m_inbox.reset();
    m_repository.reset();
}

void TestBidInboxModel::fillRepository(const QList<Bid> &bids)
{
    for (const Bid &bid : bids)
        QVERIFY(m_repository->apply(bid));
}

void TestBidInboxModel::initialRowsComeFromRepository()
{
    sync::BidRepository repository;
    QVERIFY(repository.apply(makeBid(QStringLiteral("b2"), QStringLiteral("20.00"), QStringLiteral("USD"),
                                     BidStatus::Pending, 2)));
    QVERIFY(repository.apply(makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("USD"),
                                     BidStatus::Pending, 1)));

    BidInboxModel inbox(&repository);
    QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(inbox.rowCount(), 2);
    QCOMPARE(inbox.columnCount(), int(BidInboxModel::ColumnCount));
    // Rows start oldest first, whatever order the repository's hash returns.
    QCOMPARE(idsInOrder(inbox), (QStringList{QStringLiteral("b1"), QStringLiteral("b2")}));
    QCOMPARE(inbox.rowOfBid(QStringLiteral("b2")), 1);
    QCOMPARE(inbox.rowOfBid(QStringLiteral("unknown")), -1);
}

void TestBidInboxModel::displayColumnsShowBid()
{
    Bid bid = makeBid(QStringLiteral("b1"), QStringLiteral("120.5"), QStringLiteral("EUR"),
                      BidStatus::Rejected, 90);
    bid.note = QStringLiteral("Coffee\nafter the show?");
    fillRepository({bid});

    const auto cell = [this](BidInboxModel::Column column) {
        return m_inbox->index(0, column).data().toString();
    };
    QCOMPARE(cell(BidInboxModel::FanColumn), QStringLiteral("Fan b1"));
    QCOMPARE(cell(BidInboxModel::AmountColumn), QStringLiteral("120.50 EUR"));
    QCOMPARE(cell(BidInboxModel::StatusColumn), QStringLiteral("Rejected"));
    QCOMPARE(cell(BidInboxModel::EscrowColumn), QStringLiteral("Refunded to fan"));
    QCOMPARE(cell(BidInboxModel::ReceivedColumn),
             QLocale().toString(bid.createdAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(BidInboxModel::NoteColumn), QStringLiteral("Coffee after the show?"));

    const QModelIndex index = m_inbox->index(0, BidInboxModel::NoteColumn);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), bid.note);
    QCOMPARE(index.data(BidInboxModel::BidIdRole).toString(), QStringLiteral("b1"));
    QCOMPARE(index.data(BidInboxModel::StatusRole).value<BidStatus>(), BidStatus::Rejected);
    QCOMPARE(index.data(BidInboxModel::EscrowRole).value<EscrowState>(), EscrowState::Refunded);
    QCOMPARE(index.data(BidInboxModel::AmountRole).value<Money>(), bid.amount);
    QCOMPARE(index.data(BidInboxModel::CreatedAtRole).toDateTime(), bid.createdAt);
    QCOMPARE(index.data(BidInboxModel::BusyRole).toBool(), false);
    QCOMPARE(index.data(BidInboxModel::FanNameRole).toString(), QStringLiteral("Fan b1"));
}

void TestBidInboxModel::untrustedTextMadeSafe()
{
    Bid spoof = makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("EUR"));
    spoof.fanName = QStringLiteral("\u202Eevil\u202C");
    spoof.note = QStringLiteral("pay \u2067100\u2069 EUR");
    Bid hebrew = makeBid(QStringLiteral("b2"), QStringLiteral("10.00"), QStringLiteral("EUR"), BidStatus::Pending, 1);
    hebrew.fanName = QStringLiteral("\u05D3\u05E0\u05D4");
    Bid zalgo = makeBid(QStringLiteral("b3"), QStringLiteral("10.00"), QStringLiteral("EUR"), BidStatus::Pending, 2);
    zalgo.fanName = QStringLiteral("Z") + QString(30, QChar(0x0336));
    fillRepository({spoof, hebrew, zalgo});

    const auto fanCell = [this](int row) {
        return m_inbox->index(row, BidInboxModel::FanColumn).data().toString();
    };
    QCOMPARE(fanCell(0), QStringLiteral("evil"));
    QCOMPARE(m_inbox->index(0, 0).data(BidInboxModel::FanNameRole).toString(), QStringLiteral("evil"));
    QCOMPARE(m_inbox->index(0, BidInboxModel::NoteColumn).data().toString(), QStringLiteral("pay 100 EUR"));
    QCOMPARE(m_inbox->index(0, BidInboxModel::NoteColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("pay 100 EUR"));
    QCOMPARE(fanCell(1), QStringLiteral("\u05D3\u05E0\u05D4"));
    QCOMPARE(fanCell(2), QStringLiteral("Z") + QString(MaxCombiningMarks, QChar(0x0336)));
}

void TestBidInboxModel::headersNameColumns()
{
    QCOMPARE(m_inbox->headerData(BidInboxModel::FanColumn, Qt::Horizontal).toString(),
             QStringLiteral("Fan"));
    QCOMPARE(m_inbox->headerData(BidInboxModel::AmountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Amount"));
    QCOMPARE(m_inbox->headerData(BidInboxModel::ReceivedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Received"));
    QCOMPARE(m_inbox->headerData(BidInboxModel::NoteColumn, Qt::Horizontal).toString(),
             QStringLiteral("Note"));

    const QHash<int, QByteArray> roles = m_inbox->roleNames();
    QCOMPARE(roles.value(BidInboxModel::BidIdRole), QByteArray("bidId"));
    QCOMPARE(roles.value(BidInboxModel::AmountRole), QByteArray("amount"));
}

void TestBidInboxModel::addedBidAppendsRow()
{
    fillRepository({makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("USD"))});
    QSignalSpy inserted(m_inbox.get(), &QAbstractItemModel::rowsInserted);

    QVERIFY(m_repository->apply(
        makeBid(QStringLiteral("b2"), QStringLiteral("5.00"), QStringLiteral("USD"))));

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_inbox->rowCount(), 2);
    QCOMPARE(m_inbox->rowOfBid(QStringLiteral("b2")), 1);
    QCOMPARE(m_filter->rowCount(), 2);
}

void TestBidInboxModel::newerVersionUpdatesRow()
{
    fillRepository({makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("USD")),
                    makeBid(QStringLiteral("b2"), QStringLiteral("20.00"), QStringLiteral("USD"))});
    QSignalSpy changed(m_inbox.get(), &QAbstractItemModel::dataChanged);

    Bid accepted = makeBid(QStringLiteral("b2"), QStringLiteral("20.00"), QStringLiteral("USD"),
                           BidStatus::Accepted);
    accepted.version = 2;
    QVERIFY(m_repository->apply(accepted));

    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), BidInboxModel::ColumnCount - 1);
    QCOMPARE(m_inbox->rowCount(), 2);
    const QModelIndex status = m_inbox->index(1, BidInboxModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Accepted"));
    QCOMPARE(status.data(BidInboxModel::StatusRole).value<BidStatus>(), BidStatus::Accepted);
}

void TestBidInboxModel::olderVersionChangesNothing()
{
    Bid bid = makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("USD"));
    bid.version = 3;
    fillRepository({bid});
    QSignalSpy changed(m_inbox.get(), &QAbstractItemModel::dataChanged);

    Bid stale = bid;
    stale.version = 2;
    stale.status = BidStatus::Withdrawn;
    QVERIFY(!m_repository->apply(stale));

    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_inbox->index(0, 0).data(BidInboxModel::StatusRole).value<BidStatus>(),
             BidStatus::Pending);
}

void TestBidInboxModel::resetReplacesRows()
{
    fillRepository({makeBid(QStringLiteral("old"), QStringLiteral("10.00"), QStringLiteral("USD"))});
    QSignalSpy reset(m_inbox.get(), &QAbstractItemModel::modelReset);

    m_repository->reset({makeBid(QStringLiteral("n2"), QStringLiteral("2.00"), QStringLiteral("USD"),
                                 BidStatus::Pending, 2),
                         makeBid(QStringLiteral("n1"), QStringLiteral("1.00"), QStringLiteral("USD"),
                                 BidStatus::Pending, 1)});

    QCOMPARE(reset.count(), 1);
    QCOMPARE(idsInOrder(*m_inbox), (QStringList{QStringLiteral("n1"), QStringLiteral("n2")}));
    QCOMPARE(m_inbox->rowOfBid(QStringLiteral("old")), -1);
    QCOMPARE(m_inbox->rowOfBid(QStringLiteral("n2")), 1);

    // Row lookups must follow the new rows, so an update after a reset lands on the right one.
    Bid changed = makeBid(QStringLiteral("n2"), QStringLiteral("2.00"), QStringLiteral("USD"),
                          BidStatus::Expired, 2);
    changed.version = 2;
    QVERIFY(m_repository->apply(changed));
    QCOMPARE(m_inbox->index(1, 0).data(BidInboxModel::StatusRole).value<BidStatus>(),
             BidStatus::Expired);
}

void TestBidInboxModel::busyBidIsMarked()
{
    fillRepository({makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("USD"))});
    QSignalSpy changed(m_inbox.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex status = m_inbox->index(0, BidInboxModel::StatusColumn);

    m_inbox->setBidBusy(QStringLiteral("b1"), true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(status.data(BidInboxModel::BusyRole).toBool());
    QCOMPARE(status.data().toString(), QStringLiteral("Pending (updating…)"));

    m_inbox->setBidBusy(QStringLiteral("b1"), true);
    QCOMPARE(changed.count(), 1);

    m_inbox->setBidBusy(QStringLiteral("b1"), false);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!status.data(BidInboxModel::BusyRole).toBool());
    QCOMPARE(status.data().toString(), QStringLiteral("Pending"));
}

void TestBidInboxModel::destroyedRepositoryEmptiesModel()
{
    fillRepository({makeBid(QStringLiteral("b1"), QStringLiteral("10.00"), QStringLiteral("USD"))});
    QCOMPARE(m_filter->rowCount(), 1);

    m_repository.reset();

    QCOMPARE(m_inbox->rowCount(), 0);
    QCOMPARE(m_filter->rowCount(), 0);
}

void TestBidInboxModel::filterByStatus_data()
{
    QTest::addColumn<std::optional<BidStatus>>("status");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("all statuses") << std::optional<BidStatus>()
                                  << QStringList{QStringLiteral("p1"), QStringLiteral("a1"),
                                                 QStringLiteral("p2"), QStringLiteral("r1")};
    QTest::newRow("pending") << std::optional<BidStatus>(BidStatus::Pending)
                             << QStringList{QStringLiteral("p1"), QStringLiteral("p2")};
    QTest::newRow("accepted") << std::optional<BidStatus>(BidStatus::Accepted)
                              << QStringList{QStringLiteral("a1")};
    QTest::newRow("rejected") << std::optional<BidStatus>(BidStatus::Rejected)
                              << QStringList{QStringLiteral("r1")};
    QTest::newRow("expired, none") << std::optional<BidStatus>(BidStatus::Expired) << QStringList{};
}

void TestBidInboxModel::filterByStatus()
{
    QFETCH(std::optional<BidStatus>, status);
    QFETCH(QStringList, expectedIds);

    fillRepository({makeBid(QStringLiteral("p1"), QStringLiteral("1.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 1),
                    makeBid(QStringLiteral("a1"), QStringLiteral("2.00"), QStringLiteral("USD"),
                            BidStatus::Accepted, 2),
                    makeBid(QStringLiteral("p2"), QStringLiteral("3.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 3),
                    makeBid(QStringLiteral("r1"), QStringLiteral("4.00"), QStringLiteral("USD"),
                            BidStatus::Rejected, 4)});

    m_filter->setStatusFilter(status);

    QCOMPARE(m_filter->statusFilter(), status);
    QCOMPARE(idsInOrder(*m_filter), expectedIds);
}

void TestBidInboxModel::filterFollowsStatusChange()
{
    fillRepository({makeBid(QStringLiteral("p1"), QStringLiteral("1.00"), QStringLiteral("USD")),
                    makeBid(QStringLiteral("p2"), QStringLiteral("2.00"), QStringLiteral("USD"))});
    m_filter->setStatusFilter(BidStatus::Pending);
    QCOMPARE(m_filter->rowCount(), 2);

    Bid accepted = makeBid(QStringLiteral("p1"), QStringLiteral("1.00"), QStringLiteral("USD"),
                           BidStatus::Accepted);
    accepted.version = 2;
    QVERIFY(m_repository->apply(accepted));

    QCOMPARE(idsInOrder(*m_filter), QStringList{QStringLiteral("p2")});
    QVERIFY(!m_filter->indexOfBid(QStringLiteral("p1")).isValid());
    QCOMPARE(m_filter->indexOfBid(QStringLiteral("p2")).row(), 0);
}

void TestBidInboxModel::sortByAmount_data()
{
    QTest::addColumn<QList<Bid>>("bids");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expectedIds");

    // Each case inserts bids in an order that differs from the expected one.
    QTest::newRow("one fiat asset")
        << QList<Bid>{makeBid(QStringLiteral("mid"), QStringLiteral("100.00"), QStringLiteral("USD")),
                      makeBid(QStringLiteral("high"), QStringLiteral("1000.00"), QStringLiteral("USD")),
                      makeBid(QStringLiteral("low"), QStringLiteral("9.99"), QStringLiteral("USD"))}
        << Qt::AscendingOrder
        << QStringList{QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high")};

    // Text order would put "9.99" after "100.00", and descending order must be numeric too.
    QTest::newRow("one fiat asset, descending")
        << QList<Bid>{makeBid(QStringLiteral("low"), QStringLiteral("9.99"), QStringLiteral("USD")),
                      makeBid(QStringLiteral("high"), QStringLiteral("100.00"), QStringLiteral("USD"))}
        << Qt::DescendingOrder << QStringList{QStringLiteral("high"), QStringLiteral("low")};

    QTest::newRow("assets by code, then amount")
        << QList<Bid>{makeBid(QStringLiteral("usd5"), QStringLiteral("5.00"), QStringLiteral("USD")),
                      makeBid(QStringLiteral("mesi1"), QStringLiteral("1"), QStringLiteral("MESI")),
                      makeBid(QStringLiteral("eur500"), QStringLiteral("500.00"), QStringLiteral("EUR")),
                      makeBid(QStringLiteral("usdc2"), QStringLiteral("2.5"), QStringLiteral("USDC")),
                      makeBid(QStringLiteral("eur20"), QStringLiteral("20.00"), QStringLiteral("EUR")),
                      makeBid(QStringLiteral("usd1"), QStringLiteral("1.00"), QStringLiteral("USD"))}
        << Qt::AscendingOrder
        << QStringList{QStringLiteral("eur20"), QStringLiteral("eur500"), QStringLiteral("mesi1"),
                       QStringLiteral("usd1"), QStringLiteral("usd5"), QStringLiteral("usdc2")};

    // 1234.567890123456789012 MESI is 1234567890123456789012 minor units, above 2^63, and
    // differs from its neighbour only in the last of 18 decimals, which a double cannot hold.
    QTest::newRow("18 decimals above 2^63")
        << QList<Bid>{makeBid(QStringLiteral("larger"), QStringLiteral("1234.567890123456789012"),
                              QStringLiteral("MESI")),
                      makeBid(QStringLiteral("smaller"), QStringLiteral("1234.567890123456789011"),
                              QStringLiteral("MESI")),
                      makeBid(QStringLiteral("small"), QStringLiteral("0.000000000000000001"),
                              QStringLiteral("MESI")),
                      makeBid(QStringLiteral("huge"), QStringLiteral("98765432109876543210"),
                              QStringLiteral("MESI"))}
        << Qt::AscendingOrder
        << QStringList{QStringLiteral("small"), QStringLiteral("smaller"), QStringLiteral("larger"),
                       QStringLiteral("huge")};

    QTest::newRow("18 decimals above 2^63, descending")
        << QList<Bid>{makeBid(QStringLiteral("smaller"), QStringLiteral("1234.567890123456789011"),
                              QStringLiteral("MESI")),
                      makeBid(QStringLiteral("larger"), QStringLiteral("1234.567890123456789012"),
                              QStringLiteral("MESI"))}
        << Qt::DescendingOrder << QStringList{QStringLiteral("larger"), QStringLiteral("smaller")};
}

void TestBidInboxModel::sortByAmount()
{
    QFETCH(QList<Bid>, bids);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expectedIds);

    fillRepository(bids);
    m_filter->sort(BidInboxModel::AmountColumn, order);

    QCOMPARE(idsInOrder(*m_filter), expectedIds);
}

void TestBidInboxModel::sortByTime_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("newest first") << Qt::DescendingOrder
                                  << QStringList{QStringLiteral("day2"), QStringLiteral("hour1"),
                                                 QStringLiteral("minute1")};
    QTest::newRow("oldest first") << Qt::AscendingOrder
                                  << QStringList{QStringLiteral("minute1"), QStringLiteral("hour1"),
                                                 QStringLiteral("day2")};
}

void TestBidInboxModel::sortByTime()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expectedIds);

    // The display text of these times sorts differently from the times themselves.
    fillRepository({makeBid(QStringLiteral("hour1"), QStringLiteral("1.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 60),
                    makeBid(QStringLiteral("day2"), QStringLiteral("1.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 60 * 24 * 11),
                    makeBid(QStringLiteral("minute1"), QStringLiteral("1.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 1)});

    m_filter->sort(BidInboxModel::ReceivedColumn, order);

    QCOMPARE(idsInOrder(*m_filter), expectedIds);
}

void TestBidInboxModel::liveInsertKeepsSortOrder()
{
    fillRepository({makeBid(QStringLiteral("first"), QStringLiteral("1.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 1),
                    makeBid(QStringLiteral("third"), QStringLiteral("1.00"), QStringLiteral("USD"),
                            BidStatus::Pending, 3)});
    m_filter->sort(BidInboxModel::ReceivedColumn, Qt::DescendingOrder);
    const QPersistentModelIndex third = m_filter->index(0, 0);

    QVERIFY(m_repository->apply(makeBid(QStringLiteral("newest"), QStringLiteral("1.00"),
                                        QStringLiteral("USD"), BidStatus::Pending, 9)));
    QVERIFY(m_repository->apply(makeBid(QStringLiteral("second"), QStringLiteral("1.00"),
                                        QStringLiteral("USD"), BidStatus::Pending, 2)));

    QCOMPARE(idsInOrder(*m_filter),
             (QStringList{QStringLiteral("newest"), QStringLiteral("third"), QStringLiteral("second"),
                          QStringLiteral("first")}));
    // Persistent indexes, which a view's selection is made of, follow their bid.
    QVERIFY(third.isValid());
    QCOMPARE(third.data(BidInboxModel::BidIdRole).toString(), QStringLiteral("third"));
}

QTEST_GUILESS_MAIN(TestBidInboxModel)
#include "tst_bidinboxmodel.moc"
