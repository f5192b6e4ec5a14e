#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mesi {

/**
 * A read-only busy interval from one of the creator's other calendars, imported from an
 * .ics file. It shows in the calendar and counts in the conflict check, but is never sent
 * to the server and contains no attendee data.
 */
struct BusyBlock
{
    QString uid;     ///< The event's UID in its file, unique within source.
    QString source;  ///< The name the creator gave the imported calendar, such as its file name.
    QString summary; ///< The event's title, shown only to the creator.
    QDateTime start; ///< UTC.
    QDateTime end;   ///< UTC, later than start.

    friend bool operator==(const BusyBlock &, const BusyBlock &) = default;
};

using BusyBlocks = QList<BusyBlock>;

} // namespace mesi
