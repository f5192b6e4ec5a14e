#include "timegridview.h"

#include "calendarindex.h"
#include "timegridheader.h"

#include "ui/zonedtime.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace mesi::ui {

namespace {

/// Blocks shorter than this still get the height of a quarter hour, so one line of text fits.
constexpr int MinimumBlockMinutes = 15;
constexpr int DefaultTopMinute = 7 * 60;

TimeGridView::ClockChange clockChangeOn(QDate day, const QTimeZone &zone)
{
    const QDateTime start = day.startOfDay(zone);
    const QDateTime end = day.addDays(1).startOfDay(zone);
    const QTimeZone::OffsetDataList transitions = zone.transitions(start, end.addSecs(-1));
    if (transitions.isEmpty())
        return {};

    // The change happens at this wall-clock time of the old offset, such as 02:00 in spring.
    const QTimeZone::OffsetData &transition = transitions.constFirst();
    const int before = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
    const QDateTime wallClock = transition.atUtc.toOffsetFromUtc(before);
    return {wallClockMinute(wallClock, day), (transition.offsetFromUtc - before) / 60};
}

} // namespace

TimeGridView::TimeGridView(int dayCount, QWidget *parent)
    : QAbstractScrollArea(parent), m_zone(QTimeZone::systemTimeZone()), m_dayCount(dayCount == 1 ? 1 : 7)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setMouseTracking(false);
    m_header = new TimeGridHeader(this);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setSingleShot(true);
    m_clockTimer->setTimerType(Qt::CoarseTimer);
    connect(m_clockTimer, &QTimer::timeout, this, &TimeGridView::updateClock);

    updateClock();
    updateGeometryMetrics();
    setSelectedDate(today());
    scrollToMinute(DefaultTopMinute);
}

TimeGridView::~TimeGridView() = default;

void TimeGridView::setIndex(const CalendarIndex *index)
{
    m_index = index;
    reload();
}

void TimeGridView::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    updateClock();
    relayout(); // The days' clock changes depend on the zone.
}

void TimeGridView::reload()
{
    relayout();
}

void TimeGridView::setSelectedDate(QDate date)
{
    if (!date.isValid())
        return;
    m_selectedDate = date;
    QDate first = date;
    if (m_dayCount == 7) {
        const int weekStart = int(locale().firstDayOfWeek());
        first = date.addDays(-((date.dayOfWeek() - weekStart + 7) % 7));
    }
    if (first != m_firstDay) {
        m_firstDay = first;
        relayout();
        Q_EMIT periodChanged(m_firstDay);
    } else {
        m_header->update();
        viewport()->update();
    }
}

void TimeGridView::navigateBy(int days)
{
    m_selectedBid.clear();
    setSelectedDate(m_selectedDate.addDays(days));
    Q_EMIT dateNavigated(m_selectedDate);
}

void TimeGridView::navigateToToday()
{
    updateClock();
    navigateBy(int(m_selectedDate.daysTo(today())));
}

void TimeGridView::setSelectedBidId(const QString &bidId)
{
    m_selectedBid = bidId;
    viewport()->update();
}

void TimeGridView::relayout()
{
    m_columns.clear();
    m_columns.reserve(m_dayCount);
    for (int i = 0; i < m_dayCount; ++i) {
        DayColumn column;
        column.day = m_firstDay.addDays(i);
        column.clockChange = clockChangeOn(column.day, m_zone);
        if (m_index) {
            const QList<MeetingLine> &lines = m_index->lines();
            for (int line : m_index->linesOn(column.day)) {
                const GridSpan span = spanOnDay(line, lines.at(line).shownStart, lines.at(line).shownEnd, column.day);
                if (span.item >= 0)
                    column.meetings.append(span);
            }
            const QList<ShownBusyBlock> &blocks = m_index->busyBlocks();
            for (int busy : m_index->busyOn(column.day)) {
                const GridSpan span = spanOnDay(busy, blocks.at(busy).shownStart, blocks.at(busy).shownEnd, column.day);
                if (span.item >= 0)
                    column.busy.append(span);
            }
        }
        layOutSideBySide(column.meetings, MinimumBlockMinutes);
        m_columns.append(column);
    }
    m_header->reload(); // First, because the header's height depends on the markers of the shown days.
    updateGeometryMetrics();
    viewport()->update();
}

void TimeGridView::updateGeometryMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    // Three text lines per hour, so an hour-long meeting shows its fan, place and escrow state.
    m_hourHeight = std::max(40, metrics.height() * 3 + 4);
    // The axis labels are formatted once here, so painting allocates no strings for them.
    const QString format = shortTimeFormat(locale());
    m_hourLabels.clear();
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour) {
        m_hourLabels.append(locale().toString(QTime(hour, 0), format));
        widest = std::max(widest, metrics.horizontalAdvance(m_hourLabels.constLast()));
    }
    m_axisWidth = widest + metrics.averageCharWidth() * 2;

    const int headerHeight = m_header->preferredHeight();
    setViewportMargins(0, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);

    const int contentHeight = 24 * m_hourHeight;
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_hourHeight / 2);
}

void TimeGridView::updateClock()
{
    const QDate before = m_now.date();
    m_now = QDateTime::currentDateTimeUtc().toTimeZone(m_zone);
    if (before.isValid() && before != m_now.date())
        m_header->update();
    viewport()->update();

    // Wakes up just after the next full minute, so the line moves when the clock shows a new minute.
    const int msIntoMinute = m_now.time().second() * 1000 + m_now.time().msec();
    m_clockTimer->start(60'000 - msIntoMinute + 50);
}

int TimeGridView::yForMinute(int minute) const
{
    return minute * m_hourHeight / 60 - verticalScrollBar()->value();
}

QRect TimeGridView::columnRect(QDate day) const
{
    const qint64 column = m_firstDay.daysTo(day);
    if (column < 0 || column >= m_dayCount)
        return {};
    const int width = viewport()->width() - m_axisWidth;
    const int left = m_axisWidth + int(width * column / m_dayCount);
    const int right = m_axisWidth + int(width * (column + 1) / m_dayCount);
    return QRect(left, yForMinute(0), right - left, 24 * m_hourHeight);
}

QRect TimeGridView::spanRect(int column, const GridSpan &span) const
{
    const QRect area = columnRect(m_firstDay.addDays(column)).adjusted(1, 0, -2, 0);
    const int top = yForMinute(span.startMinute);
    const int bottom = yForMinute(std::max(span.endMinute, span.startMinute + MinimumBlockMinutes));
    const int left = area.left() + area.width() * span.column / span.columns;
    const int right = area.left() + area.width() * (span.column + 1) / span.columns;
    return QRect(left, top, std::max(1, right - left - 1), std::max(1, bottom - top));
}

QRect TimeGridView::entryRect(const QString &bidId, QDate day) const
{
    const qint64 column = m_firstDay.daysTo(day);
    if (!m_index || column < 0 || column >= m_columns.size())
        return {};
    for (const GridSpan &span : m_columns.at(column).meetings) {
        if (m_index->lines().at(span.item).entry.bidId == bidId)
            return spanRect(int(column), span);
    }
    return {};
}

QRect TimeGridView::busyRect(int busyIndex, QDate day) const
{
    const qint64 column = m_firstDay.daysTo(day);
    if (column < 0 || column >= m_columns.size())
        return {};
    for (const GridSpan &span : m_columns.at(column).busy) {
        if (span.item == busyIndex)
            return spanRect(int(column), span);
    }
    return {};
}

TimeGridView::ClockChange TimeGridView::clockChange(QDate day) const
{
    const qint64 column = m_firstDay.daysTo(day);
    if (column < 0 || column >= m_columns.size())
        return {};
    return m_columns.at(column).clockChange;
}

int TimeGridView::nowMinute() const
{
    const QDate day = m_now.date();
    if (day < m_firstDay || day > lastDay())
        return -1;
    return wallClockMinute(m_now, day);
}

void TimeGridView::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(minute * m_hourHeight / 60);
}

std::pair<int, int> TimeGridView::itemAt(const QPoint &point) const
{
    const QDate day = dayAt(point);
    if (!day.isValid())
        return {-1, -1};
    const int column = int(m_firstDay.daysTo(day));
    for (const GridSpan &span : m_columns.at(column).meetings) {
        if (spanRect(column, span).contains(point))
            return {span.item, -1};
    }
    for (const GridSpan &span : m_columns.at(column).busy) {
        if (spanRect(column, span).contains(point))
            return {-1, span.item};
    }
    return {-1, -1};
}

QDate TimeGridView::dayAt(const QPoint &point) const
{
    if (point.x() < m_axisWidth)
        return {};
    const int width = std::max(1, viewport()->width() - m_axisWidth);
    const int column = (point.x() - m_axisWidth) * m_dayCount / width;
    return column < m_columns.size() ? m_columns.at(column).day : QDate();
}

bool TimeGridView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint: {
        QPainter painter(viewport());
        paintGrid(painter, static_cast<QPaintEvent *>(event)->rect());
        return true;
    }
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!showToolTip(help->pos(), help->globalPos()))
            event->ignore();
        return true;
    }
    default:
        return QAbstractScrollArea::viewportEvent(event);
    }
}

void TimeGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometryMetrics();
}

void TimeGridView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange) {
        setSelectedDate(m_selectedDate);
        relayout();
    }
}

} // namespace mesi::ui
