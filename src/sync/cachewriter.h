#pragma once

#include "store/localcache.h"

#include <QObject>
#include <QTimer>

namespace mesi::sync {

/**
 * Collects the changes that events bring and writes them to the LocalCache in one
 * transaction per turn of the event loop, together with the sequence number of the last
 * event they came from.
 *
 * A crash before a write loses only changes whose events the server replays on the next
 * start, because the stored position moves only with the rows it covers.
 */
class CacheWriter : public QObject
{
    Q_OBJECT

public:
    explicit CacheWriter(store::LocalCache &cache, QObject *parent = nullptr);
    ~CacheWriter() override;

    void addBid(const Bid &bid);
    void addMessage(const ChatMessage &message);
    /// Records that every event up to seq is applied; written with the rows added before it.
    void setEventSeq(qint64 seq);
    /// Writes everything collected so far now.
    Result<void> flush();

Q_SIGNALS:
    void writeFailed(const mesi::Error &error);

private:
    void schedule();

    store::LocalCache &m_cache;
    QTimer m_flushTimer;
    QList<Bid> m_bids;
    QList<ChatMessage> m_messages;
    std::optional<qint64> m_eventSeq;
};

} // namespace mesi::sync
