#include "calendarindex.h"

#include "calendarstyle.h"

#include "core/logging.h"

#include <algorithm>

namespace mesi::ui {

namespace {

/// A busy block is indexed on at most this many days after its first, which covers a year.
constexpr qint64 MaxIndexedDays = 366;

/// Adds index to every day from shownStart to shownEnd. An end at 00:00 ends the day before.
void addToDays(QHash<QDate, QList<int>> &days, int index, const QDateTime &shownStart, const QDateTime &shownEnd)
{
    if (!shownStart.isValid())
        return;
    QDate last = shownStart.date();
    if (shownEnd.isValid() && shownEnd > shownStart)
        last = shownEnd.time() == QTime(0, 0) ? shownEnd.date().addDays(-1) : shownEnd.date();
    last = std::min(std::max(last, shownStart.date()), shownStart.date().addDays(MaxIndexedDays));
    for (QDate day = shownStart.date(); day <= last; day = day.addDays(1))
        days[day].append(index);
}

} // namespace

void CalendarIndex::setLines(const QList<MeetingLine> &lines)
{
    m_lines = lines;
    m_titles.clear();
    m_lineDays.clear();
    m_lineOfBid.clear();
    const QString separator = QStringLiteral(" · ");
    for (int i = 0; i < m_lines.size(); ++i) {
        const MeetingLine &line = m_lines.at(i);
        const EntryKind kind = entryKind(line.entry);
        QStringList parts;
        const QString symbol = CalendarStyle::kindSymbol(kind);
        if (!symbol.isEmpty())
            parts.append(symbol);
        if (!line.zoneWarning.isEmpty())
            parts.append(QStringLiteral("\u26a0"));
        QString title = parts.join(QLatin1Char(' '));
        if (!title.isEmpty())
            title += QLatin1Char(' ');
        title += line.entry.fanName.simplified();
        if (kind != EntryKind::Scheduled)
            title += separator + line.statusText;
        m_titles.append(title + separator + line.timeText);

        addToDays(m_lineDays, i, line.shownStart, line.shownEnd);
        m_lineOfBid.insert(line.entry.bidId, m_lineOfBid.value(line.entry.bidId, i));
    }
}

void CalendarIndex::setMarkers(const QList<CalendarMarker> &markers, const QTimeZone &displayZone)
{
    m_markers.clear();
    m_markerDays.clear();
    for (const CalendarMarker &marker : markers) {
        if (marker.at.isValid())
            m_markers.append({marker, marker.at.toTimeZone(displayZone)});
    }
    std::sort(m_markers.begin(), m_markers.end(), [](const ShownMarker &a, const ShownMarker &b) {
        if (a.marker.at != b.marker.at)
            return a.marker.at < b.marker.at;
        return a.marker.bidId < b.marker.bidId;
    });
    for (int i = 0; i < m_markers.size(); ++i)
        m_markerDays[m_markers.at(i).shownAt.date()].append(i);
}

void CalendarIndex::setBusyBlocks(const BusyBlocks &blocks, const QTimeZone &displayZone)
{
    m_busy.clear();
    m_busyDays.clear();
    for (const BusyBlock &block : blocks) {
        if (block.start.isValid() && block.end.isValid() && block.end > block.start) {
            m_busy.append({block, block.start.toTimeZone(displayZone), block.end.toTimeZone(displayZone)});
            continue;
        }
        // The importer checks its events, so this is a caller's bug. The block is left out of the grid.
        qCWarning(lcUi) << "busy block" << block.uid << "of" << block.source << "skipped: invalid interval"
                        << block.start << "to" << block.end;
    }
    for (int i = 0; i < m_busy.size(); ++i)
        addToDays(m_busyDays, i, m_busy.at(i).shownStart, m_busy.at(i).shownEnd);
}

} // namespace mesi::ui
