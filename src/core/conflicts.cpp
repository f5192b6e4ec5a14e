#include "conflicts.h"

#include <QTimeZone>

#include <algorithm>

namespace mesi {

namespace {

/// A stretch of the meeting with one UTC offset on one local date, so its wall-clock
/// seconds after midnight run straight from fromSecond to toSecond.
struct LocalPiece
{
    QDate date;
    qint64 fromSecond = 0;
    qint64 toSecond = 0; ///< At most one day, which is midnight at the end of date.
    QDateTime utcStart;

    QDateTime utcAt(qint64 second) const { return utcStart.addSecs(second - fromSecond); }
};

/// Cuts [start, end) at every local midnight and every offset change of zone.
QList<LocalPiece> localPieces(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    QList<LocalPiece> pieces;
    QDateTime moment = start.toUTC();
    const QDateTime until = end.toUTC();
    while (moment < until) {
        const int offset = zone.offsetFromUtc(moment);
        const QDateTime wallClock = moment.addSecs(offset);
        const QDate date = wallClock.date();
        QDateTime pieceEnd = std::min(until, QDateTime(date.addDays(1), QTime(0, 0), QTimeZone::utc())
                                                 .addSecs(-offset));
        const QTimeZone::OffsetData transition = zone.nextTransition(moment);
        if (transition.atUtc.isValid() && transition.atUtc > moment && transition.atUtc < pieceEnd)
            pieceEnd = transition.atUtc;

        LocalPiece piece;
        piece.date = date;
        piece.fromSecond = wallClock.time().msecsSinceStartOfDay() / 1000;
        piece.toSecond = piece.fromSecond + moment.secsTo(pieceEnd);
        piece.utcStart = moment;
        pieces.append(piece);
        moment = pieceEnd;
    }
    return pieces;
}

/// The first and last uncovered second of piece, or nothing when the day's windows cover it.
std::optional<std::pair<qint64, qint64>> uncoveredPart(const LocalPiece &piece,
                                                       const QList<AvailabilityWindow> &windows)
{
    std::optional<qint64> first;
    qint64 last = 0;
    const auto uncover = [&](qint64 from, qint64 to) {
        if (from >= to)
            return;
        if (!first)
            first = from;
        last = to;
    };

    // Windows come sorted and do not overlap, so one walk finds every gap.
    qint64 cursor = piece.fromSecond;
    for (const AvailabilityWindow &window : windows) {
        const qint64 windowStart = qint64(window.startMinute) * 60;
        const qint64 windowEnd = qint64(window.endMinute) * 60;
        if (windowEnd <= cursor)
            continue;
        uncover(cursor, std::min(windowStart, piece.toSecond));
        cursor = std::max(cursor, windowEnd);
        if (cursor >= piece.toSecond)
            break;
    }
    uncover(cursor, piece.toSecond);
    if (!first)
        return std::nullopt;
    return std::make_pair(*first, last);
}

/// Adds a conflict for date, or widens the one already found for it.
void addForDate(QList<Conflict> &conflicts, Conflict conflict)
{
    for (Conflict &existing : conflicts) {
        if (existing.kind == conflict.kind && existing.date == conflict.date) {
            existing.start = std::min(existing.start, conflict.start);
            existing.end = std::max(existing.end, conflict.end);
            return;
        }
    }
    conflicts.append(std::move(conflict));
}

/// Whether [start, end) comes closer than bufferSeconds to [otherStart, otherEnd).
bool clashes(const MeetingTerms &terms, const QDateTime &otherStart, const QDateTime &otherEnd,
             qint64 bufferSeconds)
{
    return otherStart.addSecs(-bufferSeconds) < terms.end && terms.start < otherEnd.addSecs(bufferSeconds);
}

QList<Conflict> availabilityConflicts(const MeetingTerms &terms, const Availability &availability)
{
    const QTimeZone zone(availability.timeZone.toUtf8());
    if (!zone.isValid())
        return {};

    QList<Conflict> outside;
    QList<Conflict> blocked;
    const QList<LocalPiece> pieces = localPieces(terms.start, terms.end, zone);
    for (const LocalPiece &piece : pieces) {
        Conflict conflict;
        conflict.date = piece.date;
        conflict.timeZone = availability.timeZone;
        if (availability.isBlocked(piece.date)) {
            conflict.kind = ConflictKind::BlockedDate;
            conflict.start = piece.utcStart;
            conflict.end = piece.utcAt(piece.toSecond);
            addForDate(blocked, conflict);
            continue;
        }
        if (availability.windows.isEmpty())
            continue;

        const auto day = static_cast<Qt::DayOfWeek>(piece.date.dayOfWeek());
        const QList<AvailabilityWindow> windows = availability.windowsOn(day);
        const std::optional<std::pair<qint64, qint64>> gap = uncoveredPart(piece, windows);
        if (!gap)
            continue;
        conflict.kind = ConflictKind::OutsideAvailability;
        conflict.windows = windows;
        conflict.start = piece.utcAt(gap->first);
        conflict.end = piece.utcAt(gap->second);
        addForDate(outside, conflict);
    }
    return outside + blocked;
}

QString utcText(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QList<Conflict> findConflicts(const MeetingTerms &terms, const QString &bidId, const Schedule &schedule)
{
    if (!terms.start.isValid() || !terms.end.isValid() || terms.end <= terms.start)
        return {};

    QList<Conflict> conflicts;
    qint64 bufferSeconds = 0;
    if (schedule.availability) {
        conflicts = availabilityConflicts(terms, *schedule.availability);
        bufferSeconds = qint64(schedule.availability->travelBufferMinutes) * 60;
    }

    QList<BookedMeeting> meetings = schedule.meetings;
    std::sort(meetings.begin(), meetings.end(), [](const BookedMeeting &a, const BookedMeeting &b) {
        return a.terms.start < b.terms.start;
    });
    for (const BookedMeeting &meeting : std::as_const(meetings)) {
        if (meeting.bidId == bidId || !clashes(terms, meeting.terms.start, meeting.terms.end, bufferSeconds))
            continue;
        Conflict conflict;
        conflict.kind = meeting.tentative ? ConflictKind::TentativeMeeting : ConflictKind::Meeting;
        conflict.bidId = meeting.bidId;
        conflict.fanName = meeting.fanName;
        conflict.otherId = meeting.id;
        conflict.start = meeting.terms.start;
        conflict.end = meeting.terms.end;
        if (!clashes(terms, conflict.start, conflict.end, 0))
            conflict.bufferMinutes = static_cast<int>(bufferSeconds / 60);
        conflicts.append(conflict);
    }

    BusyBlocks blocks = schedule.busyBlocks;
    std::sort(blocks.begin(), blocks.end(),
              [](const BusyBlock &a, const BusyBlock &b) { return a.start < b.start; });
    for (const BusyBlock &block : std::as_const(blocks)) {
        if (!clashes(terms, block.start, block.end, bufferSeconds))
            continue;
        Conflict conflict;
        conflict.kind = ConflictKind::BusyBlock;
        conflict.otherId = block.uid;
        conflict.summary = block.source.isEmpty()
                               ? block.summary
                               : QStringLiteral("%1 (%2)").arg(block.summary, block.source);
        conflict.start = block.start;
        conflict.end = block.end;
        if (!clashes(terms, conflict.start, conflict.end, 0))
            conflict.bufferMinutes = static_cast<int>(bufferSeconds / 60);
        conflicts.append(conflict);
    }
    return conflicts;
}

QString Conflict::description() const
{
    const QString buffer = bufferMinutes > 0
                               ? QStringLiteral(" (within the %1-minute travel buffer)").arg(bufferMinutes)
                               : QString();
    switch (kind) {
    case ConflictKind::OutsideAvailability: {
        QStringList ranges;
        for (const AvailabilityWindow &window : windows)
            ranges.append(QStringLiteral("%1–%2").arg(formatMinuteOfDay(window.startMinute),
                                                      formatMinuteOfDay(window.endMinute)));
        const QString day = dayName(static_cast<Qt::DayOfWeek>(date.dayOfWeek()));
        const QString available = ranges.isEmpty()
                                      ? QStringLiteral("no availability on %1").arg(day)
                                      : QStringLiteral("available %1 %2").arg(day, ranges.join(QStringLiteral(", ")));
        return QStringLiteral("outside availability on %1 from %2 to %3 (%4, %5)")
            .arg(date.toString(Qt::ISODate), utcText(start), utcText(end), available, timeZone);
    }
    case ConflictKind::BlockedDate:
        return QStringLiteral("on blocked date %1 (%2)").arg(date.toString(Qt::ISODate), timeZone);
    case ConflictKind::Meeting:
        return QStringLiteral("overlaps meeting %1 with %2 from %3 to %4%5")
            .arg(otherId, fanName, utcText(start), utcText(end), buffer);
    case ConflictKind::TentativeMeeting:
        return QStringLiteral("overlaps proposal %1 to %2 from %3 to %4%5")
            .arg(otherId, fanName, utcText(start), utcText(end), buffer);
    case ConflictKind::BusyBlock:
        return QStringLiteral("overlaps busy time %1 from %2 to %3%4")
            .arg(summary, utcText(start), utcText(end), buffer);
    }
    return {};
}

} // namespace mesi
