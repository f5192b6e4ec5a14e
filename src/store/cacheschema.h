#pragma once

#include "database.h"

namespace mesi::store {

/**
 * The migrations of the console's local cache, oldest first.
 *
 * Version 1 contains bids, chat messages and the sync position. Version 2 adds the outbox.
 * Version 5 adds the busy blocks imported from the creator's other calendars.
 * A new version appends a step here and never edits an earlier one, because files of
 * every earlier version exist on users' machines.
 */
QList<Migration> cacheMigrations();

/// The schema version that cacheMigrations() ends at.
int latestCacheSchemaVersion();

} // namespace mesi::store
