#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QUrl>

namespace mesi {

/// Maximum length of a proposed meeting, in minutes. Longer stays are arranged as several meetings.
inline constexpr qint64 MaxMeetingMinutes = 12 * 60;
/// Maximum length of a meeting's free-text place, in UTF-16 code units.
inline constexpr int MaxPlaceLength = 300;

/**
 * Time and place of a meeting: a UTC interval plus the IANA zone of the place,
 * so it shows at the right hour on both sides of a daylight-saving change.
 * Exactly one of place and link is set.
 */
struct MeetingTerms
{
    QDateTime start;  ///< UTC.
    QDateTime end;    ///< UTC, later than start.
    QString timeZone; ///< IANA name of the meeting's zone, such as "Europe/Madrid".
    QString place;    ///< An address or venue for an in-person meeting.
    QUrl link;        ///< An https link for an online meeting.

    bool isOnline() const { return !link.isEmpty(); }
    qint64 durationMinutes() const { return start.secsTo(end) / 60; }
    friend bool operator==(const MeetingTerms &, const MeetingTerms &) = default;
};

/**
 * Checks terms a person typed or a peer sent: end after start, at most MaxMeetingMinutes,
 * a zone this system's time-zone database contains, and either a place or an https link with a host.
 * Every error names the value at fault and what to enter instead.
 */
Result<void> validateMeetingTerms(const MeetingTerms &terms);

/// Parses a link a person typed; only https links with a host are meeting links.
Result<QUrl> parseMeetingLink(const QString &text);

/// A scheduled meeting of a bid; the id is what its pass names.
struct Meeting
{
    QString id;
    QString proposalId; ///< The chat message whose proposal was accepted.
    MeetingTerms terms;

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Meeting &, const Meeting &) = default;
};

/// True when two meetings share any moment; touching ends do not overlap.
bool overlaps(const MeetingTerms &a, const MeetingTerms &b);

} // namespace mesi
