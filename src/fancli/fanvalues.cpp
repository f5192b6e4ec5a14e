#include "fanvalues.h"

#include "contract/jsonreader.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace mesi::fancli {

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

Error invalidValue(const QString &message, const QString &option)
{
    return makeError(ErrorCode::InvalidArgument, message, option);
}

/// Offsets the zone uses within a day of `near`, so both sides of a nearby change are covered.
QList<int> nearbyOffsets(const QTimeZone &zone, const QDateTime &near)
{
    QList<int> offsets;
    for (qint64 shift : {-SecondsPerDay, qint64(0), SecondsPerDay}) {
        const int offset = zone.offsetFromUtc(near.addSecs(shift));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    return offsets;
}

/// Formats an offset from UTC in seconds as +02:00 or -03:30.
QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression grammar(
        QStringLiteral("^(?:(\\d{1,9})d)?(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?$"));
    const QString option = QStringLiteral("advance");
    const QRegularExpressionMatch match = grammar.match(text);
    if (text.isEmpty() || !match.hasMatch()) {
        return invalidValue(QStringLiteral("invalid --advance '%1'; give whole numbers with the units "
                                           "d, h, m or s from largest to smallest, such as 90s, "
                                           "45m, 48h, 7d or 2d3h")
                                .arg(text.left(60)),
                            option);
    }

    const qint64 unitSeconds[] = {SecondsPerDay, 60 * 60, 60, 1};
    qint64 total = 0;
    for (int group = 0; group < 4; ++group) {
        // Nine digits per group keep the sum far below the range of qint64.
        total += match.captured(group + 1).toLongLong() * unitSeconds[group];
    }
    if (total < 1) {
        return invalidValue(QStringLiteral("--advance '%1' is zero; the sandbox clock moves forward "
                                           "by at least 1s")
                                .arg(text),
                            option);
    }
    if (total > MaxClockAdvanceSeconds) {
        return invalidValue(QStringLiteral("--advance '%1' is %2 seconds, more than the 366d "
                                           "(%3 seconds) that the sandbox accepts in one step; "
                                           "advance in several steps")
                                .arg(text)
                                .arg(total)
                                .arg(MaxClockAdvanceSeconds),
                            option);
    }
    return total;
}

Result<QDateTime> parseMeetingTime(const QString &text, const QTimeZone &zone, const QString &option)
{
    // Without a time, parseTimestamp() would take a date's last '-' for an offset.
    const qsizetype separator = text.indexOf(QLatin1Char('T'));
    if (separator > 0) {
        const QDateTime instant = contract::parseTimestamp(text);
        if (instant.isValid())
            return instant;
    }

    // Date and time are read apart: QDateTime::fromString would read the text in the
    // system zone, and fail on a time that only the system zone skips.
    const QDate date = QDate::fromString(text.left(separator), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(separator + 1), Qt::ISODate);
    if (separator <= 0 || !date.isValid() || !time.isValid()) {
        return invalidValue(QStringLiteral("invalid --%1 '%2'; give a time in --zone such as "
                                           "2030-05-01T18:00, or an instant with an offset such as "
                                           "2030-05-01T16:00Z or 2030-05-01T18:00+02:00")
                                .arg(option, text.left(60)),
                            option);
    }

    const QDateTime wallClockAsUtc(date, time, Qt::UTC);
    QList<QDateTime> instants;
    for (int offset : nearbyOffsets(zone, wallClockAsUtc)) {
        const QDateTime candidate = wallClockAsUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !instants.contains(candidate))
            instants.append(candidate);
    }
    const QString zoneName = QString::fromUtf8(zone.id());
    if (instants.isEmpty()) {
        return invalidValue(QStringLiteral("--%1 '%2' does not exist in %3: the clocks skip it for a "
                                           "daylight-saving change; pick a time outside the "
                                           "skipped hour")
                                .arg(option, text, zoneName),
                            option);
    }
    if (instants.size() > 1) {
        std::sort(instants.begin(), instants.end());
        const QDateTime &first = instants.constFirst();
        const QDateTime &second = instants.constLast();
        return invalidValue(QStringLiteral("--%1 '%2' happens twice in %3 because the clocks go back "
                                           "(at %4 and at %5); add the offset you mean, such as "
                                           "%2%4")
                                .arg(option, text, zoneName,
                                     offsetText(zone.offsetFromUtc(first)),
                                     offsetText(zone.offsetFromUtc(second))),
                            option);
    }
    return instants.constFirst();
}

} // namespace mesi::fancli
