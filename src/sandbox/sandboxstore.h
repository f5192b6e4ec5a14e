#pragma once

#include "accounts.h"
#include "bidbook.h"
#include "chat.h"
#include "eventlog.h"
#include "fankeys.h"
#include "idempotency.h"
#include "ledger.h"
#include "lifecycle.h"
#include "passbook.h"
#include "profiles.h"
#include "store/database.h"

#include <functional>
#include <memory>

namespace mesi::sandbox {

/**
 * Everything the sandbox keeps in sandbox.sqlite, and the one way to change it.
 *
 * Threading: like store::Database, a SandboxStore belongs to the thread that opened it.
 */
class SandboxStore
{
public:
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    /// Creates dataDir if needed and opens or creates its sandbox.sqlite.
    static Result<std::unique_ptr<SandboxStore>> open(const QString &dataDir);

    /**
     * Runs work in one transaction. Events appended by work reach the EventLog listener
     * only after the commit; an error from work rolls everything back and is returned.
     */
    Result<void> change(const std::function<Result<void>()> &work);

    /// Validates a place-bid JSON body and places the bid; the HTTP route and the demo fan share it.
    Result<Bid> placeBidFromJson(const Fan &fan, const QJsonObject &body, const QDateTime &at);

    /**
     * Applies every deadline that has passed by now (bid expiry, unanswered KYF, the end
     * of an AI session), each bid in its own transaction. Returns how many bids changed.
     */
    Result<int> sweep(const QDateTime &now);

    Accounts &accounts() { return m_accounts; }
    Profiles &profiles() { return m_profiles; }
    Lifecycle &lifecycle() { return m_lifecycle; }
    PassBook &passes() { return m_passes; }
    FanKeys &fanKeys() { return m_fanKeys; }
    BidBook &bids() { return m_bids; }
    Chat &chat() { return m_chat; }
    EventLog &events() { return m_events; }
    IdempotencyKeys &idempotencyKeys() { return m_idempotencyKeys; }
    Ledger &ledger() { return m_ledger; }
    QString databasePath() const { return m_database->path(); }

private:
    explicit SandboxStore(std::unique_ptr<store::Database> database);

    std::unique_ptr<store::Database> m_database;
    Accounts m_accounts;
    EventLog m_events;
    Profiles m_profiles;
    Ledger m_ledger;
    BidBook m_bids;
    Chat m_chat;
    Lifecycle m_lifecycle;
    PassBook m_passes;
    FanKeys m_fanKeys;
    IdempotencyKeys m_idempotencyKeys;
};

} // namespace mesi::sandbox
