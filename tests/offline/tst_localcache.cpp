#include "store/cacheschema.h"
#include "store/localcache.h"
#include "sync/bidrepository.h"
#include "sync/chatrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;

namespace {

Bid makeBid(const QString &id, qint64 version, BidStatus status = BidStatus::Pending)
{
    Bid bid;
    bid.id = id;
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_1");
    bid.fanName = QStringLiteral("Lena");
    bid.amount = Money::parse(QStringLiteral("1234.567890123456789012"), QStringLiteral("MESI")).value();
    bid.status = status;
    bid.escrow = escrowStateFor(status);
    bid.version = version;
    bid.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    bid.updatedAt = bid.createdAt.addSecs(version);
    return bid;
}

BusyBlock makeBlock(const QString &uid, int startHour, int endHour)
{
    const QDateTime day(QDate(2026, 6, 10), QTime(0, 0), Qt::UTC);
    return BusyBlock{uid, QString(), QStringLiteral("busy ") + uid, day.addSecs(startHour * 3600),
                     day.addSecs(endHour * 3600)};
}

QStringList uidsOf(const BusyBlocks &blocks)
{
    QStringList uids;
    for (const BusyBlock &block : blocks)
        uids.append(block.source + u'/' + block.uid);
    return uids;
}

ChatMessage makeMessage(const QString &id, int second)
{
    ChatMessage message;
    message.id = id;
    message.bidId = QStringLiteral("bid_a");
    message.senderName = QStringLiteral("Lena");
    message.text = QStringLiteral("text of ") + id;
    message.sentAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0, second), Qt::UTC);
    return message;
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

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void outboxMigrationKeepsEntries();
    void busyBlockMigrationKeepsData();
    void busyBlocksReplaceListRemove();
    void invalidBusyBlocksKeepPrevious_data();
    void invalidBusyBlocksKeepPrevious();
    void proposalEntryTextRoundTrip();
    void brokenFileMovedAside_data();
    void brokenFileMovedAside();
    void fileIsOwnerOnly();
    void pathHidesAccount();
    void olderBidVersionIgnored();
    void listingReplacesBidsKeepsOutbox();
    void outboxOrderSurvivesReopen();
    void repositoriesIgnoreReplayAndOrder_data();
    void repositoriesIgnoreReplayAndOrder();
    void pendingMessageReplacedByServerCopy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
};

void TestLocalCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalCache::migratesFromEveryVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    // Version 0 is a new, empty file; every later version is written with its own migrations.
    for (int version = 0; version < store::latestCacheSchemaVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestLocalCache::migratesFromEveryVersion()
{
    QFETCH(int, fromVersion);

    const bool hasBidsTable = fromVersion >= 1;
    {
        Result<std::unique_ptr<store::Database>> old =
            store::Database::open(path(), store::cacheMigrations().mid(0, fromVersion));
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QCOMPARE(old.value()->schemaVersion(), fromVersion);
        if (hasBidsTable) {
            // Named columns, because version 3 added one with a default.
            Result<QSqlQuery *> inserted = old.value()->run(QStringLiteral(
                "INSERT INTO bids (id, creator_handle, fan_id, fan_name, amount, asset, note, "
                "status, escrow, reject_reason, version, created_at, updated_at) VALUES ('bid_old', "
                "'demo', 'fan_1', 'Lena', '120.00', 'USD', '', 'pending', 'locked', '', 3, "
                "1767261600000, 1767261600000)"));
            QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));
        }
    }

    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->movedAsideTo().isEmpty());
    QCOMPARE(cache->schemaVersion(), store::latestCacheSchemaVersion());

    Result<QList<Bid>> bids = cache->loadBids();
    QVERIFY(bids);
    QCOMPARE(bids->size(), hasBidsTable ? 1 : 0);
    if (hasBidsTable) {
        QCOMPARE(bids->constFirst().id, QStringLiteral("bid_old"));
        QCOMPARE(bids->constFirst().amount.toDisplayString(), QStringLiteral("120.00 USD"));
        QCOMPARE(bids->constFirst().version, 3);
    }

    store::OutboxEntry entry;
    entry.id = QStringLiteral("entry_1");
    entry.bidId = QStringLiteral("bid_old");
    entry.idempotencyKey = QStringLiteral("key_1");
    entry.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(cache->enqueue(entry));
    QCOMPARE(cache->outbox()->size(), 1);
}

void TestLocalCache::outboxMigrationKeepsEntries()
{
    {
        Result<std::unique_ptr<store::Database>> old =
            store::Database::open(path(), store::cacheMigrations().mid(0, 3));
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QCOMPARE(old.value()->schemaVersion(), 3);
        // The last entry is removed again, so the counter is ahead of the highest position.
        const QStringList statements{
            QStringLiteral("INSERT INTO outbox (entry_id, kind, bid_id, text, idempotency_key, "
                           "state, attempts, failure, created_at) VALUES ('entry_1', 'accept', "
                           "'bid_1', '', 'key_1', 'queued', 2, '', 1767261600000)"),
            QStringLiteral("INSERT INTO outbox (entry_id, kind, bid_id, text, idempotency_key, "
                           "state, attempts, failure, created_at) VALUES ('entry_2', 'message', "
                           "'bid_2', 'hello', 'key_2', 'failed', 1, 'the fan withdrew', "
                           "1767261601000)"),
            QStringLiteral("INSERT INTO outbox (entry_id, kind, bid_id, text, idempotency_key, "
                           "state, attempts, failure, created_at) VALUES ('entry_3', 'reject', "
                           "'bid_3', 'no', 'key_3', 'queued', 0, '', 1767261602000)"),
            QStringLiteral("DELETE FROM outbox WHERE entry_id = 'entry_3'"),
        };
        for (const QString &statement : statements) {
            Result<QSqlQuery *> done = old.value()->run(statement);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        // The v3 table rejects the new kinds, which is why version 4 rebuilds it.
        QVERIFY(!old.value()->run(QStringLiteral(
            "INSERT INTO outbox (entry_id, kind, bid_id, idempotency_key, state, created_at) "
            "VALUES ('entry_x', 'cancel', 'bid_1', 'key_x', 'queued', 0)")));
    }

    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->movedAsideTo().isEmpty());
    QCOMPARE(cache->schemaVersion(), store::latestCacheSchemaVersion());

    const QList<store::OutboxEntry> migrated = cache->outbox().value();
    QCOMPARE(migrated.size(), 2);
    const store::OutboxEntry &accept = migrated.at(0);
    QCOMPARE(accept.position, 1);
    QCOMPARE(accept.id, QStringLiteral("entry_1"));
    QCOMPARE(accept.kind, store::OutboxEntry::Kind::Accept);
    QCOMPARE(accept.bidId, QStringLiteral("bid_1"));
    QCOMPARE(accept.idempotencyKey, QStringLiteral("key_1"));
    QCOMPARE(accept.state, store::OutboxEntry::State::Queued);
    QCOMPARE(accept.attempts, 2);
    QCOMPARE(accept.createdAt, QDateTime::fromMSecsSinceEpoch(1767261600000, Qt::UTC));
    const store::OutboxEntry &message = migrated.at(1);
    QCOMPARE(message.position, 2);
    QCOMPARE(message.kind, store::OutboxEntry::Kind::Message);
    QCOMPARE(message.text, QStringLiteral("hello"));
    QCOMPARE(message.state, store::OutboxEntry::State::Failed);
    QCOMPARE(message.failure, QStringLiteral("the fan withdrew"));
    QCOMPARE(message.attempts, 1);

    // Every new kind is stored, after the removed entry's position.
    const QList<store::OutboxEntry::Kind> kinds{store::OutboxEntry::Kind::Cancel,
                                                store::OutboxEntry::Kind::Propose,
                                                store::OutboxEntry::Kind::AcceptProposal};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        store::OutboxEntry entry;
        entry.id = QStringLiteral("new_%1").arg(i);
        entry.kind = kinds.at(i);
        entry.bidId = QStringLiteral("bid_1");
        entry.idempotencyKey = QStringLiteral("new_key_%1").arg(i);
        entry.createdAt = QDateTime::currentDateTimeUtc();
        Result<store::OutboxEntry> stored = cache->enqueue(entry);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->position, 4 + i);
    }
    cache.reset();

    cache = openCache(path());
    QVERIFY(cache);
    const QList<store::OutboxEntry> reopened = cache->outbox().value();
    QCOMPARE(reopened.size(), 5);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QCOMPARE(reopened.at(2 + i).kind, kinds.at(i));
}

void TestLocalCache::busyBlockMigrationKeepsData()
{
    {
        Result<std::unique_ptr<store::Database>> old =
            store::Database::open(path(), store::cacheMigrations().mid(0, 4));
        QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
        QCOMPARE(old.value()->schemaVersion(), 4);
        const QStringList statements{
            QStringLiteral("INSERT INTO bids (id, creator_handle, fan_id, fan_name, amount, asset, "
                           "note, status, escrow, reject_reason, version, created_at, updated_at) "
                           "VALUES ('bid_v4', 'demo', 'fan_1', 'Lena', '50.00', 'USD', '', "
                           "'pending', 'locked', '', 2, 1767261600000, 1767261600000)"),
            QStringLiteral("INSERT INTO outbox (entry_id, kind, bid_id, text, idempotency_key, "
                           "state, created_at) VALUES ('entry_1', 'cancel', 'bid_v4', '', 'key_1', "
                           "'queued', 1767261600000)"),
        };
        for (const QString &statement : statements) {
            Result<QSqlQuery *> done = old.value()->run(statement);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        QVERIFY(!old.value()->run(QStringLiteral("SELECT count(*) FROM busy_blocks")));
    }

    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->movedAsideTo().isEmpty());
    QCOMPARE(cache->schemaVersion(), 5);
    QCOMPARE(cache->loadBids()->constFirst().id, QStringLiteral("bid_v4"));
    QCOMPARE(cache->outbox()->size(), 1);
    QVERIFY(cache->busyBlocks(QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                              QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC))
                ->isEmpty());
    QVERIFY(cache->replaceBusyBlocks(QStringLiteral("work.ics"), {makeBlock(QStringLiteral("a"), 9, 10)}));
    QCOMPARE(cache->busySources().value(), QStringList{QStringLiteral("work.ics")});
}

void TestLocalCache::busyBlocksReplaceListRemove()
{
    const QString work = QStringLiteral("work.ics");
    const QString family = QStringLiteral("family.ics");
    const QDateTime day(QDate(2026, 6, 10), QTime(0, 0), Qt::UTC);
    {
        std::unique_ptr<store::LocalCache> cache = openCache(path());
        QVERIFY(cache);
        QVERIFY(cache->replaceBusyBlocks(work, {makeBlock(QStringLiteral("a"), 9, 10),
                                                makeBlock(QStringLiteral("b"), 12, 13),
                                                makeBlock(QStringLiteral("c"), 20, 22)}));
        QVERIFY(cache->replaceBusyBlocks(family, {makeBlock(QStringLiteral("a"), 8, 11)}));
    }

    // Reopened, so the blocks come from the file.
    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    const BusyBlocks all = cache->busyBlocks(day, day.addDays(1)).value();
    QCOMPARE(uidsOf(all), (QStringList{QStringLiteral("family.ics/a"), QStringLiteral("work.ics/a"),
                                       QStringLiteral("work.ics/b"), QStringLiteral("work.ics/c")}));
    QCOMPARE(all.at(1).summary, QStringLiteral("busy a"));
    QCOMPARE(all.at(1).start, day.addSecs(9 * 3600));
    QCOMPARE(all.at(1).end, day.addSecs(10 * 3600));
    QCOMPARE(all.at(1).end.timeSpec(), Qt::UTC);

    // The range is half open: a block that ends at 10:00 is outside [10:00, 13:00).
    QCOMPARE(uidsOf(cache->busyBlocks(day.addSecs(10 * 3600), day.addSecs(13 * 3600)).value()),
             (QStringList{QStringLiteral("family.ics/a"), QStringLiteral("work.ics/b")}));

    QVERIFY(cache->replaceBusyBlocks(work, {makeBlock(QStringLiteral("d"), 15, 16)}));
    QCOMPARE(uidsOf(cache->busyBlocks(day, day.addDays(1)).value()),
             (QStringList{QStringLiteral("family.ics/a"), QStringLiteral("work.ics/d")}));
    QCOMPARE(cache->busySources().value(), (QStringList{family, work}));

    QCOMPARE(cache->removeBusySource(family).value(), 1);
    QCOMPARE(cache->removeBusySource(family).value(), 0);
    QCOMPARE(uidsOf(cache->busyBlocks(day, day.addDays(1)).value()),
             QStringList{QStringLiteral("work.ics/d")});
    QCOMPARE(cache->busySources().value(), QStringList{work});
}

void TestLocalCache::invalidBusyBlocksKeepPrevious_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<BusyBlocks>("blocks");
    QTest::addColumn<QString>("reason");

    const QString work = QStringLiteral("work.ics");
    BusyBlock foreign = makeBlock(QStringLiteral("f"), 9, 10);
    foreign.source = QStringLiteral("other.ics");
    QTest::newRow("empty source") << QString() << BusyBlocks{makeBlock(QStringLiteral("x"), 9, 10)}
                                  << "need the name of their calendar";
    QTest::newRow("other source") << work << BusyBlocks{foreign} << "belongs to calendar 'other.ics'";
    QTest::newRow("no UID") << work << BusyBlocks{makeBlock(QString(), 9, 10)} << "has no UID";
    QTest::newRow("UID twice") << work
                               << BusyBlocks{makeBlock(QStringLiteral("x"), 9, 10),
                                             makeBlock(QStringLiteral("x"), 11, 12)}
                               << "another block of the calendar uses";
    QTest::newRow("empty interval") << work << BusyBlocks{makeBlock(QStringLiteral("x"), 9, 9)}
                                    << "does not end after its start";
}

void TestLocalCache::invalidBusyBlocksKeepPrevious()
{
    QFETCH(QString, source);
    QFETCH(BusyBlocks, blocks);
    QFETCH(QString, reason);
    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->replaceBusyBlocks(QStringLiteral("work.ics"), {makeBlock(QStringLiteral("kept"), 9, 10)}));

    const Result<void> replaced = cache->replaceBusyBlocks(source, blocks);

    QVERIFY(!replaced);
    QVERIFY2(replaced.error().message.contains(reason), qPrintable(replaced.error().message));
    const QDateTime day(QDate(2026, 6, 10), QTime(0, 0), Qt::UTC);
    QCOMPARE(uidsOf(cache->busyBlocks(day, day.addDays(1)).value()),
             QStringList{QStringLiteral("work.ics/kept")});
}

void TestLocalCache::proposalEntryTextRoundTrip()
{
    MeetingTerms terms;
    terms.start = QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
    terms.end = terms.start.addSecs(90 * 60);
    terms.timeZone = QStringLiteral("Europe/Berlin");
    terms.place = QStringLiteral("Café Einstein, \"upstairs\"");

    const QString text = store::proposalEntryText(terms, QStringLiteral("see you"));
    Result<store::ProposalDraft> draft = store::proposalFromEntryText(text);
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
    QCOMPARE(draft->terms, terms);
    QCOMPARE(draft->note, QStringLiteral("see you"));

    terms.place.clear();
    terms.link = QUrl(QStringLiteral("https://meet.example/room"));
    draft = store::proposalFromEntryText(store::proposalEntryText(terms, QString()));
    QVERIFY(draft);
    QCOMPARE(draft->terms, terms);
    QVERIFY(draft->note.isEmpty());

    Result<store::ProposalDraft> damaged = store::proposalFromEntryText(QStringLiteral("{\"terms\":"));
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::Storage);
}

void TestLocalCache::brokenFileMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("overwritten page") << QStringLiteral("overwritten");
    QTest::newRow("newer schema") << QStringLiteral("newer");
}

void TestLocalCache::brokenFileMovedAside()
{
    QFETCH(QString, damage);

    {
        std::unique_ptr<store::LocalCache> cache = openCache(path());
        QVERIFY(cache);
        QList<Bid> bids;
        for (int i = 0; i < 300; ++i)
            bids.append(makeBid(QStringLiteral("bid_%1").arg(i), 1));
        QVERIFY(cache->replaceBids(bids, 42));
    }

    QFile file(path());
    if (damage == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(5000, 'x'));
    } else if (damage == QLatin1String("truncated")) {
        QVERIFY(file.resize(file.size() / 3));
    } else if (damage == QLatin1String("overwritten")) {
        // Past the header page, so the file still looks like SQLite but its b-tree is broken.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 + 100));
        file.write(QByteArray(8192, '\x5a'));
    } else {
        Result<std::unique_ptr<store::Database>> database =
            store::Database::open(path(), store::cacheMigrations());
        QVERIFY(database);
        QVERIFY(database.value()->run(QStringLiteral("PRAGMA user_version=99")));
    }
    file.close();

    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY2(cache->movedAsideTo().startsWith(path() + QStringLiteral(".broken-")),
             qPrintable(cache->movedAsideTo()));
    QVERIFY(QFile::exists(cache->movedAsideTo()));
    QVERIFY(!cache->movedAsideReason().isEmpty());

    // The new cache starts empty and works, so the console rebuilds from the server.
    QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(cache->loadBids()->size(), 0);
    QCOMPARE(cache->eventSeq().value(), std::optional<qint64>());
    QVERIFY(cache->replaceBids({makeBid(QStringLiteral("bid_new"), 1)}, 7));
    QCOMPARE(cache->eventSeq().value(), std::optional<qint64>(7));
}

void TestLocalCache::fileIsOwnerOnly()
{
    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->replaceBids({makeBid(QStringLiteral("bid_1"), 1)}, 1));

    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(path()).permissions() & others, QFileDevice::Permissions());
    const QString wal = path() + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    QCOMPARE(QFileInfo(wal).permissions() & others, QFileDevice::Permissions());
}

void TestLocalCache::pathHidesAccount()
{
    const QString folder = QStringLiteral("/data/profile/cache");
    const QString first = store::LocalCache::pathFor(folder, QStringLiteral("https://api.mesi.example"),
                                                     QStringLiteral("lena"));
    const QString second = store::LocalCache::pathFor(folder, QStringLiteral("https://api.mesi.example"),
                                                      QStringLiteral("marco"));
    QVERIFY(first != second);
    QVERIFY(!QFileInfo(first).fileName().contains(QStringLiteral("lena")));
    QVERIFY(first.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(first.startsWith(folder + QLatin1Char('/')));
}

void TestLocalCache::olderBidVersionIgnored()
{
    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->storeChanges({makeBid(QStringLiteral("bid_1"), 5, BidStatus::Accepted)}, {}, 10));
    QVERIFY(cache->storeChanges({makeBid(QStringLiteral("bid_1"), 4, BidStatus::Pending)}, {}, 11));
    QVERIFY(cache->storeChanges({}, {makeMessage(QStringLiteral("m1"), 1)}, std::nullopt));
    QVERIFY(cache->storeChanges({}, {makeMessage(QStringLiteral("m1"), 1)}, std::nullopt));

    const QList<Bid> bids = cache->loadBids().value();
    QCOMPARE(bids.size(), 1);
    QCOMPARE(bids.constFirst().version, 5);
    QCOMPARE(bids.constFirst().status, BidStatus::Accepted);
    QCOMPARE(bids.constFirst().amount.toDecimalString(), QStringLiteral("1234.567890123456789012"));
    QCOMPARE(cache->loadMessages(QStringLiteral("bid_a"))->size(), 1);
    QCOMPARE(cache->eventSeq().value(), std::optional<qint64>(11));
}

void TestLocalCache::listingReplacesBidsKeepsOutbox()
{
    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    QVERIFY(cache->replaceBids({makeBid(QStringLiteral("bid_gone"), 1)}, 3));
    store::OutboxEntry entry;
    entry.id = QStringLiteral("entry_1");
    entry.bidId = QStringLiteral("bid_gone");
    entry.idempotencyKey = QStringLiteral("key_1");
    entry.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(cache->enqueue(entry));

    QVERIFY(cache->replaceBids({makeBid(QStringLiteral("bid_new"), 1)}, 9));
    const QList<Bid> bids = cache->loadBids().value();
    QCOMPARE(bids.size(), 1);
    QCOMPARE(bids.constFirst().id, QStringLiteral("bid_new"));
    QCOMPARE(cache->outbox()->size(), 1);
}

void TestLocalCache::outboxOrderSurvivesReopen()
{
    {
        std::unique_ptr<store::LocalCache> cache = openCache(path());
        QVERIFY(cache);
        for (int i = 0; i < 5; ++i) {
            store::OutboxEntry entry;
            entry.id = QStringLiteral("entry_%1").arg(i);
            entry.kind = i % 2 ? store::OutboxEntry::Kind::Message : store::OutboxEntry::Kind::Reject;
            entry.bidId = QStringLiteral("bid_%1").arg(i);
            entry.text = QStringLiteral("text %1").arg(i);
            entry.idempotencyKey = QStringLiteral("key_%1").arg(i);
            entry.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(cache->enqueue(entry));
        }
        QVERIFY(cache->recordAttempt(QStringLiteral("entry_0")));
        QVERIFY(cache->markFailed(QStringLiteral("entry_1"), QStringLiteral("the fan withdrew")));
        QVERIFY(cache->removeEntry(QStringLiteral("entry_2")).value());
        QVERIFY(!cache->recordAttempt(QStringLiteral("entry_2")));
    }

    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    const QList<store::OutboxEntry> entries = cache->outbox().value();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).id, QStringLiteral("entry_0"));
    QCOMPARE(entries.at(0).attempts, 1);
    QCOMPARE(entries.at(0).idempotencyKey, QStringLiteral("key_0"));
    QCOMPARE(entries.at(1).state, store::OutboxEntry::State::Failed);
    QCOMPARE(entries.at(1).failure, QStringLiteral("the fan withdrew"));
    QCOMPARE(entries.at(2).id, QStringLiteral("entry_3"));
    QCOMPARE(entries.at(2).kind, store::OutboxEntry::Kind::Message);
    QCOMPARE(entries.at(3).id, QStringLiteral("entry_4"));
    QVERIFY(entries.at(2).position < entries.at(3).position);
}

void TestLocalCache::repositoriesIgnoreReplayAndOrder_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("in order") << QList<int>{0, 1, 2};
    QTest::newRow("each twice") << QList<int>{0, 0, 1, 1, 2, 2};
    QTest::newRow("reversed") << QList<int>{2, 1, 0};
    QTest::newRow("newest first then replay") << QList<int>{2, 0, 1, 2, 0};
}

void TestLocalCache::repositoriesIgnoreReplayAndOrder()
{
    QFETCH(QList<int>, order);

    const QList<Bid> versions{makeBid(QStringLiteral("bid_1"), 1, BidStatus::Pending),
                              makeBid(QStringLiteral("bid_1"), 2, BidStatus::Accepted),
                              makeBid(QStringLiteral("bid_1"), 3, BidStatus::Scheduled)};
    const QList<ChatMessage> messages{makeMessage(QStringLiteral("m_b"), 5),
                                      makeMessage(QStringLiteral("m_a"), 5),
                                      makeMessage(QStringLiteral("m_c"), 1)};

    sync::BidRepository bids;
    sync::ChatRepository chats;
    std::unique_ptr<store::LocalCache> cache = openCache(path());
    QVERIFY(cache);
    for (int index : order) {
        bids.apply(versions.at(index));
        chats.add(messages.at(index));
        QVERIFY(cache->storeChanges({versions.at(index)}, {messages.at(index)}, std::nullopt));
    }

    QCOMPARE(bids.size(), 1);
    QCOMPARE(bids.find(QStringLiteral("bid_1"))->version, 3);
    QCOMPARE(cache->loadBids()->constFirst().status, BidStatus::Scheduled);

    // Server time first, then id: m_c (12:00:01), m_a and m_b (both 12:00:05).
    const QStringList expected{QStringLiteral("m_c"), QStringLiteral("m_a"), QStringLiteral("m_b")};
    QStringList shown;
    for (const ChatMessage &message : chats.messages(QStringLiteral("bid_a")))
        shown.append(message.id);
    QStringList stored;
    const QList<ChatMessage> storedMessages = cache->loadMessages(QStringLiteral("bid_a")).value();
    for (const ChatMessage &message : storedMessages)
        stored.append(message.id);
    const int distinct = int(QSet<int>(order.cbegin(), order.cend()).size());
    QCOMPARE(shown.size(), distinct);
    QCOMPARE(stored.size(), distinct);
    if (distinct == 3) {
        QCOMPARE(shown, expected);
        QCOMPARE(stored, expected);
    }
}

void TestLocalCache::pendingMessageReplacedByServerCopy()
{
    sync::ChatRepository chats;
    ChatMessage pending = makeMessage(QString(), 9);
    pending.clientId = QStringLiteral("client_1");
    QVERIFY(chats.addPending(pending, sync::Delivery::Pending) >= 0);
    QCOMPARE(chats.messages(QStringLiteral("bid_a")).size(), 1);
    const QString pendingId = sync::ChatRepository::pendingId(QStringLiteral("client_1"));
    QCOMPARE(chats.delivery(pendingId), sync::Delivery::Pending);

    ChatMessage server = makeMessage(QStringLiteral("msg_1"), 10);
    server.clientId = QStringLiteral("client_1");
    chats.add(server);
    chats.add(server);
    QCOMPARE(chats.messages(QStringLiteral("bid_a")).size(), 1);
    QCOMPARE(chats.messages(QStringLiteral("bid_a")).constFirst().id, QStringLiteral("msg_1"));
    QCOMPARE(chats.delivery(QStringLiteral("msg_1")), sync::Delivery::Sent);

    // After a restart the outbox may still hold the entry; its server copy is already shown.
    QCOMPARE(chats.addPending(pending, sync::Delivery::Pending), -1);
    QCOMPARE(chats.messages(QStringLiteral("bid_a")).size(), 1);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
