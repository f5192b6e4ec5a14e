#pragma once

#include "database.h"
#include "outboxentry.h"

#include "core/bid.h"
#include "core/busyblock.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace mesi::store {

/**
 * The console's local copy of one account: bids, chat messages, the sync position, the
 * outbox and imported busy blocks, in one SQLite file with WAL.
 *
 * It never stores tokens, passwords, keys or KYF data. Every change of several rows runs in
 * one transaction. A file that is not SQLite, fails PRAGMA integrity_check, or comes from a
 * newer schema is moved aside as "<name>.broken-<timestamp>" and an empty cache starts in its
 * place, so the console rebuilds from the server.
 *
 * Threading: create and use it on one thread, like Database.
 */
class LocalCache
{
public:
    /// Path name that keeps an in-memory cache, for sessions that must not touch the disk.
    static QString inMemoryPath() { return QStringLiteral(":memory:"); }

    /**
     * Path of the cache of one account: a file in the AppLocalDataLocation "cache" folder
     * whose name is a SHA-256 of the API address and the handle, so handles never appear in
     * file names.
     */
    static QString pathFor(const QString &folder, const QString &apiAddress, const QString &handle);

    /**
     * Opens or creates the cache at path with mode 0600 (on Unix) and migrates it. A damaged,
     * foreign or newer file is moved aside first; see movedAsideTo().
     */
    static Result<std::unique_ptr<LocalCache>> open(const QString &path);

    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    QString path() const { return m_database->path(); }
    /// Path of the previous file when open() moved it aside; empty otherwise.
    QString movedAsideTo() const { return m_movedAsideTo; }
    /// Reason open() moved the previous file aside; empty otherwise.
    QString movedAsideReason() const { return m_movedAsideReason; }
    int schemaVersion() { return m_database->schemaVersion(); }
    /// Runs PRAGMA integrity_check; returns "ok" or SQLite's list of problems.
    Result<QString> integrityCheck();

    Result<QList<Bid>> loadBids();
    /// Loads one bid's chat, oldest first.
    Result<QList<ChatMessage>> loadMessages(const QString &bidId);

    /**
     * Replaces every bid with a full listing and stores eventSeq as the sync position, in one
     * transaction. Messages and the outbox stay.
     */
    Result<void> replaceBids(const QList<Bid> &bids, qint64 eventSeq);
    /// Stores bids (when newer than the stored version), messages and, if given, the sync position, in one transaction.
    Result<void> storeChanges(const QList<Bid> &bids, const QList<ChatMessage> &messages,
                              std::optional<qint64> eventSeq);
    /// Sequence number of the last applied event; nullopt before the first full listing.
    Result<std::optional<qint64>> eventSeq();

    /// Reads or writes a named value of sync_state, such as the creator's display name.
    Result<QString> stateValue(const QString &name);
    Result<void> setStateValue(const QString &name, const QString &value);

    /// Stores a new entry at the end of the outbox and returns it with its position.
    Result<OutboxEntry> enqueue(OutboxEntry entry);
    /// Every outbox entry, in order.
    Result<QList<OutboxEntry>> outbox();
    /// Counts one more send of the entry; done before the request leaves.
    Result<void> recordAttempt(const QString &entryId);
    Result<void> markFailed(const QString &entryId, const QString &failure);
    /// Removes an entry that was cancelled, dismissed or delivered; false if it was not there.
    Result<bool> removeEntry(const QString &entryId);
    /// Removes a delivered entry and stores the server's response, in one transaction.
    Result<void> completeEntry(const QString &entryId, const std::optional<Bid> &bid,
                               const std::optional<ChatMessage> &message);

    /**
     * Replaces every busy block of source with blocks in one transaction, so a failed import
     * leaves the previous blocks in place. Each block's source must be empty or equal source.
     * An empty source, a block without UID, an end not after its start and a UID used twice are
     * errors.
     */
    Result<void> replaceBusyBlocks(const QString &source, const BusyBlocks &blocks);
    /// The busy blocks of every source that share a moment with [from, to), by start, source and UID.
    Result<BusyBlocks> busyBlocks(const QDateTime &from, const QDateTime &to);
    /// The names of the imported calendars, sorted.
    Result<QStringList> busySources();
    /// Removes every busy block of source and returns how many there were.
    Result<int> removeBusySource(const QString &source);

private:
    LocalCache(std::unique_ptr<Database> database, QString movedAsideTo, QString reason);
    static Result<std::unique_ptr<Database>> openChecked(const QString &path);
    Result<void> storeBid(const Bid &bid, bool onlyIfNewer);
    Result<void> storeMessage(const ChatMessage &message);
    Result<void> storeEventSeq(qint64 eventSeq);

    std::unique_ptr<Database> m_database;
    QString m_movedAsideTo;
    QString m_movedAsideReason;
};

} // namespace mesi::store
