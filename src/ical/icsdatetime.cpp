#include "icsdatetime.h"

#include "icserror.h"

#include <optional>

namespace mesi::ical {

namespace {

/// Reads count ASCII digits at position; nullopt when any is not a digit.
std::optional<int> readDigits(const QString &text, qsizetype position, int count)
{
    if (position + count > text.size())
        return std::nullopt;
    int number = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(position + i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        number = number * 10 + (c.unicode() - u'0');
    }
    return number;
}

Error badTime(int line, const QString &property, const QString &value)
{
    return lineError(line, QStringLiteral("%1 has the invalid date or time '%2'; write it as "
                                          "YYYYMMDD or YYYYMMDDTHHMMSS, with a Z for UTC")
                               .arg(property, value.left(40)));
}

} // namespace

QDateTime IcsTime::toUtc() const
{
    if (kind == Kind::Utc)
        return QDateTime(date, time, Qt::UTC);
    return resolveLocalTime(date, time, zone);
}

QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall-clock reading taken as if it were UTC; the real instant is that minus the offset.
    const QDateTime wall(date, time, Qt::UTC);
    if (!zone.isValid())
        return wall;

    // Every offset in effect within a day of the reading; real offsets stay within ±26 hours.
    QList<int> offsets;
    for (const qint64 shift : {-86400LL, 0LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(wall.addSecs(shift));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }

    std::optional<QDateTime> first;
    QDateTime earliestCandidate;
    for (const int offset : std::as_const(offsets)) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (!earliestCandidate.isValid() || candidate < earliestCandidate)
            earliestCandidate = candidate;
        if (zone.offsetFromUtc(candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return *first;

    // A gap: the offset in effect just before it is the one at the earliest candidate.
    return wall.addSecs(-zone.offsetFromUtc(earliestCandidate));
}

Result<IcsTime> parseTimeValue(const QString &value, int line, const QString &property)
{
    IcsTime parsed;
    const std::optional<int> year = readDigits(value, 0, 4);
    const std::optional<int> month = readDigits(value, 4, 2);
    const std::optional<int> day = readDigits(value, 6, 2);
    if (!year || !month || !day)
        return badTime(line, property, value);
    parsed.date = QDate(*year, *month, *day);
    if (!parsed.date.isValid())
        return badTime(line, property, value);

    if (value.size() == 8) {
        parsed.kind = IcsTime::Kind::Date;
        parsed.time = QTime(0, 0);
        return parsed;
    }
    if (value.size() < 15 || value.at(8) != u'T')
        return badTime(line, property, value);
    const std::optional<int> hour = readDigits(value, 9, 2);
    const std::optional<int> minute = readDigits(value, 11, 2);
    std::optional<int> second = readDigits(value, 13, 2);
    if (!hour || !minute || !second)
        return badTime(line, property, value);
    if (*second == 60)
        second = 59; // A leap second; QTime has none, and a second earlier is close enough.
    parsed.time = QTime(*hour, *minute, *second);
    if (!parsed.time.isValid())
        return badTime(line, property, value);

    if (value.size() == 15) {
        parsed.kind = IcsTime::Kind::Local;
        return parsed;
    }
    if (value.size() == 16 && (value.at(15) == u'Z' || value.at(15) == u'z')) {
        parsed.kind = IcsTime::Kind::Utc;
        return parsed;
    }
    return badTime(line, property, value);
}

Result<IcsDuration> parseDuration(const QString &value, int line)
{
    const Error invalid = lineError(
        line, QStringLiteral("DURATION has the invalid value '%1'; write it like PT1H30M, P1D "
                             "or P2W")
                  .arg(value.left(40)));
    QString text = value.toUpper();
    if (text.startsWith(u'-')) {
        return lineError(line, QStringLiteral("DURATION '%1' is negative; an event needs a "
                                              "positive length")
                                   .arg(value.left(40)));
    }
    if (text.startsWith(u'+'))
        text.remove(0, 1);
    if (!text.startsWith(u'P') || text.size() < 3)
        return invalid;

    IcsDuration duration;
    bool inTime = false;
    bool sawNumber = false;
    qint64 number = 0;
    int digits = 0;
    // Units must appear in the order of the grammar; units lists what may still follow.
    QString units = QStringLiteral("WDT");
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            if (++digits > 9)
                return invalid; // Keeps the arithmetic far from overflow.
            number = number * 10 + (c.unicode() - u'0');
            continue;
        }
        const qsizetype unitIndex = units.indexOf(c);
        if (unitIndex < 0)
            return invalid;
        if (c == u'T') {
            if (digits > 0)
                return invalid;
            inTime = true;
            units = QStringLiteral("HMS");
            continue;
        }
        if (digits == 0)
            return invalid;
        if (!inTime && c == u'W')
            duration.days += number * 7;
        else if (!inTime && c == u'D')
            duration.days += number;
        else if (c == u'H')
            duration.seconds += number * 3600;
        else if (c == u'M')
            duration.seconds += number * 60;
        else if (c == u'S')
            duration.seconds += number;
        units = c == u'W' ? QString() : units.mid(unitIndex + 1);
        sawNumber = true;
        number = 0;
        digits = 0;
    }
    if (!sawNumber || digits > 0)
        return invalid;
    return duration;
}

QString formatUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString formatLocal(const QDateTime &wallClock)
{
    return wallClock.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

} // namespace mesi::ical
