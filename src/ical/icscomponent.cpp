#include "icscomponent.h"

#include "icserror.h"

namespace mesi::ical {

const ContentLine *Component::property(const QString &propertyName) const
{
    for (const ContentLine &candidate : properties) {
        if (candidate.name == propertyName)
            return &candidate;
    }
    return nullptr;
}

QList<const ContentLine *> Component::propertiesNamed(const QString &propertyName) const
{
    QList<const ContentLine *> found;
    for (const ContentLine &candidate : properties) {
        if (candidate.name == propertyName)
            found.append(&candidate);
    }
    return found;
}

Result<QList<Component>> buildCalendars(QList<ContentLine> lines)
{
    QList<Component> calendars;
    // Components still open, outermost first; closing one moves it into its parent.
    QList<Component> open;

    // The lines move into the components, so the file is held once.
    for (ContentLine &line : lines) {
        if (line.name == QLatin1String("BEGIN")) {
            const QString name = line.value.trimmed().toUpper();
            if (name.isEmpty())
                return lineError(line.line, QStringLiteral("BEGIN has no component name; write "
                                                           "it like BEGIN:VEVENT"));
            if (open.isEmpty() && name != QLatin1String("VCALENDAR")) {
                return lineError(line.line, QStringLiteral("BEGIN:%1 is outside BEGIN:VCALENDAR; "
                                                           "an iCalendar file starts with "
                                                           "BEGIN:VCALENDAR")
                                                .arg(name.left(40)));
            }
            if (open.size() >= MaxComponentDepth) {
                return lineError(line.line, QStringLiteral("components are nested more than %1 "
                                                           "deep; check the file for missing END "
                                                           "lines")
                                                .arg(MaxComponentDepth));
            }
            open.append(Component{name, line.line, {}, {}});
            continue;
        }

        if (line.name == QLatin1String("END")) {
            const QString name = line.value.trimmed().toUpper();
            if (open.isEmpty()) {
                return lineError(line.line, QStringLiteral("END:%1 has no matching BEGIN; remove "
                                                           "it or add the BEGIN")
                                                .arg(name.left(40)));
            }
            if (open.constLast().name != name) {
                return lineError(line.line,
                                 QStringLiteral("END:%1 does not close BEGIN:%2 of line %3; add "
                                                "the missing END:%2 before it")
                                     .arg(name.left(40), open.constLast().name)
                                     .arg(open.constLast().line));
            }
            Component closed = open.takeLast();
            if (open.isEmpty())
                calendars.append(std::move(closed));
            else
                open.last().children.append(std::move(closed));
            continue;
        }

        if (open.isEmpty()) {
            return lineError(line.line, QStringLiteral("property %1 is outside BEGIN:VCALENDAR; "
                                                       "an iCalendar file starts with "
                                                       "BEGIN:VCALENDAR")
                                            .arg(line.name.left(40)));
        }
        open.last().properties.append(std::move(line));
    }

    if (!open.isEmpty()) {
        const Component &unclosed = open.constLast();
        return lineError(unclosed.line, QStringLiteral("BEGIN:%1 has no END:%1; the file may be "
                                                       "cut short, so export it again")
                                            .arg(unclosed.name.left(40)));
    }
    if (calendars.isEmpty()) {
        return lineError(0, QStringLiteral("the file contains no BEGIN:VCALENDAR; choose an "
                                           "iCalendar (.ics) file"));
    }
    return calendars;
}

} // namespace mesi::ical
