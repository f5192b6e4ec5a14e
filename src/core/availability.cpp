#include "availability.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace mesi {

namespace {

const QStringList &dayWireNames()
{
    static const QStringList names{
        QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
        QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
        QStringLiteral("sunday"),
    };
    return names;
}

bool windowBefore(const AvailabilityWindow &a, const AvailabilityWindow &b)
{
    if (a.day != b.day)
        return a.day < b.day;
    if (a.startMinute != b.startMinute)
        return a.startMinute < b.startMinute;
    return a.endMinute < b.endMinute;
}

Error invalid(const QString &message, const QString &field)
{
    return makeError(ErrorCode::InvalidArgument, message, field);
}

} // namespace

QList<AvailabilityWindow> Availability::windowsOn(Qt::DayOfWeek day) const
{
    QList<AvailabilityWindow> result;
    for (const AvailabilityWindow &window : windows) {
        if (window.day == day)
            result.append(window);
    }
    std::sort(result.begin(), result.end(), windowBefore);
    return result;
}

Availability normalizedAvailability(Availability availability)
{
    std::sort(availability.windows.begin(), availability.windows.end(), windowBefore);
    availability.windows.erase(std::unique(availability.windows.begin(), availability.windows.end()),
                               availability.windows.end());
    std::sort(availability.blockedDates.begin(), availability.blockedDates.end());
    availability.blockedDates.erase(
        std::unique(availability.blockedDates.begin(), availability.blockedDates.end()),
        availability.blockedDates.end());
    return availability;
}

Result<void> validateAvailability(const Availability &availability)
{
    if (availability.timeZone.isEmpty()
        || !QTimeZone::isTimeZoneIdAvailable(availability.timeZone.toUtf8())) {
        return invalid(QStringLiteral("time zone '%1' is unknown; use an IANA name such as "
                                      "Europe/Berlin or America/New_York")
                           .arg(availability.timeZone.left(100)),
                       QStringLiteral("timeZone"));
    }
    if (availability.travelBufferMinutes < 0
        || availability.travelBufferMinutes > MaxTravelBufferMinutes) {
        return invalid(QStringLiteral("travel buffer of %1 minutes is out of range; use 0 to %2 "
                                      "minutes")
                           .arg(availability.travelBufferMinutes)
                           .arg(MaxTravelBufferMinutes),
                       QStringLiteral("travelBufferMinutes"));
    }
    if (availability.windows.size() > MaxAvailabilityWindows) {
        return invalid(QStringLiteral("%1 availability windows are more than the %2 allowed; "
                                      "merge or remove some")
                           .arg(availability.windows.size())
                           .arg(MaxAvailabilityWindows),
                       QStringLiteral("windows"));
    }
    if (availability.blockedDates.size() > MaxBlockedDates) {
        return invalid(QStringLiteral("%1 blocked dates are more than the %2 allowed; remove "
                                      "dates that have passed")
                           .arg(availability.blockedDates.size())
                           .arg(MaxBlockedDates),
                       QStringLiteral("blockedDates"));
    }
    for (const QDate &date : availability.blockedDates) {
        if (!date.isValid())
            return invalid(QStringLiteral("a blocked date is not a valid date; use YYYY-MM-DD"),
                           QStringLiteral("blockedDates"));
    }

    for (const AvailabilityWindow &window : availability.windows) {
        if (window.startMinute < 0 || window.startMinute >= MinutesPerDay || window.endMinute > MinutesPerDay) {
            return invalid(QStringLiteral("window %1 lies outside the day; use times from 00:00 "
                                          "to 24:00")
                               .arg(describeWindow(window)),
                           QStringLiteral("windows"));
        }
        if (window.endMinute <= window.startMinute) {
            return invalid(QStringLiteral("window %1 ends before it starts; give an end later "
                                          "than the start, at most 24:00")
                               .arg(describeWindow(window)),
                           QStringLiteral("windows"));
        }
    }

    // Repeated windows are dropped by normalizing, so only distinct ones can overlap.
    const QList<AvailabilityWindow> sorted = normalizedAvailability(availability).windows;
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const AvailabilityWindow &previous = sorted.at(i - 1);
        const AvailabilityWindow &current = sorted.at(i);
        if (previous.day == current.day && current.startMinute < previous.endMinute) {
            return invalid(QStringLiteral("window %1 overlaps window %2; merge them or move one")
                               .arg(describeWindow(current), describeWindow(previous)),
                           QStringLiteral("windows"));
        }
    }
    return {};
}

QString toWire(Qt::DayOfWeek day)
{
    return dayWireNames().value(static_cast<int>(day) - 1);
}

Result<Qt::DayOfWeek> dayOfWeekFromWire(const QString &name)
{
    const qsizetype index = dayWireNames().indexOf(name);
    if (index < 0) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("unknown weekday '%1'; expected monday to sunday")
                             .arg(name.left(60)),
                         QStringLiteral("day"));
    }
    return static_cast<Qt::DayOfWeek>(index + 1);
}

QString dayName(Qt::DayOfWeek day)
{
    QString name = toWire(day);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString formatMinuteOfDay(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

Result<int> parseMinuteOfDay(const QString &text, bool allowEndOfDay)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const int hours = match.hasMatch() ? match.captured(1).toInt() : -1;
    const int minutes = match.hasMatch() ? match.captured(2).toInt() : -1;
    const int total = hours * 60 + minutes;
    const bool inDay = hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
    const bool endOfDay = allowEndOfDay && total == MinutesPerDay && minutes == 0;
    if (!inDay && !endOfDay) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("time '%1' is not a time of day; use HH:mm from 00:00 to %2")
                             .arg(text.left(40),
                                  allowEndOfDay ? QStringLiteral("24:00") : QStringLiteral("23:59")));
    }
    return total;
}

QString describeWindow(const AvailabilityWindow &window)
{
    return QStringLiteral("%1 %2–%3")
        .arg(dayName(window.day), formatMinuteOfDay(window.startMinute),
             formatMinuteOfDay(window.endMinute));
}

} // namespace mesi
