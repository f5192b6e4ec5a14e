#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mesi {

/// Minutes in a day; a window may end at this minute, which is midnight at the end of its day.
inline constexpr int MinutesPerDay = 24 * 60;
/// Maximum travel buffer before and after each meeting, in minutes.
inline constexpr int MaxTravelBufferMinutes = 240;
/// Maximum number of weekly windows, which is ten per weekday.
inline constexpr int MaxAvailabilityWindows = 70;
/// Maximum number of blocked dates, enough for about three years of holidays and trips.
inline constexpr int MaxBlockedDates = 1000;

/// A weekly time range in which the creator takes meetings, in the availability's time zone.
struct AvailabilityWindow
{
    Qt::DayOfWeek day = Qt::Monday;
    int startMinute = 0; ///< Minutes after local midnight, 0 to 1439.
    int endMinute = 0;   ///< Minutes after local midnight, after startMinute and at most 1440.

    friend bool operator==(const AvailabilityWindow &, const AvailabilityWindow &) = default;
};

/**
 * When a creator takes meetings: weekly windows and whole blocked dates, both read in the
 * creator's home IANA zone, plus a travel buffer kept free before and after each meeting.
 * Without any window every time of an unblocked date counts as available.
 */
struct Availability
{
    QString timeZone; ///< IANA name such as "Europe/Berlin".
    QList<AvailabilityWindow> windows;
    QList<QDate> blockedDates; ///< Dates in timeZone.
    int travelBufferMinutes = 0;

    /// The windows of day, sorted by start.
    QList<AvailabilityWindow> windowsOn(Qt::DayOfWeek day) const;
    bool isBlocked(QDate date) const { return blockedDates.contains(date); }

    friend bool operator==(const Availability &, const Availability &) = default;
};

/// Sorts windows by day and start and blocked dates by date, and drops repeated ones.
Availability normalizedAvailability(Availability availability);

/**
 * Checks availability a creator submits: a known zone, windows that end after they start
 * and do not overlap on one day, a buffer from 0 to MaxTravelBufferMinutes and the list sizes.
 * Repeated entries are not an error; normalizedAvailability() drops them.
 */
Result<void> validateAvailability(const Availability &availability);

/// "monday" to "sunday", the wire names of weekdays.
QString toWire(Qt::DayOfWeek day);
Result<Qt::DayOfWeek> dayOfWeekFromWire(const QString &name);
/// The English name of a weekday for messages, such as "Monday".
QString dayName(Qt::DayOfWeek day);

/// Formats minutes after midnight as "HH:mm"; 1440 is "24:00".
QString formatMinuteOfDay(int minute);
/// Parses "HH:mm" into minutes after midnight; "24:00" only when endOfDay is allowed.
Result<int> parseMinuteOfDay(const QString &text, bool allowEndOfDay);
/// A window as "Monday 10:00–13:00".
QString describeWindow(const AvailabilityWindow &window);

} // namespace mesi

Q_DECLARE_METATYPE(mesi::AvailabilityWindow)
Q_DECLARE_METATYPE(mesi::Availability)
