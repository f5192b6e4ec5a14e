#pragma once

#include "core/busyblock.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace mesi::ical {

/// Largest .ics file the import reads, in bytes.
inline constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
/// Most busy blocks one file may produce, after recurrences are expanded.
inline constexpr qsizetype MaxBlocks = 50000;

/// Settings of an import that do not come from the file.
struct ImportOptions
{
    QDateTime now;              ///< The window's reference time; the current time when invalid.
    QTimeZone floatingZone = QTimeZone::systemTimeZone(); ///< Zone of floating times and DATE values.
    int daysBack = 365;         ///< The window starts this many days before now.
    int daysAhead = 2 * 365;    ///< The window ends this many days after now.
};

/**
 * Reads the busy times of an .ics file (RFC 5545) as blocks tagged with source: every VEVENT
 * that is neither TRANSP:TRANSPARENT nor STATUS:CANCELLED and that shares a moment with the
 * window, with DAILY and WEEKLY recurrences expanded inside the window.
 *
 * The import is all or nothing. Any malformed line, unknown time zone, unsupported rule or
 * exceeded limit (MaxFileBytes, MaxBlocks) fails the whole file. The Error's field is the
 * line number (see errorLine()), and its message gives the reason and what to do. A recurring
 * event's blocks get the UID "<UID>#<start of the occurrence in UTC>", so every block of a
 * source has its own UID. It never crashes or loops without bound on any input.
 */
Result<BusyBlocks> parseBusyBlocks(const QByteArray &data, const QString &source,
                                   const ImportOptions &options);

/// parseBusyBlocks() with default options; the entry point for fuzzing.
Result<BusyBlocks> parseBusyBlocks(const QByteArray &data, const QString &source);

} // namespace mesi::ical
