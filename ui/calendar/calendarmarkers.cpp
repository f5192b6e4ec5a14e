#include "calendarmarkers.h"

#include "ui/zonedtime.h"

namespace mesi::ui {

QList<CalendarMarker> CalendarMarkers::markersOf(const Bid &bid)
{
    QList<CalendarMarker> markers;
    if (bid.status == BidStatus::Pending && bid.expiresAt.isValid())
        markers.append({CalendarMarker::Kind::BidExpiry, bid.id, bid.fanName, bid.expiresAt});
    if (bid.kyf.state == KyfState::Requested && bid.kyf.deadline.isValid() && !isTerminal(bid.status))
        markers.append({CalendarMarker::Kind::KyfDeadline, bid.id, bid.fanName, bid.kyf.deadline});
    return markers;
}

QString CalendarMarkers::kindName(CalendarMarker::Kind kind)
{
    switch (kind) {
    case CalendarMarker::Kind::KyfDeadline:
        return tr("KYF deadline");
    case CalendarMarker::Kind::BidExpiry:
        return tr("Bid expiry");
    }
    Q_UNREACHABLE();
    return {};
}

QString CalendarMarkers::shortText(const CalendarMarker &marker, const QDateTime &shownAt, const QLocale &locale)
{
    const QString time = locale.toString(shownAt.time(), shortTimeFormat(locale));
    const QString fan = marker.fanName.simplified();
    switch (marker.kind) {
    case CalendarMarker::Kind::KyfDeadline:
        return tr("KYF due %1 %2", "time, then the fan's name").arg(time, fan);
    case CalendarMarker::Kind::BidExpiry:
        return tr("Expires %1 %2", "time, then the fan's name of a pending bid").arg(time, fan);
    }
    Q_UNREACHABLE();
    return {};
}

QString CalendarMarkers::longText(const CalendarMarker &marker, const QDateTime &shownAt, const QLocale &locale)
{
    const QString when = locale.toString(shownAt, QLocale::LongFormat);
    const QString fan = marker.fanName.simplified();
    switch (marker.kind) {
    case CalendarMarker::Kind::KyfDeadline:
        return tr("%1 must answer the KYF request by %2. Double-click to open the bid.").arg(fan, when);
    case CalendarMarker::Kind::BidExpiry:
        return tr("The pending bid of %1 expires at %2 unless you answer it. Double-click to open the bid.")
            .arg(fan, when);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace mesi::ui
