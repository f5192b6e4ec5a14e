#include "cachewriter.h"

#include "core/logging.h"

namespace mesi::sync {

namespace {
// Caps one transaction, so a long replay does not hold the event loop in one write.
constexpr qsizetype MaxChangesPerWrite = 2000;
} // namespace

CacheWriter::CacheWriter(store::LocalCache &cache, QObject *parent)
    : QObject(parent), m_cache(cache)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &CacheWriter::writeNow);
}

CacheWriter::~CacheWriter()
{
    if (Result<void> written = flush(); !written) {
        qCWarning(lcStoreCache).noquote() << "last cache write on close failed:"
                                          << written.error().message;
    }
}

void CacheWriter::addBid(const Bid &bid)
{
    m_bids.append(bid);
    schedule();
}

void CacheWriter::addMessage(const ChatMessage &message)
{
    m_messages.append(message);
    schedule();
}

void CacheWriter::setEventSeq(qint64 seq)
{
    m_eventSeq = seq;
    schedule();
}

void CacheWriter::schedule()
{
    // While writes fail, only the retry timer writes, so each change does not retry at once.
    if (m_failing)
        return;
    if (m_bids.size() + m_messages.size() >= MaxChangesPerWrite) {
        writeNow();
        return;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start(0);
}

void CacheWriter::writeNow()
{
    // flush() reports a failure and arranges the retry itself.
    (void)flush();
}

Result<void> CacheWriter::flush()
{
    m_flushTimer.stop();
    if (m_bids.isEmpty() && m_messages.isEmpty() && !m_eventSeq)
        return {};

    const QList<Bid> bids = std::exchange(m_bids, {});
    const QList<ChatMessage> messages = std::exchange(m_messages, {});
    const std::optional<qint64> eventSeq = std::exchange(m_eventSeq, std::nullopt);
    Result<void> written = m_cache.storeChanges(bids, messages, eventSeq);
    const bool wasFailing = std::exchange(m_failing, !written);
    if (written && wasFailing)
        Q_EMIT writeRecovered();
    if (!written) {
        qCWarning(lcStoreCache).noquote() << "writing" << bids.size() << "bids and"
                                          << messages.size() << "messages to the cache failed:"
                                          << written.error().message;
        // Changes that came in meanwhile are newer, so the failed ones go back in front.
        m_bids = bids + m_bids;
        m_messages = messages + m_messages;
        if (!m_eventSeq)
            m_eventSeq = eventSeq;
        m_flushTimer.start(m_retryDelayMs);
        if (!wasFailing)
            Q_EMIT writeFailed(written.error());
    }
    return written;
}

} // namespace mesi::sync
