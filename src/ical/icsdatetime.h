#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace mesi::ical {

/// A DATE or DATE-TIME value as written in a file, before its zone is applied.
struct IcsTime
{
    enum class Kind {
        Date,     ///< A whole day, such as 20260314; placed in the floating zone.
        Utc,      ///< A time ending in Z.
        Local,    ///< A time in zone: the TZID zone, or the floating zone when there is no TZID.
    };

    Kind kind = Kind::Utc;
    QDate date;
    QTime time; ///< Midnight for a Date.
    QTimeZone zone; ///< Unused for Utc.

    QDateTime toUtc() const;
};

/**
 * A DURATION value: nominal days (weeks count as 7 days) that follow the wall clock of the
 * event's zone, plus exact seconds (RFC 5545, 3.3.6).
 */
struct IcsDuration
{
    qint64 days = 0;
    qint64 seconds = 0;
};

/**
 * Converts a wall-clock time in zone to UTC the way RFC 5545 (3.3.5) reads it: a time that
 * occurs twice means the first occurrence, and a time in a gap uses the offset before the gap.
 */
QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone &zone);

/// Parses YYYYMMDD or YYYYMMDDTHHMMSS[Z]; property names the line's property in the error.
Result<IcsTime> parseTimeValue(const QString &value, int line, const QString &property);

/// Parses a DURATION such as PT1H30M, P1D or P2W; negative durations are rejected.
Result<IcsDuration> parseDuration(const QString &value, int line);

/// Formats a UTC instant as 20260314T090000Z.
QString formatUtc(const QDateTime &instant);
/// Formats a wall-clock time as 20260314T100000, with no zone.
QString formatLocal(const QDateTime &wallClock);

} // namespace mesi::ical
