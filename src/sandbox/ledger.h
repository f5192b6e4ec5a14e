#pragma once

#include "core/money.h"
#include "core/result.h"
#include "store/database.h"

#include <QJsonObject>

namespace mesi::sandbox {

/// Kind of a ledger entry: the change it made to a bid's escrow.
enum class LedgerKind {
    Lock,    ///< The fan's amount was locked when the bid was placed.
    Release, ///< The locked amount was paid to the creator.
    Refund,  ///< The locked amount went back to the fan.
};
QString toWire(LedgerKind kind);

/**
 * The escrow ledger: one lock per bid, then at most one release or refund.
 *
 * The table's unique indexes enforce "once, never both", so a second settlement of a
 * bid fails with a storage error instead of moving money twice.
 */
class Ledger
{
public:
    explicit Ledger(store::Database &database) : m_database(database) {}

    /// Writes an entry; call inside the transaction of the bid change it belongs to.
    Result<void> record(const QString &bidId, LedgerKind kind, const Money &amount,
                        const QDateTime &at);

    /**
     * Returns {"entries": [...], "locked": {"USD": "123.00", ...}, "bids": [...]}: every
     * entry oldest first; per asset the locks minus the releases and refunds, computed
     * from the entries alone (every asset appears, with zero when nothing is locked); and
     * every bid's id, status, escrow state, amount and asset, for checking the two agree.
     */
    Result<QJsonObject> report();

private:
    store::Database &m_database;
};

} // namespace mesi::sandbox
