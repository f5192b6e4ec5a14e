#include "timegridheader.h"

#include "calendarindex.h"
#include "calendarmarkers.h"
#include "calendarstyle.h"
#include "timegridview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace mesi::ui {

TimeGridHeader::TimeGridHeader(TimeGridView *view)
    : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("timeGridHeader"));
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
}

int TimeGridHeader::preferredHeight() const
{
    const int line = fontMetrics().height() + 4;
    return line * (1 + m_markerRows) + 4;
}

void TimeGridHeader::reload()
{
    int most = 0;
    QStringList spoken;
    if (const CalendarIndex *index = m_view->index()) {
        for (int column = 0; column < m_view->dayCount(); ++column) {
            const QList<int> markers = index->markersOn(m_view->firstDay().addDays(column));
            most = std::max(most, int(markers.size()));
            for (int marker : markers)
                spoken.append(markerText(marker));
        }
    }
    m_markerRows = std::min(most, MaxMarkerRows);
    setAccessibleDescription(spoken.isEmpty() ? tr("No deadlines in this period.")
                                              : tr("Deadlines: %1").arg(spoken.join(QStringLiteral("; "))));
    update();
}

QString TimeGridHeader::markerText(int marker) const
{
    const ShownMarker &shown = m_view->index()->markers().at(marker);
    return CalendarMarkers::shortText(shown.marker, shown.shownAt, locale());
}

QRect TimeGridHeader::dayRect(int column) const
{
    const QRect area = m_view->columnRect(m_view->firstDay().addDays(column));
    return QRect(area.left(), 0, area.width(), height());
}

QRect TimeGridHeader::markerRowRect(int column, int row) const
{
    const int line = fontMetrics().height() + 4;
    const QRect day = dayRect(column);
    return QRect(day.left() + 2, 2 + line * (row + 1), day.width() - 4, line);
}

QRect TimeGridHeader::markerRect(const QString &bidId, CalendarMarker::Kind kind) const
{
    const CalendarIndex *index = m_view->index();
    if (!index)
        return {};
    for (int column = 0; column < m_view->dayCount(); ++column) {
        const QList<int> markers = index->markersOn(m_view->firstDay().addDays(column));
        for (int row = 0; row < markers.size() && row < m_markerRows; ++row) {
            const CalendarMarker &marker = index->markers().at(markers.at(row)).marker;
            const bool collapsed = row == m_markerRows - 1 && markers.size() > m_markerRows;
            if (!collapsed && marker.bidId == bidId && marker.kind == kind)
                return markerRowRect(column, row);
        }
    }
    return {};
}

int TimeGridHeader::markerAt(const QPoint &point) const
{
    const CalendarIndex *index = m_view->index();
    if (!index)
        return -1;
    for (int column = 0; column < m_view->dayCount(); ++column) {
        const QList<int> markers = index->markersOn(m_view->firstDay().addDays(column));
        for (int row = 0; row < markers.size() && row < m_markerRows; ++row) {
            if (markerRowRect(column, row).contains(point))
                return row == m_markerRows - 1 && markers.size() > m_markerRows ? -1 : markers.at(row);
        }
    }
    return -1;
}

void TimeGridHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QLocale locale = this->locale();
    const int line = fontMetrics().height() + 4;
    const CalendarIndex *index = m_view->index();

    for (int column = 0; column < m_view->dayCount(); ++column) {
        const QDate day = m_view->firstDay().addDays(column);
        const QRect area = dayRect(column);
        const bool selected = day == m_view->selectedDate();
        const bool today = day == m_view->today();
        if (selected)
            painter.fillRect(area, palette().color(QPalette::Highlight));
        else if (today)
            painter.fillRect(area, CalendarStyle::todayColumnColor(palette()));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(area.topLeft(), area.bottomLeft());

        QFont dayFont = font();
        dayFont.setBold(today);
        painter.setFont(dayFont);
        painter.setPen(palette().color(selected ? QPalette::HighlightedText : QPalette::WindowText));
        const QString name = tr("%1 %2", "short weekday name, then the day of the month")
                                 .arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat), locale.toString(day.day()));
        painter.drawText(QRect(area.left(), 2, area.width(), line), Qt::AlignCenter | Qt::TextSingleLine,
                         today ? tr("%1 (today)").arg(name) : name);
        painter.setFont(font());

        const QList<int> markers = index ? index->markersOn(day) : QList<int>();
        for (int row = 0; row < markers.size() && row < m_markerRows; ++row) {
            const QRect rowRect = markerRowRect(column, row);
            if (row == m_markerRows - 1 && markers.size() > m_markerRows) {
                const int more = int(markers.size()) - row;
                painter.drawText(rowRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("+%n more", nullptr, more));
                break;
            }
            const CalendarMarker &marker = index->markers().at(markers.at(row)).marker;
            const QRectF flag(rowRect.left(), rowRect.top() + 2, rowRect.height() - 4, rowRect.height() - 4);
            CalendarStyle::paintMarkerFlag(&painter, flag, marker.kind, palette());
            painter.drawText(rowRect.adjusted(rowRect.height(), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                             markerText(markers.at(row)));
        }
    }
}

void TimeGridHeader::mousePressEvent(QMouseEvent *event)
{
    for (int column = 0; column < m_view->dayCount(); ++column) {
        if (dayRect(column).contains(event->position().toPoint())) {
            const QDate day = m_view->firstDay().addDays(column);
            if (day != m_view->selectedDate())
                m_view->navigateBy(int(m_view->selectedDate().daysTo(day)));
            return;
        }
    }
}

void TimeGridHeader::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int marker = markerAt(event->position().toPoint());
    if (marker >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT m_view->entryActivated(m_view->index()->markers().at(marker).marker.bidId);
}

bool TimeGridHeader::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int marker = markerAt(help->pos());
    if (marker < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const ShownMarker &shown = m_view->index()->markers().at(marker);
    QToolTip::showText(help->globalPos(), CalendarMarkers::longText(shown.marker, shown.shownAt, locale()), this);
    return true;
}

} // namespace mesi::ui
