#pragma once

#include "core/result.h"

#include <QString>

namespace mesi::bench {

/// Handle and password of the synthetic creator that the benchmark signs in as.
inline constexpr char16_t CreatorHandle[] = u"bench";
inline constexpr char16_t CreatorPassword[] = u"bench-password";

/// Size of the synthetic account written into a sandbox data folder.
struct AccountSize
{
    int bids = 50000;
    int messages = 200000; ///< Spread over the bids that end accepted or scheduled.
};

/**
 * Creates the creator and writes the account into dataDir's sandbox.sqlite through
 * sandbox::SandboxStore, so the ledger, events and rows are exactly what the API writes.
 * Bids are placed oldest first over the past year, in USD, EUR, USDC and MESI, and then
 * moved to their final status. Rejected, withdrawn, expired and cancelled bids are refunded.
 */
Result<void> fillAccount(const QString &dataDir, const AccountSize &size);

/**
 * Places count pending bids on the creator of an account made by fillAccount, so a
 * client that resumes from an older position gets count bid.created events replayed.
 */
Result<void> addBidBurst(const QString &dataDir, int count);

} // namespace mesi::bench
