#pragma once

#include "contract/codec.h"
#include "core/result.h"
#include "store/database.h"

#include <QList>

#include <functional>

namespace mesi::sandbox {

/**
 * The stored events of every creator, numbered 1, 2, 3 ... per creator.
 *
 * append() must run inside the transaction of the change it describes. The event is
 * held back until publishCommitted() is called after the commit, so listeners never
 * see an event that was rolled back.
 */
class EventLog
{
public:
    using Listener = std::function<void(const QString &creatorId, const contract::Event &event)>;

    explicit EventLog(store::Database &database) : m_database(database) {}

    /// Sets the function that receives every committed event, in order.
    void setListener(Listener listener) { m_listener = std::move(listener); }
    /// Keeps only the newest count events of each creator; 0 keeps every event.
    void setRetention(int count) { m_retention = count; }

    /// Stores the next event of a creator; call inside the change's transaction.
    Result<contract::Event> append(const QString &creatorId, contract::EventType type,
                                   const QJsonObject &data, const QDateTime &at);
    /// Sequence number of the creator's newest event, 0 when there is none.
    Result<qint64> newestSeq(const QString &creatorId);
    /// Sequence number of the creator's oldest stored event, 0 when there is none.
    Result<qint64> oldestSeq(const QString &creatorId);
    /// The creator's events with seq greater than after, oldest first.
    Result<QList<contract::Event>> eventsAfter(const QString &creatorId, qint64 after);

    /// Passes the events of a committed transaction to the listener.
    void publishCommitted();
    /// Forgets the events of a rolled-back transaction.
    void discardUncommitted() { m_uncommitted.clear(); }

private:
    struct PendingEvent
    {
        QString creatorId;
        contract::Event event;
    };

    store::Database &m_database;
    Listener m_listener;
    QList<PendingEvent> m_uncommitted;
    int m_retention = 0;
};

} // namespace mesi::sandbox
