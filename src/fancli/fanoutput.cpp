#include "fanoutput.h"

#include <QStringList>
#include <QTimeZone>

namespace mesi::fancli {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/// The time as the meeting's zone shows it, with that zone's offset.
QString zonedText(const QDateTime &time, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    return zone.isValid() ? time.toTimeZone(zone).toString(Qt::ISODate) : utcText(time);
}

QString singleLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return line;
}

QString termsText(const MeetingTerms &terms)
{
    const QString where = terms.isOnline() ? QStringLiteral("online at %1").arg(terms.link.toString())
                                           : QStringLiteral("at %1").arg(singleLine(terms.place));
    return QStringLiteral("%1 to %2 (%3) %4")
        .arg(zonedText(terms.start, terms.timeZone), zonedText(terms.end, terms.timeZone),
             terms.timeZone, where);
}

QString kyfText(const KyfRequest &kyf)
{
    switch (kyf.state) {
    case KyfState::NotRequired:
        return {};
    case KyfState::Requested: {
        QStringList fields;
        for (KyfField field : kyf.fields)
            fields.append(toWire(field));
        return QStringLiteral("KYF requested (%1), answer by %2")
            .arg(fields.join(QStringLiteral(", ")), utcText(kyf.deadline));
    }
    case KyfState::Consented:
    case KyfState::Declined:
        return QStringLiteral("KYF %1").arg(toWire(kyf.state));
    case KyfState::Expired:
        return QStringLiteral("KYF expired at %1").arg(utcText(kyf.deadline));
    }
    return {};
}

QString sessionText(const AiSession &session)
{
    const QString kind = QStringLiteral("%1 session of %2 min").arg(toWire(session.format)).arg(session.durationMinutes);
    switch (session.state) {
    case SessionState::Waiting:
        return QStringLiteral("%1, waiting for the fan to join").arg(kind);
    case SessionState::Live:
        return QStringLiteral("%1, live until %2")
            .arg(kind, utcText(session.startedAt.addSecs(session.durationMinutes * 60LL)));
    case SessionState::Ended:
        return QStringLiteral("%1, ended at %2").arg(kind, utcText(session.endedAt));
    }
    return kind;
}

QStringList bidDetails(const Bid &bid)
{
    QStringList details;
    if (bid.status == BidStatus::Pending && bid.expiresAt.isValid())
        details.append(QStringLiteral("expires %1").arg(utcText(bid.expiresAt)));
    if (const QString kyf = kyfText(bid.kyf); !kyf.isEmpty())
        details.append(kyf);
    if (bid.meeting.isValid())
        details.append(QStringLiteral("meeting %1 %2").arg(bid.meeting.id, termsText(bid.meeting.terms)));
    if (bid.session)
        details.append(sessionText(*bid.session));
    if (bid.status == BidStatus::Cancelled) {
        details.append(QStringLiteral("cancelled by %1: %2")
                           .arg(bid.cancelledBy, singleLine(bid.cancelReason)));
    }
    if (bid.status == BidStatus::Rejected && !bid.rejectReason.isEmpty())
        details.append(QStringLiteral("rejected: %1").arg(singleLine(bid.rejectReason)));
    return details;
}

} // namespace

QString bidLine(const Bid &bid)
{
    const QStringList fields{bid.id,
                             bid.creatorHandle,
                             bid.amount.toDisplayString(),
                             toWire(bid.status),
                             QStringLiteral("escrow %1").arg(toWire(bid.escrow)),
                             bidDetails(bid).join(QStringLiteral("; "))};
    return fields.join(QLatin1Char('\t'));
}

QString bidChangeSummary(const Bid &bid)
{
    QStringList parts{QStringLiteral("%1 %2").arg(bid.id, toWire(bid.status)),
                      QStringLiteral("escrow %1").arg(toWire(bid.escrow))};
    if (bid.kyf.state != KyfState::NotRequired)
        parts.append(kyfText(bid.kyf));
    if (bid.meeting.isValid())
        parts.append(QStringLiteral("meeting %1").arg(bid.meeting.id));
    if (bid.session)
        parts.append(sessionText(*bid.session));
    return parts.join(QStringLiteral("; "));
}

QString messageLine(const ChatMessage &message)
{
    QString text = singleLine(message.text);
    if (message.proposal) {
        const QString proposal = QStringLiteral("proposal %1: %2").arg(message.id, termsText(*message.proposal));
        text = text.isEmpty() ? proposal : QStringLiteral("%1; note: %2").arg(proposal, text);
    }
    return QStringList{utcText(message.sentAt), singleLine(message.senderName), text}.join(QLatin1Char('\t'));
}

QString availabilityText(const Availability &availability)
{
    QStringList lines{
        QStringLiteral("zone\t%1").arg(availability.timeZone),
        QStringLiteral("travel-buffer\t%1 min").arg(availability.travelBufferMinutes),
    };
    if (availability.windows.isEmpty())
        lines.append(QStringLiteral("weekly\tno windows: any time on dates that are not blocked"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QStringList ranges;
        for (const AvailabilityWindow &window : availability.windowsOn(static_cast<Qt::DayOfWeek>(day))) {
            ranges.append(QStringLiteral("%1-%2").arg(formatMinuteOfDay(window.startMinute),
                                                      formatMinuteOfDay(window.endMinute)));
        }
        if (!availability.windows.isEmpty()) {
            lines.append(QStringLiteral("weekly\t%1\t%2")
                             .arg(toWire(static_cast<Qt::DayOfWeek>(day)),
                                  ranges.isEmpty() ? QStringLiteral("unavailable")
                                                   : ranges.join(QStringLiteral(", "))));
        }
    }
    for (const QDate &date : availability.blockedDates)
        lines.append(QStringLiteral("blocked\t%1").arg(date.toString(Qt::ISODate)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace mesi::fancli
