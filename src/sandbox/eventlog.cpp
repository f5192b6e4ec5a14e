#include "eventlog.h"

#include "contract/jsonreader.h"

#include <QJsonDocument>

namespace mesi::sandbox {

Result<contract::Event> EventLog::append(const QString &creatorId, contract::EventType type,
                                         const QJsonObject &data, const QDateTime &at)
{
    Result<qint64> newest = newestSeq(creatorId);
    if (!newest)
        return newest.error();

    contract::Event event;
    event.seq = newest.value() + 1;
    event.type = type;
    event.typeName = contract::toWire(type);
    event.data = data;
    event.occurredAt = at;

    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO events (creator_id, seq, type, occurred_at, data) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {creatorId, event.seq, event.typeName, contract::formatTimestamp(at),
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();

    if (m_retention > 0) {
        // The newest event always stays, so newestSeq() keeps counting from it.
        Result<QSqlQuery *> trimmed = m_database.run(
            QStringLiteral("DELETE FROM events WHERE creator_id = ? AND seq <= ?"),
            {creatorId, event.seq - m_retention});
        if (!trimmed)
            return trimmed.error();
    }

    m_uncommitted.append(PendingEvent{creatorId, event});
    return event;
}

Result<qint64> EventLog::newestSeq(const QString &creatorId)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events WHERE creator_id = ?"), {creatorId});
    if (!query)
        return query.error();
    query.value()->next();
    return query.value()->value(0).toLongLong();
}

Result<qint64> EventLog::oldestSeq(const QString &creatorId)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM events WHERE creator_id = ?"), {creatorId});
    if (!query)
        return query.error();
    query.value()->next();
    return query.value()->value(0).toLongLong();
}

Result<QList<contract::Event>> EventLog::eventsAfter(const QString &creatorId, qint64 after)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT seq, type, occurred_at, data FROM events "
                       "WHERE creator_id = ? AND seq > ? ORDER BY seq"),
        {creatorId, after});
    if (!query)
        return query.error();

    QList<contract::Event> events;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        contract::Event event;
        event.seq = row.value(0).toLongLong();
        event.typeName = row.value(1).toString();
        event.type = contract::eventTypeFromWire(event.typeName);
        event.occurredAt = contract::parseTimestamp(row.value(2).toString());
        event.data = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
        events.append(event);
    }
    return events;
}

void EventLog::publishCommitted()
{
    const QList<PendingEvent> committed = std::exchange(m_uncommitted, {});
    if (!m_listener)
        return;
    for (const PendingEvent &pending : committed)
        m_listener(pending.creatorId, pending.event);
}

} // namespace mesi::sandbox
