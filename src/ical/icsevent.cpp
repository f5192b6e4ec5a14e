#include "icsevent.h"

#include "icserror.h"
#include "icsparser.h"
#include "icsrecurrence.h"

#include <optional>

namespace mesi::ical {

namespace {

/// Longest SUMMARY kept, in UTF-16 code units; the rest of a longer title is cut.
constexpr qsizetype MaxSummaryLength = 500;

/// The parts of a VEVENT that every occurrence needs.
struct EventTimes
{
    IcsTime start;
    std::optional<IcsTime> end;
    std::optional<IcsDuration> duration;
};

/// EXDATE values: whole days for DATE values, instants for the rest.
struct Exclusions
{
    QSet<QDate> dates;
    QSet<qint64> instants; ///< Milliseconds since the epoch, UTC.

    bool contains(const IcsTime &occurrence, const QDateTime &startUtc) const
    {
        return dates.contains(occurrence.date) || instants.contains(startUtc.toMSecsSinceEpoch());
    }
};

bool valueIs(const ContentLine *property, const char *expected)
{
    return property && property->value.trimmed().compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}

/// The end of the occurrence that starts at occurrence, or nullopt for an event without length.
std::optional<QDateTime> occurrenceEnd(const EventTimes &times, const IcsTime &occurrence,
                                       const QDateTime &startUtc)
{
    if (times.end) {
        if (times.start.kind == IcsTime::Kind::Date) {
            IcsTime end = occurrence;
            end.date = occurrence.date.addDays(times.start.date.daysTo(times.end->date));
            return end.toUtc();
        }
        // RFC 5545 gives every occurrence the exact length between DTSTART and DTEND.
        return startUtc.addSecs(times.start.toUtc().secsTo(times.end->toUtc()));
    }
    if (times.duration) {
        if (times.start.kind == IcsTime::Kind::Utc)
            return startUtc.addSecs(times.duration->days * 86400 + times.duration->seconds);
        // Days of a DURATION follow the wall clock, so a day across a change is 23 or 25 hours.
        IcsTime end = occurrence;
        end.date = occurrence.date.addDays(times.duration->days);
        return end.toUtc().addSecs(times.duration->seconds);
    }
    if (times.start.kind == IcsTime::Kind::Date) {
        IcsTime end = occurrence;
        end.date = occurrence.date.addDays(1);
        return end.toUtc();
    }
    return std::nullopt;
}

Result<Exclusions> readExclusions(const Component &event, const EventContext &context)
{
    Exclusions exclusions;
    for (const ContentLine *line : event.propertiesNamed(QStringLiteral("EXDATE"))) {
        const QStringList values = line->value.split(u',');
        for (const QString &value : values) {
            ContentLine single = *line;
            single.value = value.trimmed();
            Result<IcsTime> time = readTimeProperty(single, context);
            if (!time)
                return time.error();
            if (time->kind == IcsTime::Kind::Date)
                exclusions.dates.insert(time->date);
            else
                exclusions.instants.insert(time->toUtc().toMSecsSinceEpoch());
        }
    }
    return exclusions;
}

Result<void> addBlock(BlockSink &sink, BusyBlock block, int line)
{
    if (const auto seen = sink.lineOfUid.constFind(block.uid); seen != sink.lineOfUid.constEnd()) {
        return lineError(line, QStringLiteral("UID '%1' is also used by the event on line %2; "
                                              "every event of a file needs its own UID")
                                   .arg(block.uid.left(80))
                                   .arg(seen.value()));
    }
    if (sink.blocks.size() >= MaxBlocks) {
        return lineError(line, QStringLiteral("the file yields more than %1 busy blocks, which is "
                                              "too large; export a shorter range of the calendar")
                                   .arg(MaxBlocks));
    }
    sink.lineOfUid.insert(block.uid, line);
    sink.blocks.append(std::move(block));
    return {};
}

Result<EventTimes> readEventTimes(const Component &event, const EventContext &context)
{
    const ContentLine *startLine = event.property(QStringLiteral("DTSTART"));
    if (!startLine) {
        return lineError(event.line, QStringLiteral("the event has no DTSTART; every event "
                                                    "needs a start time"));
    }
    EventTimes times;
    Result<IcsTime> start = readTimeProperty(*startLine, context);
    if (!start)
        return start.error();
    times.start = start.value();

    const ContentLine *endLine = event.property(QStringLiteral("DTEND"));
    const ContentLine *durationLine = event.property(QStringLiteral("DURATION"));
    if (endLine && durationLine) {
        return lineError(durationLine->line, QStringLiteral("the event has both DTEND and "
                                                            "DURATION; keep one of them"));
    }
    if (endLine) {
        Result<IcsTime> end = readTimeProperty(*endLine, context);
        if (!end)
            return end.error();
        if ((end->kind == IcsTime::Kind::Date) != (times.start.kind == IcsTime::Kind::Date)) {
            return lineError(endLine->line, QStringLiteral("DTEND is a %1 but DTSTART is not; "
                                                           "give both the same value type")
                                                .arg(end->kind == IcsTime::Kind::Date
                                                         ? QStringLiteral("date")
                                                         : QStringLiteral("date-time")));
        }
        if (end->toUtc() < times.start.toUtc()) {
            return lineError(endLine->line, QStringLiteral("DTEND %1 is before DTSTART %2; "
                                                           "correct the event's end")
                                                .arg(endLine->value.left(40), startLine->value.left(40)));
        }
        times.end = end.value();
    }
    if (durationLine) {
        Result<IcsDuration> duration = parseDuration(durationLine->value.trimmed(), durationLine->line);
        if (!duration)
            return duration.error();
        times.duration = duration.value();
    }
    return times;
}

} // namespace

QString occurrenceKey(const QString &uid, const QDateTime &startUtc)
{
    return uid + u'#' + formatUtc(startUtc);
}

Result<IcsTime> readTimeProperty(const ContentLine &property, const EventContext &context)
{
    Result<IcsTime> parsed = parseTimeValue(property.value.trimmed(), property.line, property.name);
    if (!parsed)
        return parsed;
    IcsTime time = parsed.value();

    const QString valueType = property.parameter(QStringLiteral("VALUE")).toUpper();
    if (!valueType.isEmpty() && valueType != QLatin1String("DATE")
        && valueType != QLatin1String("DATE-TIME")) {
        return lineError(property.line, QStringLiteral("%1 has VALUE=%2, which is not supported; "
                                                       "use a DATE or DATE-TIME value")
                                            .arg(property.name, valueType.left(20)));
    }
    if (valueType == QLatin1String("DATE") && time.kind != IcsTime::Kind::Date) {
        return lineError(property.line, QStringLiteral("%1 has VALUE=DATE but contains the time "
                                                       "'%2'; write the date as YYYYMMDD")
                                            .arg(property.name, property.value.left(40)));
    }

    if (time.kind == IcsTime::Kind::Local && property.hasParameter(QStringLiteral("TZID"))) {
        Result<QTimeZone> zone =
            context.zoneFor(property.parameter(QStringLiteral("TZID")), property.line);
        if (!zone)
            return zone.error();
        time.zone = zone.value();
    } else if (time.kind != IcsTime::Kind::Utc) {
        time.zone = context.floatingZone;
    }
    return time;
}

Result<void> addEventBlocks(const Component &event, const EventContext &context, BlockSink &sink)
{
    const ContentLine *uidLine = event.property(QStringLiteral("UID"));
    const QString uid = uidLine ? unescapeText(uidLine->value).trimmed() : QString();
    if (uid.isEmpty()) {
        return lineError(event.line, QStringLiteral("the event has no UID; export the calendar "
                                                    "again from its application"));
    }
    if (const ContentLine *rdate = event.property(QStringLiteral("RDATE"))) {
        return lineError(rdate->line, QStringLiteral("RDATE is not supported; only RRULE "
                                                     "repeats can be imported, so remove this "
                                                     "event or export its occurrences singly"));
    }

    // Checked before skipping, so a broken cancelled or transparent event still fails the file.
    Result<EventTimes> times = readEventTimes(event, context);
    if (!times)
        return times.error();
    const QList<const ContentLine *> rules = event.propertiesNamed(QStringLiteral("RRULE"));
    if (rules.size() > 1) {
        return lineError(rules.at(1)->line, QStringLiteral("the event has more than one RRULE; "
                                                           "keep one of them"));
    }
    std::optional<RecurrenceRule> rule;
    if (!rules.isEmpty()) {
        Result<RecurrenceRule> parsed = parseRecurrenceRule(*rules.constFirst());
        if (!parsed)
            return parsed.error();
        rule = parsed.value();
    }
    Result<Exclusions> exclusions = readExclusions(event, context);
    if (!exclusions)
        return exclusions.error();

    if (valueIs(event.property(QStringLiteral("STATUS")), "CANCELLED")
        || valueIs(event.property(QStringLiteral("TRANSP")), "TRANSPARENT"))
        return {};

    QString key = uid;
    if (const ContentLine *recurrenceId = event.property(QStringLiteral("RECURRENCE-ID"))) {
        if (recurrenceId->hasParameter(QStringLiteral("RANGE"))) {
            return lineError(recurrenceId->line, QStringLiteral("RECURRENCE-ID with RANGE is not "
                                                                "supported; export the changed "
                                                                "occurrences singly"));
        }
        Result<IcsTime> original = readTimeProperty(*recurrenceId, context);
        if (!original)
            return original.error();
        key = occurrenceKey(uid, original->toUtc());
    }

    const ContentLine *summaryLine = event.property(QStringLiteral("SUMMARY"));
    const QString summary =
        summaryLine ? unescapeText(summaryLine->value).left(MaxSummaryLength) : QString();

    QList<QDate> dates{times->start.date};
    if (rule) {
        // Margins of the event's length plus two days cover every zone offset.
        const std::optional<QDateTime> firstEnd =
            occurrenceEnd(times.value(), times->start, times->start.toUtc());
        const qint64 lengthDays = firstEnd ? times->start.toUtc().daysTo(*firstEnd) : 0;
        dates = expandRecurrence(*rule, times->start, context.windowStart.date().addDays(-lengthDays - 2),
                                 context.windowEnd.date().addDays(2));
    }

    for (const QDate date : std::as_const(dates)) {
        IcsTime occurrence = times->start;
        occurrence.date = date;
        const QDateTime start = occurrence.toUtc();
        const QString blockUid = rule ? occurrenceKey(uid, start) : key;
        if (exclusions->contains(occurrence, start) || (rule && context.overridden.contains(blockUid)))
            continue;
        const std::optional<QDateTime> end = occurrenceEnd(times.value(), occurrence, start);
        // An event without length occupies no time, and one outside the window is of no use.
        if (!end || *end <= start || *end <= context.windowStart || start >= context.windowEnd)
            continue;
        Result<void> added =
            addBlock(sink, BusyBlock{blockUid, context.source, summary, start, *end}, event.line);
        if (!added)
            return added;
    }
    return {};
}

} // namespace mesi::ical
