#include "calendarlegend.h"

#include "calendarmarkers.h"
#include "calendarstyle.h"
#include "meetingtext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace mesi::ui {

namespace {

/// Legend items in display order: the four entry kinds, then busy, two markers and the now line.
constexpr int KindCount = 4;
constexpr int BusyItem = 4;
constexpr int KyfItem = 5;
constexpr int ExpiryItem = 6;
constexpr int NowItem = 7;
constexpr int ItemCount = 8;
constexpr int Columns = 4;

} // namespace

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    for (int item = 0; item < ItemCount; ++item) {
        auto *swatch = new QLabel(this);
        auto *text = new QLabel(this);
        const int row = item / Columns;
        const int column = (item % Columns) * 2;
        layout->addWidget(swatch, row, column);
        layout->addWidget(text, row, column + 1);
        m_swatches.append(swatch);
        m_texts.append(text);
    }
    layout->setColumnStretch(Columns * 2 - 1, 1);
    m_monthHint = new QLabel(this);
    m_monthHint->setWordWrap(true);
    layout->addWidget(m_monthHint, ItemCount / Columns, 0, 1, Columns * 2);

    repaintSwatches();
    retranslateUi();
}

QStringList CalendarLegend::itemTexts() const
{
    QStringList texts;
    for (const QLabel *text : m_texts)
        texts.append(text->text());
    return texts;
}

void CalendarLegend::retranslateUi()
{
    for (int kind = 0; kind < KindCount; ++kind) {
        const auto entry = EntryKind(kind);
        const QString symbol = CalendarStyle::kindSymbol(entry);
        const QString name = MeetingText::kindName(entry);
        m_texts[kind]->setText(symbol.isEmpty() ? name : symbol + QLatin1Char(' ') + name);
    }
    m_texts[BusyItem]->setText(tr("Busy (imported)"));
    m_texts[KyfItem]->setText(CalendarMarkers::kindName(CalendarMarker::Kind::KyfDeadline));
    m_texts[ExpiryItem]->setText(CalendarMarkers::kindName(CalendarMarker::Kind::BidExpiry));
    m_texts[NowItem]->setText(tr("Now"));
    m_monthHint->setText(tr("Month: days in bold have meetings, with their number in the corner, "
                            "and a flag for deadlines. Today has a frame."));

    setAccessibleName(tr("Colour legend"));
    setAccessibleDescription(
        tr("Scheduled meetings are blue with a solid border. Tentative ones are purple with a dashed border "
           "and a question mark. Completed ones are green with a check mark. Cancelled ones are red with a "
           "dotted border, a cross and struck-out names. Imported busy times are grey and hatched. KYF "
           "deadlines have a filled flag, bid expiries an outlined flag. A red line marks the current time. %1")
            .arg(m_monthHint->text()));
}

void CalendarLegend::repaintSwatches()
{
    const int side = fontMetrics().height();
    const qreal ratio = devicePixelRatioF();
    for (int item = 0; item < ItemCount; ++item) {
        QPixmap pixmap(QSize(side * 2, side) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const QRectF area(0, 0, side * 2, side);
        if (item < KindCount)
            CalendarStyle::paintEntryBlock(&painter, area, EntryKind(item), palette(), false);
        else if (item == BusyItem)
            CalendarStyle::paintBusyBlock(&painter, area, palette());
        else if (item == KyfItem || item == ExpiryItem)
            CalendarStyle::paintMarkerFlag(&painter, QRectF(0, 0, side, side),
                                           item == KyfItem ? CalendarMarker::Kind::KyfDeadline
                                                           : CalendarMarker::Kind::BidExpiry,
                                           palette());
        else
            painter.fillRect(QRectF(0, side / 2.0 - 1, side * 2, 2), CalendarStyle::nowLineColor(palette()));
        painter.end();
        m_swatches[item]->setPixmap(pixmap);
    }
}

void CalendarLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        repaintSwatches();
}

} // namespace mesi::ui
