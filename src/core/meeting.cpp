#include "meeting.h"

namespace mesi {

Result<QUrl> parseMeetingLink(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    const QUrl strict(text.trimmed(), QUrl::StrictMode);
    if (!strict.isValid() || strict.scheme() != QLatin1String("https") || strict.host().isEmpty()
        || !url.isValid()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("meeting link '%1' is not an https address with a host; "
                                        "paste the full link, such as https://meet.example/room")
                             .arg(text.left(200)),
                         QStringLiteral("link"));
    }
    return strict;
}

Result<void> validateMeetingTerms(const MeetingTerms &terms)
{
    if (!terms.start.isValid() || !terms.end.isValid()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a meeting needs both a start and an end time"),
                         terms.start.isValid() ? QStringLiteral("end") : QStringLiteral("start"));
    }
    if (terms.end <= terms.start) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("meeting end %1 is not after its start %2; "
                                        "choose an end later than the start")
                             .arg(terms.end.toString(Qt::ISODate), terms.start.toString(Qt::ISODate)),
                         QStringLiteral("end"));
    }
    if (terms.durationMinutes() > MaxMeetingMinutes) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("meeting of %1 minutes is longer than the %2 allowed; "
                                        "shorten it or arrange several meetings")
                             .arg(terms.durationMinutes())
                             .arg(MaxMeetingMinutes),
                         QStringLiteral("end"));
    }
    if (terms.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(terms.timeZone.toUtf8())) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("time zone '%1' is unknown; use an IANA name such as "
                                        "Europe/Berlin or America/Sao_Paulo")
                             .arg(terms.timeZone.left(100)),
                         QStringLiteral("timeZone"));
    }
    const bool hasPlace = !terms.place.trimmed().isEmpty();
    const bool hasLink = !terms.link.isEmpty();
    if (hasPlace == hasLink) {
        return makeError(ErrorCode::InvalidArgument,
                         hasPlace ? QStringLiteral("a meeting has either a place or an online link, "
                                                   "not both; clear one of them")
                                  : QStringLiteral("a meeting needs a place or an online link; "
                                                   "enter one of them"),
                         hasPlace ? QStringLiteral("link") : QStringLiteral("place"));
    }
    if (terms.place.size() > MaxPlaceLength) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("place has %1 characters, more than the %2 allowed; "
                                        "shorten it")
                             .arg(terms.place.size())
                             .arg(MaxPlaceLength),
                         QStringLiteral("place"));
    }
    if (hasLink) {
        Result<QUrl> link = parseMeetingLink(terms.link.toString());
        if (!link)
            return link.error();
    }
    return {};
}

bool overlaps(const MeetingTerms &a, const MeetingTerms &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace mesi
