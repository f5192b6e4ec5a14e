#include "appicon.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace mesi::ui {

namespace {

const QString IconResource = QStringLiteral(":/icons/example.mesi.CreatorConsole.svg");
constexpr int MaxShownCount = 99;

QPixmap renderBadged(QSvgRenderer &renderer, int size, int count)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));

    const QString text = count > MaxShownCount ? QStringLiteral("%1+").arg(MaxShownCount)
                                               : QString::number(count);
    // The badge covers the top right corner and over half the icon height, so it stays legible at 16 px.
    const qreal height = size * 0.55;
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(height * 0.7)));
    // A long count gets a wider badge, up to the icon's width, and then a smaller font.
    const qreal padding = height * 0.25;
    const qreal width = qMin<qreal>(size, qMax(height, QFontMetricsF(font).horizontalAdvance(text) + 2 * padding));
    while (font.pixelSize() > 6 && QFontMetricsF(font).horizontalAdvance(text) > width - 2 * padding)
        font.setPixelSize(font.pixelSize() - 1);
    const QRectF badge(size - width, 0, width, height);

    painter.setPen(QPen(Qt::white, qMax(1.0, size / 32.0)));
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.drawRoundedRect(badge, height / 2, height / 2);

    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    return QIcon(IconResource);
}

QIcon appIconWithCount(int count)
{
    if (count <= 0)
        return appIcon();

    QSvgRenderer renderer(IconResource);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(renderBadged(renderer, size, count));
    return icon;
}

} // namespace mesi::ui
