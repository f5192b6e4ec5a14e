#include "calendarstyle.h"

#include "meetingtext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace mesi::ui::CalendarStyle {

namespace {

QColor mixed(const QColor &base, const QColor &tint, float amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

} // namespace

QString kindSymbol(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Scheduled:
        return QString();
    case EntryKind::Tentative:
        return QStringLiteral("?");
    case EntryKind::Completed:
        return QStringLiteral("\u2713");
    case EntryKind::Cancelled:
        return QStringLiteral("\u2715");
    }
    return QString();
}

void paintEntryBlock(QPainter *painter, const QRectF &rect, EntryKind kind, const QPalette &palette, bool selected)
{
    const QColor ink = MeetingText::kindColor(kind, palette);
    const QColor base = palette.color(QPalette::Base);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);

    // A light tint keeps the palette's Text readable on the block in light and dark palettes.
    const float tint = kind == EntryKind::Tentative || kind == EntryKind::Cancelled ? 0.08f : 0.18f;
    painter->fillRect(rect, mixed(base, ink, tint));
    // A solid bar at the left edge carries the kind's colour for a quick scan.
    painter->fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), ink);

    QPen border(ink);
    border.setWidthF(1);
    switch (kind) {
    case EntryKind::Tentative:
        border.setStyle(Qt::DashLine);
        break;
    case EntryKind::Cancelled:
        border.setStyle(Qt::DotLine);
        break;
    case EntryKind::Scheduled:
    case EntryKind::Completed:
        break;
    }
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0, 0, -1, -1));

    if (selected) {
        QPen focus(palette.color(QPalette::Highlight));
        focus.setWidth(3);
        painter->setPen(focus);
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

void paintBusyBlock(QPainter *painter, const QRectF &rect, const QPalette &palette)
{
    // Grey half way between Base and Text, so the hatching shows on light and dark palettes alike.
    const QColor base = palette.color(QPalette::Base);
    const QColor grey = mixed(base, palette.color(QPalette::Text), 0.5f);
    painter->save();
    painter->fillRect(rect, mixed(base, grey, 0.2f));
    painter->fillRect(rect, QBrush(grey, Qt::BDiagPattern));
    painter->setPen(QPen(grey, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

void paintMarkerFlag(QPainter *painter, const QRectF &square, CalendarMarker::Kind kind, const QPalette &palette)
{
    // KYF deadlines share the tentative hue, expiries the cancelled hue, since both warn.
    const QColor ink = MeetingText::kindColor(
        kind == CalendarMarker::Kind::KyfDeadline ? EntryKind::Tentative : EntryKind::Cancelled, palette);
    const qreal side = square.height();
    const QPointF pole(square.left() + side * 0.2, square.top() + side * 0.1);

    QPainterPath flag;
    flag.moveTo(pole);
    flag.lineTo(pole.x() + side * 0.7, pole.y() + side * 0.22);
    flag.lineTo(pole.x(), pole.y() + side * 0.45);
    flag.closeSubpath();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(ink, qMax<qreal>(1.0, side / 10)));
    painter->drawLine(pole, QPointF(pole.x(), square.bottom() - side * 0.05));
    // Filled for KYF, outlined for expiry, so the two differ in shape as well as colour.
    painter->setBrush(kind == CalendarMarker::Kind::KyfDeadline ? QBrush(ink) : QBrush(Qt::NoBrush));
    painter->drawPath(flag);
    painter->restore();
}

QColor nowLineColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xd3, 0x2f, 0x2f);
}

QColor todayColumnColor(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.08f);
}

} // namespace mesi::ui::CalendarStyle
