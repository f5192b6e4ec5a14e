#include "availabilitycodec.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace mesi::contract {

namespace {

const QString Subject = QStringLiteral("availability");

Error availabilityError(const Error &error)
{
    return makeError(ErrorCode::Protocol, QStringLiteral("%1: %2").arg(Subject, error.message),
                     error.field);
}

// Errors of one list item name the list as their field and the item's position in the
// message, because the error body's field names object members only.
Result<AvailabilityWindow> windowFromJson(const QJsonValue &value, qsizetype index)
{
    const QString field = QStringLiteral("windows");
    if (!value.isObject()) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1: window %2 must be an object, got %3")
                             .arg(Subject)
                             .arg(index + 1)
                             .arg(describeJsonType(value)),
                         field);
    }
    JsonReader reader(value.toObject(), QStringLiteral("window %1").arg(index + 1));
    const QString day = reader.string(QStringLiteral("day"));
    const QString start = reader.string(QStringLiteral("start"));
    const QString end = reader.string(QStringLiteral("end"));
    if (!reader.ok()) {
        return makeError(ErrorCode::Protocol, QStringLiteral("%1: %2").arg(Subject, reader.error().message),
                         field);
    }

    const auto itemError = [index, &field](const Error &error) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1: window %2: %3").arg(Subject).arg(index + 1).arg(error.message),
                         field);
    };
    AvailabilityWindow window;
    Result<Qt::DayOfWeek> parsedDay = dayOfWeekFromWire(day);
    if (!parsedDay)
        return itemError(parsedDay.error());
    window.day = parsedDay.value();
    Result<int> startMinute = parseMinuteOfDay(start, false);
    if (!startMinute)
        return itemError(startMinute.error());
    window.startMinute = startMinute.value();
    Result<int> endMinute = parseMinuteOfDay(end, true);
    if (!endMinute)
        return itemError(endMinute.error());
    window.endMinute = endMinute.value();
    return window;
}

Result<QDate> dateFromJson(const QJsonValue &value, qsizetype index)
{
    const QString field = QStringLiteral("blockedDates");
    const QDate date = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
    // fromString() accepts a few other forms too, so the text must read back unchanged.
    if (!date.isValid() || date.toString(Qt::ISODate) != value.toString()) {
        const QString shown = value.isString() ? QStringLiteral("'%1'").arg(value.toString().left(40))
                                               : describeJsonType(value);
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1: blocked date %2 (number %3) is not a date; use "
                                        "YYYY-MM-DD such as 2026-12-24")
                             .arg(Subject, shown)
                             .arg(index + 1),
                         field);
    }
    return date;
}

} // namespace

QJsonObject toJson(const Availability &availability)
{
    QJsonArray windows;
    for (const AvailabilityWindow &window : availability.windows) {
        windows.append(QJsonObject{{QStringLiteral("day"), toWire(window.day)},
                                   {QStringLiteral("start"), formatMinuteOfDay(window.startMinute)},
                                   {QStringLiteral("end"), formatMinuteOfDay(window.endMinute)}});
    }
    QJsonArray dates;
    for (const QDate &date : availability.blockedDates)
        dates.append(date.toString(Qt::ISODate));
    return QJsonObject{
        {QStringLiteral("timeZone"), availability.timeZone},
        {QStringLiteral("windows"), windows},
        {QStringLiteral("blockedDates"), dates},
        {QStringLiteral("travelBufferMinutes"), availability.travelBufferMinutes},
    };
}

Result<Availability> availabilityFromJson(const QJsonObject &object)
{
    JsonReader reader(object, Subject);
    Availability availability;
    availability.timeZone = reader.string(QStringLiteral("timeZone"));
    const QJsonArray windows = reader.array(QStringLiteral("windows"));
    const QJsonArray dates = reader.array(QStringLiteral("blockedDates"));
    const qint64 buffer = reader.integer(QStringLiteral("travelBufferMinutes"));
    if (!reader.ok())
        return reader.error();

    if (windows.size() > MaxAvailabilityWindows || dates.size() > MaxBlockedDates) {
        const bool tooManyWindows = windows.size() > MaxAvailabilityWindows;
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1: %2 %3 are more than the %4 allowed")
                             .arg(Subject)
                             .arg(tooManyWindows ? windows.size() : dates.size())
                             .arg(tooManyWindows ? QStringLiteral("windows") : QStringLiteral("blocked dates"))
                             .arg(tooManyWindows ? MaxAvailabilityWindows : MaxBlockedDates),
                         tooManyWindows ? QStringLiteral("windows") : QStringLiteral("blockedDates"));
    }
    for (qsizetype i = 0; i < windows.size(); ++i) {
        Result<AvailabilityWindow> window = windowFromJson(windows.at(i), i);
        if (!window)
            return window.error();
        availability.windows.append(window.value());
    }
    for (qsizetype i = 0; i < dates.size(); ++i) {
        Result<QDate> date = dateFromJson(dates.at(i), i);
        if (!date)
            return date.error();
        availability.blockedDates.append(date.value());
    }
    if (buffer < 0 || buffer > MaxTravelBufferMinutes) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1: travel buffer of %2 minutes is out of range; use 0 to "
                                        "%3 minutes")
                             .arg(Subject)
                             .arg(buffer)
                             .arg(MaxTravelBufferMinutes),
                         QStringLiteral("travelBufferMinutes"));
    }
    availability.travelBufferMinutes = static_cast<int>(buffer);

    availability = normalizedAvailability(availability);
    if (Result<void> valid = validateAvailability(availability); !valid)
        return availabilityError(valid.error());
    return availability;
}

} // namespace mesi::contract
