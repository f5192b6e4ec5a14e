#pragma once

#include "core/result.h"

#include <QDateTime>

namespace mesi::sandbox {

class SandboxStore;

/// Handle of the seeded creator who accepts bids; the demo fan bids on it.
inline QString demoCreatorHandle() { return QStringLiteral("demo"); }
/// Handle of the seeded creator who accepts no bids.
inline QString pausedCreatorHandle() { return QStringLiteral("paused"); }
/// Handle of the seeded AI account, which sells virtual sessions with the persona "Nova".
inline QString aiCreatorHandle() { return QStringLiteral("nova"); }

enum class SeedOutcome {
    Seeded,       ///< The demo data was written.
    KeptExisting, ///< Creators existed already, so nothing was written.
};

/**
 * Writes the demo data when the database has no creator yet. It creates the creators demo
 * (password "demo") and paused (password "paused", accepts no bids) and 8 fans. It places
 * 12 bids on demo in USD, EUR, USDC and MESI: 9 pending, 2 accepted with chat messages
 * and 1 rejected. It also creates the AI account nova (password "nova") with a price
 * table in USD and two pending session bids.
 * Everything goes through the same rules as the API, so events and ledger entries exist too.
 */
Result<SeedOutcome> seedDemo(SandboxStore &store, const QDateTime &now);

} // namespace mesi::sandbox
