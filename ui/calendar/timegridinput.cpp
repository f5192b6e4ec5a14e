// TimeGridView's keyboard and mouse input. The geometry is in timegridview.cpp, the painting
// in timegridpaint.cpp.

#include "timegridview.h"

#include "calendarindex.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>

namespace mesi::ui {

void TimeGridView::selectNextMeeting(int step)
{
    const qint64 column = m_firstDay.daysTo(m_selectedDate);
    if (!m_index || column < 0 || column >= m_columns.size())
        return;
    // Meetings of the day by start, which is the order of the index's lines.
    QList<int> lines;
    for (const GridSpan &span : m_columns.at(column).meetings)
        lines.append(span.item);
    std::sort(lines.begin(), lines.end());
    if (lines.isEmpty())
        return;

    const int current = int(lines.indexOf(m_index->lineOfBid(m_selectedBid)));
    int next = current + step;
    if (current < 0)
        next = step > 0 ? 0 : int(lines.size()) - 1;
    next = std::clamp(next, 0, int(lines.size()) - 1);
    const MeetingLine &line = m_index->lines().at(lines.at(next));
    setSelectedBidId(line.entry.bidId);
    scrollToMinute(std::max(0, wallClockMinute(line.shownStart, m_selectedDate) - 30));
}

void TimeGridView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        navigateBy(control ? -m_dayCount : -1);
        return;
    case Qt::Key_Right:
        navigateBy(control ? m_dayCount : 1);
        return;
    case Qt::Key_PageUp:
        navigateBy(-m_dayCount);
        return;
    case Qt::Key_PageDown:
        navigateBy(m_dayCount);
        return;
    case Qt::Key_Home:
    case Qt::Key_T:
        navigateToToday();
        return;
    case Qt::Key_Up:
        selectNextMeeting(-1);
        return;
    case Qt::Key_Down:
        selectNextMeeting(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedBid.isEmpty())
            Q_EMIT entryActivated(m_selectedBid);
        else
            selectNextMeeting(1);
        return;
    case Qt::Key_Menu:
        if (!m_selectedBid.isEmpty()) {
            const QRect block = entryRect(m_selectedBid, m_selectedDate);
            const QPoint local = block.isNull() ? viewport()->rect().center() : block.center();
            Q_EMIT entryMenuRequested(m_selectedBid, viewport()->mapToGlobal(local));
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimeGridView::mousePressEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QDate day = dayAt(point);
    if (!day.isValid())
        return;
    const int line = itemAt(point).first;
    const QString bidId = line >= 0 ? m_index->lines().at(line).entry.bidId : QString();
    const bool dayChanged = day != m_selectedDate;
    m_selectedBid = bidId;
    setSelectedDate(day);
    viewport()->update();
    if (dayChanged)
        Q_EMIT dateNavigated(day);
}

void TimeGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int line = itemAt(event->position().toPoint()).first;
    if (line >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT entryActivated(m_index->lines().at(line).entry.bidId);
}

void TimeGridView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard)
        return; // The Menu key is handled in keyPressEvent, which has the selected block.
    const int line = itemAt(viewport()->mapFromGlobal(event->globalPos())).first;
    if (line < 0)
        return;
    const QString bidId = m_index->lines().at(line).entry.bidId;
    setSelectedBidId(bidId);
    Q_EMIT entryMenuRequested(bidId, event->globalPos());
}

} // namespace mesi::ui
