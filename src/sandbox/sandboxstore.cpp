#include "sandboxstore.h"

#include "core/logging.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>

namespace mesi::sandbox {

SandboxStore::SandboxStore(std::unique_ptr<store::Database> database)
    : m_database(std::move(database)),
      m_accounts(*m_database),
      m_events(*m_database),
      m_profiles(*m_database, m_events),
      m_ledger(*m_database),
      m_bids(*m_database, m_accounts, m_profiles, m_ledger, m_events),
      m_chat(*m_database, m_bids, m_events),
      m_lifecycle(m_bids, m_chat, m_profiles),
      m_passes(*m_database, m_bids),
      m_fanKeys(*m_database, m_bids, m_passes),
      m_idempotencyKeys(*m_database)
{
}

SandboxStore::~SandboxStore() = default;

Result<std::unique_ptr<SandboxStore>> SandboxStore::open(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no data folder given; pass one with --data"),
                         QStringLiteral("data"));
    }
    if (!QDir().mkpath(dataDir)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot create the data folder '%1'; choose another "
                                        "with --data")
                             .arg(dataDir),
                         QStringLiteral("data"));
    }
    const QFileInfo folder(dataDir);
    if (!folder.isDir() || !folder.isWritable()) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the data folder '%1' is not a writable folder; fix its "
                                        "permissions or choose another with --data")
                             .arg(dataDir),
                         QStringLiteral("data"));
    }

    const QString path = QDir(dataDir).filePath(databaseFileName());
    Result<std::unique_ptr<store::Database>> database = store::Database::open(path,
                                                                              sandboxMigrations());
    if (!database)
        return database.error();
    return std::unique_ptr<SandboxStore>(new SandboxStore(std::move(database).value()));
}

Result<void> SandboxStore::change(const std::function<Result<void>()> &work)
{
    Result<void> done = m_database->transaction(work);
    if (done)
        m_events.publishCommitted();
    else
        m_events.discardUncommitted();
    return done;
}

Result<int> SandboxStore::sweep(const QDateTime &now)
{
    Result<QList<StoredBid>> due = m_bids.dueForSweep(now);
    if (!due)
        return due.error();
    int changed = 0;
    for (const StoredBid &stored : due.value()) {
        Result<void> done = change([&]() -> Result<void> {
            Result<bool> swept = m_lifecycle.sweepBid(stored, now);
            if (!swept)
                return swept.error();
            changed += swept.value() ? 1 : 0;
            return {};
        });
        if (!done)
            return done.error();
    }
    return changed;
}

Result<Bid> SandboxStore::placeBidFromJson(const Fan &fan, const QJsonObject &body,
                                           const QDateTime &at)
{
    Result<PlaceBidRequest> request = parsePlaceBidRequest(body);
    if (!request)
        return request.error();
    return m_bids.placeBid(fan, request.value(), at);
}

} // namespace mesi::sandbox
