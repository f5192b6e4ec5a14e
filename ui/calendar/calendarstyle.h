#pragma once

#include "calendarentry.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;

namespace mesi::ui {

/**
 * Painting primitives shared by the time grid, the month view and the legend, so that a
 * swatch in the legend looks exactly like the blocks it explains. Each kind differs in
 * border pattern and a leading symbol as well as in colour, so colour is never the only cue.
 */
namespace CalendarStyle {

/// Symbol drawn before an entry's text: "✓" completed, "?" tentative, "✕" cancelled, none for scheduled.
QString kindSymbol(EntryKind kind);
/// Draws the frame and fill of an entry block, with a thick focus frame when selected.
void paintEntryBlock(QPainter *painter, const QRectF &rect, EntryKind kind, const QPalette &palette, bool selected);
/// Draws an imported busy block: grey with diagonal hatching.
void paintBusyBlock(QPainter *painter, const QRectF &rect, const QPalette &palette);
/// Draws a small flag for a KYF deadline (filled) or a bid expiry (outlined) in a square of size side.
void paintMarkerFlag(QPainter *painter, const QRectF &square, CalendarMarker::Kind kind, const QPalette &palette);
/// The colour of the current-time line: red on light palettes, a light red on dark ones.
QColor nowLineColor(const QPalette &palette);
/// The background of today's column: the palette's Highlight mixed lightly into its Base.
QColor todayColumnColor(const QPalette &palette);

} // namespace CalendarStyle

} // namespace mesi::ui
