#include "icsrecurrence.h"

#include "icserror.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace mesi::ical {

namespace {

// INTERVAL and COUNT above these are treated as malformed; no real calendar needs them.
constexpr int MaxInterval = 10000;
constexpr qint64 MaxCount = 100000000;

const QStringList WeekdayCodes = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                  QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                  QStringLiteral("SU")};

std::optional<qint64> parsePositive(const QString &text, qint64 maximum)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 1 || number > maximum || text.startsWith(u'+'))
        return std::nullopt;
    return number;
}

/// 1 for Monday to 7 for Sunday, or 0 for an unknown code.
int weekdayFromCode(const QString &code)
{
    return static_cast<int>(WeekdayCodes.indexOf(code)) + 1;
}

/// True when the occurrence on date lies after rule's UNTIL.
bool isAfterUntil(const RecurrenceRule &rule, const IcsTime &start, QDate date)
{
    if (!rule.until)
        return false;
    const IcsTime &until = *rule.until;
    if (until.kind == IcsTime::Kind::Date)
        return date > until.date;
    IcsTime occurrence = start;
    occurrence.date = date;
    if (until.kind == IcsTime::Kind::Utc)
        return occurrence.toUtc() > until.toUtc();
    return QDateTime(date, start.time, Qt::UTC) > QDateTime(until.date, until.time, Qt::UTC);
}

} // namespace

Result<RecurrenceRule> parseRecurrenceRule(const ContentLine &line)
{
    RecurrenceRule rule;
    QSet<QString> seen;
    bool hasFrequency = false;
    const QStringList parts = line.value.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        const QString name = part.left(equals).toUpper();
        const QString value = equals < 0 ? QString() : part.mid(equals + 1).toUpper();
        if (equals <= 0 || value.isEmpty()) {
            return lineError(line.line, QStringLiteral("RRULE part '%1' has no NAME=value form; "
                                                       "check the rule")
                                            .arg(part.left(40)));
        }
        if (seen.contains(name)) {
            return lineError(line.line,
                             QStringLiteral("RRULE part %1 appears twice; keep one").arg(name));
        }
        seen.insert(name);

        if (name == QLatin1String("FREQ")) {
            if (value == QLatin1String("DAILY")) {
                rule.frequency = RecurrenceRule::Frequency::Daily;
            } else if (value == QLatin1String("WEEKLY")) {
                rule.frequency = RecurrenceRule::Frequency::Weekly;
            } else {
                return lineError(line.line,
                                 QStringLiteral("RRULE part FREQ=%1 is not supported; only DAILY "
                                                "and WEEKLY repeats can be imported, so remove "
                                                "this event or export its occurrences singly")
                                     .arg(value.left(20)));
            }
            hasFrequency = true;
        } else if (name == QLatin1String("INTERVAL") || name == QLatin1String("COUNT")) {
            const std::optional<qint64> number =
                parsePositive(value, name == QLatin1String("COUNT") ? MaxCount : MaxInterval);
            if (!number) {
                return lineError(line.line, QStringLiteral("RRULE part %1=%2 is not a positive "
                                                           "whole number in range; correct it")
                                                .arg(name, value.left(20)));
            }
            if (name == QLatin1String("COUNT"))
                rule.count = *number;
            else
                rule.interval = static_cast<int>(*number);
        } else if (name == QLatin1String("UNTIL")) {
            Result<IcsTime> until = parseTimeValue(value, line.line, QStringLiteral("RRULE UNTIL"));
            if (!until)
                return until.error();
            rule.until = until.value();
        } else if (name == QLatin1String("BYDAY") || name == QLatin1String("WKST")) {
            const QStringList codes = value.split(u',');
            for (const QString &code : codes) {
                const int day = weekdayFromCode(code);
                if (day == 0 || (name == QLatin1String("WKST") && codes.size() != 1)) {
                    return lineError(line.line,
                                     QStringLiteral("RRULE part %1=%2 is not supported; only plain "
                                                    "weekdays such as MO,WE,FR can be imported")
                                         .arg(name, value.left(40)));
                }
                if (name == QLatin1String("WKST"))
                    rule.weekStart = day;
                else if (!rule.byDay.contains(day))
                    rule.byDay.append(day);
            }
        } else {
            return lineError(line.line,
                             QStringLiteral("RRULE part %1 is not supported; only FREQ, INTERVAL, "
                                            "COUNT, UNTIL, BYDAY and WKST can be imported, so "
                                            "remove this event or export its occurrences singly")
                                 .arg(name.left(40)));
        }
    }

    if (!hasFrequency)
        return lineError(line.line, QStringLiteral("RRULE has no FREQ part; add FREQ=DAILY or FREQ=WEEKLY"));
    if (rule.count && rule.until) {
        return lineError(line.line, QStringLiteral("RRULE has both COUNT and UNTIL, which RFC 5545 "
                                                   "forbids; keep one of them"));
    }
    if (!rule.byDay.isEmpty() && rule.frequency != RecurrenceRule::Frequency::Weekly) {
        return lineError(line.line, QStringLiteral("RRULE part BYDAY is supported only with "
                                                   "FREQ=WEEKLY; remove BYDAY or this event"));
    }
    return rule;
}

QList<QDate> expandRecurrence(const RecurrenceRule &rule, const IcsTime &start, QDate firstDate,
                              QDate lastDate)
{
    QList<QDate> dates;
    const qint64 count = rule.count.value_or(std::numeric_limits<qint64>::max());
    auto accept = [&](QDate date) {
        if (date >= firstDate && date <= lastDate)
            dates.append(date);
    };

    if (rule.frequency == RecurrenceRule::Frequency::Daily) {
        const qint64 skipped = std::max<qint64>(0, start.date.daysTo(firstDate) / rule.interval);
        for (qint64 index = skipped; index < count; ++index) {
            const QDate date = start.date.addDays(index * rule.interval);
            if (date > lastDate || isAfterUntil(rule, start, date))
                break;
            accept(date);
        }
        return dates;
    }

    // Weekly: offsets of the chosen weekdays from the start of the week, in week order.
    QList<int> offsets;
    const QList<int> days = rule.byDay.isEmpty() ? QList<int>{start.date.dayOfWeek()} : rule.byDay;
    for (const int day : days)
        offsets.append((day - rule.weekStart + 7) % 7);
    std::sort(offsets.begin(), offsets.end());
    const QDate firstWeek = start.date.addDays(-((start.date.dayOfWeek() - rule.weekStart + 7) % 7));

    // Occurrences in the first period: DTSTART itself plus the chosen days after it.
    qint64 inFirstPeriod = 1;
    for (const int offset : std::as_const(offsets)) {
        if (firstWeek.addDays(offset) > start.date)
            ++inFirstPeriod;
    }

    const qint64 periodDays = 7LL * rule.interval;
    qint64 period = std::max<qint64>(0, firstWeek.daysTo(firstDate) / periodDays - 1);
    qint64 produced = period == 0 ? 0 : inFirstPeriod + (period - 1) * offsets.size();
    for (; produced < count; ++period) {
        const QDate weekStart = firstWeek.addDays(period * periodDays);
        if (weekStart > lastDate)
            break;
        QList<QDate> candidates;
        if (period == 0)
            candidates.append(start.date);
        for (const int offset : std::as_const(offsets)) {
            const QDate date = weekStart.addDays(offset);
            if (date > start.date)
                candidates.append(date);
        }
        for (const QDate date : std::as_const(candidates)) {
            if (produced >= count || isAfterUntil(rule, start, date))
                return dates;
            ++produced;
            accept(date);
        }
    }
    return dates;
}

} // namespace mesi::ical
