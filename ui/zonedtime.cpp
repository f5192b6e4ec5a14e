#include "zonedtime.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace mesi::ui {

QList<QDateTime> utcInstantsOfLocalTime(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};

    // Read the wall-clock time as if it were UTC, then try every offset the zone uses within
    // two days of it. An offset fits when the zone really has that offset at the instant.
    const QDateTime wallClock(date, time, QTimeZone::utc());
    const QDateTime from = wallClock.addDays(-2);
    const QDateTime to = wallClock.addDays(2);
    QList<int> offsets{zone.offsetFromUtc(from), zone.offsetFromUtc(to)};
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    for (const QTimeZone::OffsetData &transition : transitions)
        offsets.append(transition.offsetFromUtc);

    QList<QDateTime> instants;
    for (int offset : std::as_const(offsets)) {
        const QDateTime instant = wallClock.addSecs(-offset).toUTC();
        if (zone.offsetFromUtc(instant) == offset && !instants.contains(instant))
            instants.append(instant);
    }
    std::sort(instants.begin(), instants.end());
    return instants;
}

QString shortTimeFormat(const QLocale &locale)
{
    // Some locales, the C locale among them, put seconds into their short format too.
    static const QRegularExpression seconds(QStringLiteral("[.:]?s+"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return format;
}

QString utcOffsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    const QChar sign = offsetSeconds < 0 ? QChar(0x2212) : QLatin1Char('+');
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace mesi::ui
