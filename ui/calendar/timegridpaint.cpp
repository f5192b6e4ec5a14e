// TimeGridView's painting and tooltips. The geometry is in timegridview.cpp, the input in
// timegridinput.cpp.

#include "timegridview.h"

#include "calendarindex.h"
#include "calendarstyle.h"
#include "timegridheader.h"

#include "ui/zonedtime.h"

#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace mesi::ui {

void TimeGridView::paintGrid(QPainter &painter, const QRect &exposed) const
{
    const QPalette &colors = palette();
    const QColor lineColor = colors.color(QPalette::Mid);
    const QColor labelColor = colors.color(QPalette::Text);
    const int width = viewport()->width();

    // Hour rows and the time axis, painted only within the paint event's rectangle.
    const int firstHour = std::clamp((exposed.top() + verticalScrollBar()->value()) / m_hourHeight, 0, 23);
    const int lastHour = std::clamp((exposed.bottom() + verticalScrollBar()->value()) / m_hourHeight, 0, 23);
    for (int column = 0; column < m_columns.size(); ++column) {
        const QRect area = columnRect(m_columns.at(column).day);
        if (m_columns.at(column).day == today())
            painter.fillRect(area.intersected(exposed), CalendarStyle::todayColumnColor(colors));
    }
    painter.setPen(labelColor);
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const int y = yForMinute(hour * 60);
        painter.setPen(lineColor);
        painter.drawLine(m_axisWidth, y, width, y);
        painter.setPen(labelColor);
        const QRect label(0, y + 1, m_axisWidth - 4, m_hourHeight - 2);
        painter.drawText(label, Qt::AlignRight | Qt::AlignTop, m_hourLabels.at(hour));
    }

    for (int column = 0; column < m_columns.size(); ++column) {
        const QRect area = columnRect(m_columns.at(column).day);
        painter.setPen(lineColor);
        painter.drawLine(area.left(), exposed.top(), area.left(), exposed.bottom());
        if (area.intersects(exposed))
            paintColumn(painter, m_columns.at(column), area);
    }

    const int now = nowMinute();
    if (now >= 0) {
        const QRect area = columnRect(m_now.date());
        const int y = yForMinute(now);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(CalendarStyle::nowLineColor(colors), 2));
        painter.setBrush(CalendarStyle::nowLineColor(colors));
        painter.drawLine(area.left(), y, area.right(), y);
        painter.drawEllipse(QPoint(area.left() + 4, y), 4, 4);
        painter.restore();
    }
}

void TimeGridView::paintColumn(QPainter &painter, const DayColumn &column, const QRect &columnArea) const
{
    const int index = int(m_firstDay.daysTo(column.day));
    const ClockChange change = column.clockChange;
    if (change.minute >= 0) {
        // Forward: the skipped wall-clock times are hatched. Back: the repeated ones are, under a dashed line.
        const int from = change.shiftMinutes > 0 ? change.minute : change.minute + change.shiftMinutes;
        const int to = change.shiftMinutes > 0 ? change.minute + change.shiftMinutes : change.minute;
        const QRect range(columnArea.left() + 1, yForMinute(from), columnArea.width() - 1, yForMinute(to) - yForMinute(from));
        painter.fillRect(range, QBrush(palette().color(QPalette::Mid), Qt::Dense6Pattern));
        QPen dashed(palette().color(QPalette::Text), 1, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(range.left(), yForMinute(change.minute), range.right(), yForMinute(change.minute));
    }
    for (const GridSpan &span : column.busy) {
        const QRect block = spanRect(index, span);
        if (block.intersects(columnArea))
            paintBusy(painter, block, span.item);
    }
    for (const GridSpan &span : column.meetings) {
        const QRect block = spanRect(index, span);
        if (block.intersects(columnArea))
            paintMeeting(painter, block, span.item);
    }
}

void TimeGridView::paintMeeting(QPainter &painter, const QRect &block, int line) const
{
    const MeetingLine &meeting = m_index->lines().at(line);
    const EntryKind kind = entryKind(meeting.entry);
    CalendarStyle::paintEntryBlock(&painter, block, kind, palette(), meeting.entry.bidId == m_selectedBid);

    // Up to three lines, cut at the block's edges: the title with fan and times, place, escrow state.
    const QRect text = block.adjusted(7, 1, -2, -1);
    const int lineHeight = fontMetrics().height();

    painter.save();
    painter.setClipRect(text);
    painter.setPen(palette().color(QPalette::Text));
    QFont strong = font();
    strong.setBold(true);
    strong.setStrikeOut(kind == EntryKind::Cancelled);
    painter.setFont(strong);
    painter.drawText(QRect(text.left(), text.top(), text.width(), lineHeight), Qt::AlignLeft | Qt::TextSingleLine,
                     m_index->blockTitle(line));
    painter.setFont(font());
    int y = text.top() + lineHeight;
    for (const QString *detail : {&meeting.placeText, &meeting.escrowText}) {
        if (y + lineHeight > text.bottom() + 1)
            break;
        painter.drawText(QRect(text.left(), y, text.width(), lineHeight), Qt::AlignLeft | Qt::TextSingleLine, *detail);
        y += lineHeight;
    }
    painter.restore();
}

void TimeGridView::paintBusy(QPainter &painter, const QRect &block, int busy) const
{
    const ShownBusyBlock &shown = m_index->busyBlocks().at(busy);
    CalendarStyle::paintBusyBlock(&painter, block, palette());
    painter.save();
    painter.setClipRect(block.adjusted(3, 1, -2, -1));
    painter.setPen(palette().color(QPalette::Text));
    const QString summary = shown.block.summary.simplified();
    painter.drawText(block.adjusted(4, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     summary.isEmpty() ? tr("Busy") : tr("Busy: %1").arg(summary));
    painter.restore();
}

bool TimeGridView::showToolTip(const QPoint &point, const QPoint &globalPos)
{
    const auto [line, busy] = itemAt(point);
    QString text;
    if (line >= 0) {
        const MeetingLine &meeting = m_index->lines().at(line);
        text = meeting.displayText;
    } else if (busy >= 0) {
        const ShownBusyBlock &shown = m_index->busyBlocks().at(busy);
        const QString range = tr("%1–%2", "start and end of a busy time")
                                  .arg(locale().toString(shown.shownStart, QLocale::ShortFormat),
                                       locale().toString(shown.shownEnd, QLocale::ShortFormat));
        text = tr("Busy (imported from %1, read-only): %2\n%3")
                   .arg(shown.block.source, shown.block.summary.simplified(), range);
    }
    const QDate day = dayAt(point);
    const ClockChange change = clockChange(day);
    if (text.isEmpty() && change.minute >= 0) {
        const int from = change.shiftMinutes > 0 ? change.minute : change.minute + change.shiftMinutes;
        const int to = change.shiftMinutes > 0 ? change.minute + change.shiftMinutes : change.minute;
        if (point.y() >= yForMinute(from) && point.y() <= yForMinute(to)) {
            const QString at = locale().toString(QTime(change.minute / 60, change.minute % 60), shortTimeFormat(locale()));
            text = change.shiftMinutes > 0
                ? tr("Clocks go forward %n minute(s) at %1, so the hatched times do not exist on this day.", nullptr,
                     change.shiftMinutes).arg(at)
                : tr("Clocks go back %n minute(s) at %1, so the hatched times occur twice on this day.", nullptr,
                     -change.shiftMinutes).arg(at);
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    QToolTip::showText(globalPos, text, viewport());
    return true;
}

} // namespace mesi::ui
