#include "icsparser.h"

#include "icscomponent.h"
#include "icserror.h"
#include "icsevent.h"

#include <QHash>

namespace mesi::ical {

namespace {

/// The IANA zone for a TZID: an IANA name itself, or a Windows name such as Outlook writes.
QTimeZone zoneForName(QString name)
{
    name = name.trimmed();
    if (name.startsWith(u'/'))
        name.remove(0, 1); // RFC 5545 marks globally unique TZIDs with a leading slash.
    const QByteArray id = name.toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    return {};
}

/// Finds the TZIDs the file defines in VTIMEZONE components.
QHash<QString, int> definedZones(const QList<Component> &calendars)
{
    QHash<QString, int> lines;
    for (const Component &calendar : calendars) {
        for (const Component &child : calendar.children) {
            const ContentLine *tzid = child.property(QStringLiteral("TZID"));
            if (child.name == QLatin1String("VTIMEZONE") && tzid)
                lines.insert(tzid->value.trimmed(), tzid->line);
        }
    }
    return lines;
}

Result<QTimeZone> lookUpZone(const QHash<QString, int> &defined, const QString &tzid, int line)
{
    const QTimeZone zone = zoneForName(tzid);
    if (zone.isValid())
        return zone;
    const auto definition = defined.constFind(tzid.trimmed());
    const QString where = definition == defined.constEnd()
                              ? QStringLiteral("neither an IANA name nor defined in the file")
                              : QStringLiteral("defined on line %1 but is not an IANA name")
                                    .arg(definition.value());
    return lineError(line, QStringLiteral("time zone '%1' is unknown: it is %2; change TZID to "
                                          "an IANA name such as Europe/Berlin")
                               .arg(tzid.left(80), where));
}

/// Records which occurrences of recurring events are replaced by events with RECURRENCE-ID.
Result<void> collectOverrides(const QList<Component> &calendars, EventContext &context)
{
    for (const Component &calendar : calendars) {
        for (const Component &event : calendar.children) {
            if (event.name != QLatin1String("VEVENT"))
                continue;
            const ContentLine *recurrenceId = event.property(QStringLiteral("RECURRENCE-ID"));
            const ContentLine *uid = event.property(QStringLiteral("UID"));
            if (!recurrenceId || !uid)
                continue;
            Result<IcsTime> original = readTimeProperty(*recurrenceId, context);
            if (!original)
                return original.error();
            context.overridden.insert(occurrenceKey(unescapeText(uid->value).trimmed(), original->toUtc()));
        }
    }
    return {};
}

} // namespace

Result<BusyBlocks> parseBusyBlocks(const QByteArray &data, const QString &source,
                                   const ImportOptions &options)
{
    if (data.size() > MaxFileBytes) {
        return lineError(0, QStringLiteral("the file has %1 bytes, more than the %2 MB an import "
                                           "reads, which is too large; export a shorter range "
                                           "of the calendar")
                                .arg(data.size())
                                .arg(MaxFileBytes / (1024 * 1024)));
    }

    Result<QList<ContentLine>> lines = readContentLines(data);
    if (!lines)
        return lines.error();
    Result<QList<Component>> calendars = buildCalendars(std::move(lines).value());
    if (!calendars)
        return calendars.error();

    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QHash<QString, int> defined = definedZones(calendars.value());
    EventContext context;
    context.source = source;
    context.floatingZone = options.floatingZone.isValid() ? options.floatingZone : QTimeZone::utc();
    context.windowStart = now.addDays(-options.daysBack);
    context.windowEnd = now.addDays(options.daysAhead);
    context.zoneFor = [&defined](const QString &tzid, int line) {
        return lookUpZone(defined, tzid, line);
    };
    if (Result<void> collected = collectOverrides(calendars.value(), context); !collected)
        return collected.error();

    BlockSink sink;
    for (const Component &calendar : calendars.value()) {
        for (const Component &event : calendar.children) {
            if (event.name != QLatin1String("VEVENT"))
                continue;
            if (Result<void> added = addEventBlocks(event, context, sink); !added)
                return added.error();
        }
    }
    return sink.blocks;
}

Result<BusyBlocks> parseBusyBlocks(const QByteArray &data, const QString &source)
{
    return parseBusyBlocks(data, source, ImportOptions{});
}

} // namespace mesi::ical
