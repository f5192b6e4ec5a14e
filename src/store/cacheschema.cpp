#include "cacheschema.h"

namespace mesi::store {

QList<Migration> cacheMigrations()
{
    // Times are milliseconds since the Unix epoch in UTC, so loading needs no text parsing.
    // Amounts stay decimal text, because they may exceed 64 bits.
    Migration first;
    first.version = 1;
    first.statements = {
        QStringLiteral("CREATE TABLE bids ("
                       " id TEXT PRIMARY KEY,"
                       " creator_handle TEXT NOT NULL,"
                       " fan_id TEXT NOT NULL,"
                       " fan_name TEXT NOT NULL,"
                       " amount TEXT NOT NULL,"
                       " asset TEXT NOT NULL,"
                       " note TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " escrow TEXT NOT NULL,"
                       " reject_reason TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id TEXT PRIMARY KEY,"
                       " bid_id TEXT NOT NULL,"
                       " sender TEXT NOT NULL,"
                       " sender_name TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " client_id TEXT NOT NULL,"
                       " sent_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_by_bid ON messages(bid_id, sent_at, id)"),
        // Named values such as the sequence number of the last applied event.
        QStringLiteral("CREATE TABLE sync_state ("
                       " name TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
    };

    // position orders the outbox: entries are sent in the order the creator made them.
    Migration second;
    second.version = 2;
    second.statements = {
        QStringLiteral("CREATE TABLE outbox ("
                       " position INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " entry_id TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'message')),"
                       " bid_id TEXT NOT NULL,"
                       " text TEXT NOT NULL DEFAULT '',"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " state TEXT NOT NULL CHECK (state IN ('queued', 'failed')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " failure TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
    };

    // The lifecycle parts of a bid (KYF request, meeting, AI session, cancellation) in their
    // wire form, and meeting proposals of messages. KYF answers are never cached.
    Migration third;
    third.version = 3;
    third.statements = {
        QStringLiteral("ALTER TABLE bids ADD COLUMN lifecycle TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN proposal TEXT NOT NULL DEFAULT ''"),
    };

    // SQLite cannot change a CHECK constraint, so the outbox is rebuilt to admit the lifecycle
    // kinds. Its AUTOINCREMENT counter moves to the new table before the copy, so positions of
    // removed entries are not handed out again and the queue order holds.
    Migration fourth;
    fourth.version = 4;
    fourth.statements = {
        QStringLiteral("CREATE TABLE outbox_v4 ("
                       " position INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " entry_id TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'message', "
                       "'propose', 'accept_proposal', 'cancel')),"
                       " bid_id TEXT NOT NULL,"
                       " text TEXT NOT NULL DEFAULT '',"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " state TEXT NOT NULL CHECK (state IN ('queued', 'failed')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " failure TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("UPDATE sqlite_sequence SET name = 'outbox_v4' WHERE name = 'outbox'"),
        QStringLiteral("INSERT INTO outbox_v4 (position, entry_id, kind, bid_id, text, "
                       "idempotency_key, state, attempts, failure, created_at) "
                       "SELECT position, entry_id, kind, bid_id, text, idempotency_key, state, "
                       "attempts, failure, created_at FROM outbox"),
        QStringLiteral("DROP TABLE outbox"),
        QStringLiteral("ALTER TABLE outbox_v4 RENAME TO outbox"),
    };

    // Busy times imported from the creator's other calendars, one row per (source, uid). Times
    // are milliseconds since the Unix epoch in UTC, like in the other tables.
    Migration fifth;
    fifth.version = 5;
    fifth.statements = {
        QStringLiteral("CREATE TABLE busy_blocks ("
                       " source TEXT NOT NULL,"
                       " uid TEXT NOT NULL,"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " start_at INTEGER NOT NULL,"
                       " end_at INTEGER NOT NULL CHECK (end_at > start_at),"
                       " PRIMARY KEY (source, uid))"),
        QStringLiteral("CREATE INDEX busy_blocks_by_time ON busy_blocks(start_at, end_at)"),
    };

    return {first, second, third, fourth, fifth};
}

int latestCacheSchemaVersion()
{
    return cacheMigrations().constLast().version;
}

} // namespace mesi::store
