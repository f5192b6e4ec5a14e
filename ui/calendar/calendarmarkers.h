#pragma once

#include "calendarentry.h"

#include "core/bid.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

namespace mesi::ui {

/// Texts of the calendar's deadline markers, and the markers a bid has.
class CalendarMarkers
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::CalendarMarkers)

public:
    /**
     * Returns the open deadlines of bid: its expiry while it is pending, and the KYF deadline
     * while the KYF request waits for the fan. Closed bids have none.
     */
    static QList<CalendarMarker> markersOf(const Bid &bid);

    /// The name of a marker kind, such as "KYF deadline".
    static QString kindName(CalendarMarker::Kind kind);
    /// A few words for a header row or a month cell, such as "KYF due 14:00 Ana".
    static QString shortText(const CalendarMarker &marker, const QDateTime &shownAt, const QLocale &locale);
    /// A sentence for a tooltip, with the date and the time in the display zone.
    static QString longText(const CalendarMarker &marker, const QDateTime &shownAt, const QLocale &locale);
};

} // namespace mesi::ui
