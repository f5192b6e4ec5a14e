#include "meetingmonthview.h"

#include "calendarstyle.h"

#include <QEvent>
#include <QPainter>
#include <QTextCharFormat>

namespace mesi::ui {

MeetingMonthView::MeetingMonthView(QWidget *parent)
    : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);

    // QCalendarWidget paints weekends in pure red, which the legend uses for cancelled meetings
    // and which is hard to read on dark palettes, so every weekday gets the palette's text colour.
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        setWeekdayTextFormat(Qt::DayOfWeek(day), QTextCharFormat());
}

void MeetingMonthView::setMeetingCounts(const QHash<QDate, int> &counts)
{
    m_counts = counts;
    applyDayFormats();
}

void MeetingMonthView::setDayMarkers(const QHash<QDate, DayMarkers> &markers)
{
    m_markers = markers;
    applyDayFormats();
}

void MeetingMonthView::setToday(QDate today)
{
    m_today = today;
    update();
}

QColor MeetingMonthView::meetingDayColor(const QPalette &palette)
{
    // A 30 % tint leaves the palette's Text readable on it in common light and dark palettes.
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    constexpr float Tint = 0.3f;
    return QColor::fromRgbF(base.redF() + (highlight.redF() - base.redF()) * Tint,
                            base.greenF() + (highlight.greenF() - base.greenF()) * Tint,
                            base.blueF() + (highlight.blueF() - base.blueF()) * Tint);
}

void MeetingMonthView::applyDayFormats()
{
    setDateTextFormat(QDate(), QTextCharFormat()); // A null date clears every day's format.

    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setBackground(meetingDayColor(palette()));
    for (auto day = m_counts.cbegin(); day != m_counts.cend(); ++day) {
        if (day.value() > 0)
            setDateTextFormat(day.key(), marked);
    }
    // QCalendarWidget shows a day format's tooltip over the cell, which lists the deadlines.
    for (auto day = m_markers.cbegin(); day != m_markers.cend(); ++day) {
        QTextCharFormat format = dateTextFormat(day.key());
        format.setToolTip(day.value().texts.join(QLatin1Char('\n')));
        setDateTextFormat(day.key(), format);
    }
}

void MeetingMonthView::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    QCalendarWidget::paintCell(painter, rect, date);

    const bool selected = date == selectedDate();
    const QColor ink = palette().color(selected ? QPalette::HighlightedText : QPalette::Text);

    const int count = m_counts.value(date);
    if (count > 0) {
        painter->save();
        QFont small = font();
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.7);
        else
            small.setPixelSize(qMax(6, small.pixelSize() * 7 / 10));
        painter->setFont(small);
        painter->setPen(ink);
        painter->drawText(rect.adjusted(2, 1, -3, -1), Qt::AlignRight | Qt::AlignBottom,
                          locale().toString(count));
        painter->restore();
    }

    const auto markers = m_markers.constFind(date);
    if (markers != m_markers.cend()) {
        const int side = std::max(8, rect.height() / 3);
        QRectF flag(rect.left() + 2, rect.top() + 2, side, side);
        if (markers->kyfDeadline) {
            CalendarStyle::paintMarkerFlag(painter, flag, CalendarMarker::Kind::KyfDeadline, palette());
            flag.translate(side, 0);
        }
        if (markers->bidExpiry)
            CalendarStyle::paintMarkerFlag(painter, flag, CalendarMarker::Kind::BidExpiry, palette());
    }

    if (date == m_today) {
        painter->save();
        QPen frame(selected ? ink : palette().color(QPalette::Highlight));
        frame.setWidth(2);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}

void MeetingMonthView::changeEvent(QEvent *event)
{
    QCalendarWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyDayFormats();
}

} // namespace mesi::ui
