#pragma once

// Internal to the import: turns one VEVENT into busy blocks.

#include "icscomponent.h"
#include "icsdatetime.h"

#include "core/busyblock.h"
#include "core/result.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <functional>

namespace mesi::ical {

/// Settings and lookups that every event of one import shares.
struct EventContext
{
    QString source;
    QTimeZone floatingZone;
    QDateTime windowStart; ///< UTC.
    QDateTime windowEnd;   ///< UTC.
    /// Finds the zone of a TZID parameter, or fails naming the line.
    std::function<Result<QTimeZone>(const QString &tzid, int line)> zoneFor;
    /// Keys "<UID>#<UTC start>" of the occurrences that events with RECURRENCE-ID replace.
    QSet<QString> overridden;
};

/// Collects blocks and checks that their UIDs are unique and their number within MaxBlocks.
struct BlockSink
{
    BusyBlocks blocks;
    QHash<QString, int> lineOfUid;
};

/// The key of an occurrence: "<UID>#20260314T090000Z".
QString occurrenceKey(const QString &uid, const QDateTime &startUtc);

/// Reads a date or date-time property with its VALUE and TZID parameters.
Result<IcsTime> readTimeProperty(const ContentLine &property, const EventContext &context);

/// Adds the blocks of event to sink; events that are cancelled or transparent add none.
Result<void> addEventBlocks(const Component &event, const EventContext &context, BlockSink &sink);

} // namespace mesi::ical
