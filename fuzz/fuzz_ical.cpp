// Fuzzes the .ics importer: any bytes go through parseBusyBlocks(), and every block it accepts
// must be a real interval inside the import window, within the block limit.

#include "fuzzsupport.h"

#include "ical/icsparser.h"

#include <QTimeZone>

using namespace mesi;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A fixed reference time and zone keep a crash reproducible on any day and machine.
    ical::ImportOptions options;
    options.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    options.floatingZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    const Result<BusyBlocks> blocks =
        ical::parseBusyBlocks(fuzz::inputBytes(data, size), QStringLiteral("fuzz.ics"), options);
    if (!blocks)
        return 0;

    if (blocks->size() > ical::MaxBlocks)
        fuzz::fail("block limit", QStringLiteral("%1 blocks").arg(blocks->size()));
    const QDateTime windowStart = options.now.addDays(-options.daysBack);
    const QDateTime windowEnd = options.now.addDays(options.daysAhead);
    for (const BusyBlock &block : *blocks) {
        if (!block.start.isValid() || !block.end.isValid() || block.start >= block.end)
            fuzz::fail("interval", block.uid);
        if (block.end <= windowStart || block.start >= windowEnd)
            fuzz::fail("inside the window", block.uid);
        if (block.uid.isEmpty() || block.source != QLatin1String("fuzz.ics"))
            fuzz::fail("uid and source", block.uid);
    }
    return 0;
}
