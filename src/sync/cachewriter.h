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
 * start, because the stored position moves only with the rows it covers. A failed write,
 * such as on a full disk, keeps its changes and is retried, so a later write cannot store a
 * position past changes that never reached the file.
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
    /// Writes everything collected so far. On failure the changes stay and a retry is timed.
    Result<void> flush();
    /// Whether the last write failed and a retry is due.
    bool isFailing() const { return m_failing; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

Q_SIGNALS:
    /// The first failure after a successful write; retries that fail again are only logged.
    void writeFailed(const mesi::Error &error);
    /// A write succeeded after failures; everything collected so far is in the cache.
    void writeRecovered();

private:
    void schedule();
    void writeNow();

    store::LocalCache &m_cache;
    QTimer m_flushTimer;
    int m_retryDelayMs = 5000;
    bool m_failing = false;
    QList<Bid> m_bids;
    QList<ChatMessage> m_messages;
    std::optional<qint64> m_eventSeq;
};

} // namespace mesi::sync
