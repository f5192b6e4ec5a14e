#pragma once

#include "core/result.h"

#include <QString>
#include <QUrlQuery>

namespace mesi::sandbox {

/// Reads the limit query item: 1 to MaxPageSize, DefaultPageSize when absent.
Result<int> parseLimit(const QUrlQuery &query);

/**
 * Makes an opaque cursor for the row after which the next page starts. The scope, such as
 * "bids", is part of the cursor, so a chat cursor is rejected on the bid list.
 */
QString encodeCursor(const QString &scope, qint64 row);
/// Reads the cursor query item; 0 when absent, an error on the field "cursor" when malformed.
Result<qint64> parseCursor(const QUrlQuery &query, const QString &scope);

} // namespace mesi::sandbox
