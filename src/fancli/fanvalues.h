#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Parsers for the option values of mesi-fan that need more than a non-empty check.
namespace mesi::fancli {

/// Largest step of the sandbox clock that mesi-sandbox accepts: 366 days, in seconds.
inline constexpr qint64 MaxClockAdvanceSeconds = 366LL * 24 * 60 * 60;

/**
 * Parses a duration such as 90s, 45m, 48h, 7d or 2d3h into seconds: whole numbers, each
 * followed by d, h, m or s, the units from largest to smallest and each at most once.
 * The total must be 1 to MaxClockAdvanceSeconds.
 */
Result<qint64> parseDuration(const QString &text);

/**
 * Parses the meeting time given in option `option`. Text with Z or an offset, such as
 * 2030-05-01T16:00Z, is an instant. Text without one, such as 2030-05-01T18:00, is a wall-clock
 * time in zone. A wall-clock time that a daylight-saving change skips or repeats is an error,
 * because it names no instant or two. Returns UTC.
 */
Result<QDateTime> parseMeetingTime(const QString &text, const QTimeZone &zone, const QString &option);

} // namespace mesi::fancli
