// A full disk while the cache writes, simulated with a small file-size limit (RLIMIT_FSIZE):
// every failed write reports the disk and the file, nothing already stored is damaged, and
// the changes collected meanwhile reach the file once space is back.

#include "store/localcache.h"
#include "sync/cachewriter.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace mesi;

namespace {

Bid makeBid(int number)
{
    Bid bid;
    bid.id = QStringLiteral("bid_%1").arg(number, 6, 10, QLatin1Char('0'));
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_%1").arg(number % 50);
    bid.fanName = QStringLiteral("Fan %1").arg(number % 50);
    bid.amount = Money::parse(QStringLiteral("25.00"), QStringLiteral("EUR")).value();
    bid.note = QString(400, QLatin1Char('x'));
    bid.status = BidStatus::Pending;
    bid.escrow = escrowStateFor(bid.status);
    bid.version = 1;
    bid.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(number);
    bid.updatedAt = bid.createdAt;
    return bid;
}

QList<Bid> makeBids(int first, int count)
{
    QList<Bid> bids;
    for (int i = first; i < first + count; ++i)
        bids.append(makeBid(i));
    return bids;
}

store::OutboxEntry makeEntry(const QString &id)
{
    store::OutboxEntry entry;
    entry.id = id;
    entry.kind = store::OutboxEntry::Kind::Reject;
    entry.bidId = QStringLiteral("bid_000001");
    entry.text = QStringLiteral("dates do not work for me");
    entry.idempotencyKey = QStringLiteral("key_") + id;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    return entry;
}

std::unique_ptr<store::LocalCache> openCache(const QString &path)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(path);
    if (!cache) {
        qWarning("%s", qPrintable(cache.error().message));
        return {};
    }
    return std::move(cache).value();
}

/// Lowers the soft file-size limit of this process for its lifetime, like a nearly full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        // Without this, a write past the limit kills the process with SIGXFSZ instead of
        // failing with EFBIG, which SQLite reports as a full disk.
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        rlimit lowered = m_previous;
        lowered.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit() { lift(); }

    bool isActive() const { return m_ok; }
    void lift()
    {
        if (m_ok)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        m_ok = false;
        std::signal(SIGXFSZ, m_previousHandler);
    }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedWritesKeepStoredDataAndRetry();
};

void TestDiskFull::failedWritesKeepStoredDataAndRetry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("account.sqlite"));
    {
        std::unique_ptr<store::LocalCache> cache = openCache(path);
        QVERIFY(cache);
        QVERIFY(cache->replaceBids(makeBids(0, 100), 100));
        QVERIFY(cache->enqueue(makeEntry(QStringLiteral("entry_1"))));
        QVERIFY(cache->enqueue(makeEntry(QStringLiteral("entry_2"))));
    }
    // Closing the last connection folds the write-ahead log into the file, so the next
    // writes start the log from its beginning, which the limit below stops after a few pages.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    std::unique_ptr<store::LocalCache> cache = openCache(path);
    QVERIFY(cache);
    sync::CacheWriter writer(*cache);
    writer.setRetryDelay(50);
    QSignalSpy failed(&writer, &sync::CacheWriter::writeFailed);
    QSignalSpy recovered(&writer, &sync::CacheWriter::writeRecovered);
    bool thirdEntryStored = false;
    {
        FileSizeLimit limit(16 * 1024);
        QVERIFY2(limit.isActive(), "cannot lower RLIMIT_FSIZE for this process");

        Result<void> listing = cache->replaceBids(makeBids(1000, 5000), 300);
        QVERIFY(!listing);
        QCOMPARE(listing.error().code, ErrorCode::Storage);
        QVERIFY2(listing.error().message.contains(QStringLiteral("free some disk space")),
                 qPrintable(listing.error().message));
        QVERIFY2(listing.error().message.contains(path), qPrintable(listing.error().message));

        // 3,000 changes pass the writer's batch size, so it writes at once and fails.
        for (const Bid &bid : makeBids(10000, 3000))
            writer.addBid(bid);
        writer.setEventSeq(200);
        QCOMPARE(failed.size(), 1);
        QVERIFY(writer.isFailing());
        QVERIFY(failed.constFirst().constFirst().value<Error>().message.contains(QStringLiteral("free some disk space")));

        // The retry fails again while the disk is full, without reporting each attempt.
        QTest::qWait(200);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(recovered.size(), 0);

        // A small outbox entry may still fit; either it is stored whole or the call returns an error.
        Result<store::OutboxEntry> third = cache->enqueue(makeEntry(QStringLiteral("entry_3")));
        thirdEntryStored = bool(third);
        if (!third)
            QVERIFY2(third.error().message.contains(QStringLiteral("free some disk space")), qPrintable(third.error().message));
    }

    QTRY_COMPARE(recovered.size(), 1);
    QVERIFY(!writer.isFailing());
    cache.reset();

    cache = openCache(path);
    QVERIFY(cache);
    QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    const QList<Bid> bids = cache->loadBids().value();
    QCOMPARE(bids.size(), 100 + 3000);
    QCOMPARE(cache->eventSeq().value(), std::optional<qint64>(200));
    // The Result must outlive the loop, because value() refers into it.
    const Result<QList<store::OutboxEntry>> entries = cache->outbox();
    QVERIFY(entries);
    QStringList entryIds;
    for (const store::OutboxEntry &entry : entries.value())
        entryIds.append(entry.id);
    QStringList expected{QStringLiteral("entry_1"), QStringLiteral("entry_2")};
    if (thirdEntryStored)
        expected.append(QStringLiteral("entry_3"));
    QCOMPARE(entryIds, expected);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
