#pragma once

#include "core/bid.h"
#include "core/meeting.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mesi::ical {

/// The fixed part after "@" in every UID the console writes, so UIDs never clash with others'.
inline constexpr char16_t UidDomain[] = u"mesi.example";

/// STATUS of an exported event.
enum class EventStatus {
    Confirmed, ///< An agreed meeting: scheduled or completed.
    Tentative, ///< Terms proposed in the chat and not agreed yet.
    Cancelled, ///< A meeting that was called off.
};

/**
 * One meeting as it goes into an .ics file. It contains the fan's display name and nothing
 * else about the fan: no fan id, KYF data or chat text.
 */
struct CalendarEvent
{
    QString uid;      ///< From meetingUid() or proposalUid().
    QString fanName;  ///< The fan's display name, the only personal data in the event.
    MeetingTerms terms;
    EventStatus status = EventStatus::Confirmed;
    /// SEQUENCE; grows whenever the terms or the status change, such as the bid's version.
    qint64 sequence = 0;
};

/// "meeting-<id>@mesi.example": stable for the life of the meeting.
QString meetingUid(const QString &meetingId);
/// "proposal-<message id>@mesi.example" for terms not agreed yet.
QString proposalUid(const QString &proposalMessageId);

/**
 * The event of a bid's meeting, or nullopt when the bid has no meeting. Scheduled and
 * completed bids are CONFIRMED and cancelled ones CANCELLED. SEQUENCE is the bid's version,
 * which the server raises with every change of the bid, so it grows when the status changes
 * (the terms of a scheduled meeting never change).
 */
std::optional<CalendarEvent> eventForBid(const Bid &bid);

/**
 * The TENTATIVE event of a proposal message that is not agreed yet, with SEQUENCE 0: a newer
 * proposal is a new message and so gets a new UID. Returns nullopt for a message without terms.
 */
std::optional<CalendarEvent> eventForProposal(const Bid &bid, const ChatMessage &proposal);

/// The events that share any moment with [fromUtc, toUtc), in their original order.
QList<CalendarEvent> eventsInRange(const QList<CalendarEvent> &events, const QDateTime &fromUtc,
                                   const QDateTime &toUtc);

/// Settings of writeCalendar() that do not come from the events.
struct WriteSettings
{
    QDateTime stamp; ///< DTSTAMP, UTC; the current time when invalid.
    /// SUMMARY, where %1 is the fan's display name; the caller passes it translated.
    QString summaryFormat = QStringLiteral("Meeting with %1");
};

/**
 * Writes events as one VCALENDAR (RFC 5545): CRLF line ends, lines folded at 75 octets,
 * DTSTART and DTEND with the TZID of the meeting's zone and a VTIMEZONE per zone covering
 * the events in that zone.
 *
 * Some times are written in UTC instead, so a reader never moves the meeting: the second pass
 * through an hour that repeats when clocks go back, and every time of a zone this system does
 * not know.
 */
QByteArray writeCalendar(const QList<CalendarEvent> &events, const WriteSettings &settings = {});

} // namespace mesi::ical
