#include "schema.h"

namespace mesi::sandbox {

QList<store::Migration> sandboxMigrations()
{
    store::Migration first;
    first.version = 1;
    first.statements = {
        QStringLiteral("CREATE TABLE creators ("
                       " id TEXT PRIMARY KEY,"
                       " handle TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL,"
                       " accepts_bids INTEGER NOT NULL CHECK (accepts_bids IN (0, 1)),"
                       " password_hash TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE fans ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " created_at TEXT NOT NULL)"),
        // Only a hash of each token is kept, so a copied database file grants no access.
        QStringLiteral("CREATE TABLE sessions ("
                       " token_hash TEXT PRIMARY KEY,"
                       " principal_kind TEXT NOT NULL CHECK (principal_kind IN ('creator', 'fan')),"
                       " principal_id TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        // row orders bids by insertion; id is the opaque public id.
        QStringLiteral("CREATE TABLE bids ("
                       " row INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " id TEXT NOT NULL UNIQUE,"
                       " creator_id TEXT NOT NULL REFERENCES creators(id),"
                       " fan_id TEXT NOT NULL REFERENCES fans(id),"
                       " amount TEXT NOT NULL,"
                       " asset TEXT NOT NULL,"
                       " note TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " reject_reason TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX bids_by_creator ON bids(creator_id, status, row)"),
        QStringLiteral("CREATE TABLE messages ("
                       " row INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " id TEXT NOT NULL UNIQUE,"
                       " bid_id TEXT NOT NULL REFERENCES bids(id),"
                       " sender TEXT NOT NULL CHECK (sender IN ('fan', 'creator')),"
                       " sender_name TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " client_id TEXT,"
                       " sent_at TEXT NOT NULL,"
                       " UNIQUE (bid_id, client_id))"),
        QStringLiteral("CREATE TABLE ledger ("
                       " row INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " bid_id TEXT NOT NULL REFERENCES bids(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('lock', 'release', 'refund')),"
                       " asset TEXT NOT NULL,"
                       " amount TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " UNIQUE (bid_id, kind))"),
        // One settlement per bid: the escrow is released or refunded once, never both.
        QStringLiteral("CREATE UNIQUE INDEX ledger_one_settlement ON ledger(bid_id)"
                       " WHERE kind IN ('release', 'refund')"),
        QStringLiteral("CREATE TABLE events ("
                       " creator_id TEXT NOT NULL REFERENCES creators(id),"
                       " seq INTEGER NOT NULL CHECK (seq > 0),"
                       " type TEXT NOT NULL,"
                       " occurred_at TEXT NOT NULL,"
                       " data TEXT NOT NULL,"
                       " PRIMARY KEY (creator_id, seq))"),
        QStringLiteral("CREATE TABLE idempotency_keys ("
                       " principal_kind TEXT NOT NULL,"
                       " principal_id TEXT NOT NULL,"
                       " key TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " status INTEGER NOT NULL,"
                       " body BLOB NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " PRIMARY KEY (principal_kind, principal_id, key))"),
    };

    // Listing all of a creator's bids newest first walks this index instead of sorting the
    // whole table for every page.
    store::Migration listingIndex;
    listingIndex.version = 2;
    listingIndex.statements = {
        QStringLiteral("CREATE INDEX bids_by_creator_row ON bids(creator_id, row)"),
    };
    // The lifecycle: creator settings, fan tiers and KYC forms, KYF, meetings, AI sessions,
    // meeting proposals in the chat, pass signing keys and one redemption per meeting.
    store::Migration lifecycle;
    lifecycle.version = 3;
    lifecycle.statements = {
        QStringLiteral("ALTER TABLE creators ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'"
                       " CHECK (kind IN ('person', 'ai'))"),
        QStringLiteral("ALTER TABLE creators ADD COLUMN settings TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE fans ADD COLUMN tier TEXT NOT NULL DEFAULT 'basic'"),
        // The KYC form a fan filled in at registration, as a JSON object keyed by KYF field.
        QStringLiteral("ALTER TABLE fans ADD COLUMN kyc TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN expires_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE bids SET expires_at ="
                       " strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+7 days')"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN kyf_state TEXT NOT NULL DEFAULT 'not_required'"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN kyf_fields TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN kyf_deadline TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN meeting TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN meeting_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX bids_by_meeting ON bids(meeting_id) WHERE meeting_id != ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN session TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX bids_by_status ON bids(status)"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN proposal TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE signing_keys ("
                       " id TEXT PRIMARY KEY,"
                       " creator_id TEXT NOT NULL REFERENCES creators(id),"
                       " public_key TEXT NOT NULL UNIQUE,"
                       " label TEXT NOT NULL,"
                       " registered_at TEXT NOT NULL,"
                       " revoked_at TEXT NOT NULL DEFAULT '')"),
        // The primary key makes a second redemption of a meeting fail inside its transaction.
        QStringLiteral("CREATE TABLE redemptions ("
                       " meeting_id TEXT PRIMARY KEY,"
                       " bid_id TEXT NOT NULL UNIQUE REFERENCES bids(id),"
                       " fan_id TEXT NOT NULL,"
                       " key_id TEXT NOT NULL,"
                       " redeemed_at TEXT NOT NULL)"),
    };
    // Fan keys for the confirmation codes a fan's phone shows when it cannot scan the pass,
    // and how each meeting was confirmed.
    store::Migration fanKeys;
    fanKeys.version = 4;
    fanKeys.statements = {
        QStringLiteral("CREATE TABLE fan_keys ("
                       " id TEXT PRIMARY KEY,"
                       " fan_id TEXT NOT NULL REFERENCES fans(id),"
                       " public_key TEXT NOT NULL UNIQUE,"
                       " label TEXT NOT NULL,"
                       " registered_at TEXT NOT NULL,"
                       " revoked_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX fan_keys_by_fan ON fan_keys(fan_id)"),
        QStringLiteral("ALTER TABLE redemptions ADD COLUMN method TEXT NOT NULL DEFAULT 'pass'"
                       " CHECK (method IN ('pass', 'fan_code'))"),
    };

    // The deadline sweep runs before every request, so each of its three cases gets a partial
    // index instead of a walk over every pending and accepted bid.
    store::Migration sweepIndexes;
    sweepIndexes.version = 5;
    sweepIndexes.statements = {
        QStringLiteral("CREATE INDEX bids_pending_expiry ON bids(expires_at)"
                       " WHERE status = 'pending' AND expires_at != ''"),
        QStringLiteral("CREATE INDEX bids_kyf_due ON bids(kyf_deadline)"
                       " WHERE status = 'accepted' AND kyf_state = 'requested'"),
        QStringLiteral("CREATE INDEX bids_live_sessions ON bids(row)"
                       " WHERE status = 'accepted' AND session != ''"),
    };

    // Creator access tokens expire and are renewed with rotating refresh tokens. A family
    // links every token of one sign-in, so sign-out or a reused refresh token ends them all.
    store::Migration tokenLifetime;
    tokenLifetime.version = 6;
    tokenLifetime.statements = {
        // Milliseconds since the epoch; 0 never expires (fan tokens).
        QStringLiteral("ALTER TABLE sessions ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN family TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX sessions_by_family ON sessions(family) WHERE family != ''"),
        QStringLiteral("CREATE TABLE refresh_tokens ("
                       " token_hash TEXT PRIMARY KEY,"
                       " family TEXT NOT NULL,"
                       " creator_id TEXT NOT NULL REFERENCES creators(id),"
                       " expires_at INTEGER NOT NULL,"
                       " used INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX refresh_tokens_by_family ON refresh_tokens(family)"),
    };

    // A creator's weekly availability as its wire JSON; empty until the creator sets one.
    store::Migration availability;
    availability.version = 7;
    availability.statements = {
        QStringLiteral("ALTER TABLE creators ADD COLUMN availability TEXT NOT NULL DEFAULT ''"),
    };
    return {first, listingIndex, lifecycle, fanKeys, sweepIndexes, tokenLifetime, availability};
}

} // namespace mesi::sandbox
