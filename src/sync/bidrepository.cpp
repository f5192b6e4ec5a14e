#include "bidrepository.h"

namespace mesi::sync {

bool BidRepository::apply(const Bid &bid)
{
    auto it = m_bids.find(bid.id);
    if (it == m_bids.end()) {
        m_bids.insert(bid.id, bid);
        Q_EMIT bidAdded(bid);
        return true;
    }
    if (bid.version <= it->version)
        return false;

    *it = bid;
    Q_EMIT bidChanged(bid);
    return true;
}

void BidRepository::reset(const QList<Bid> &bids)
{
    m_bids.clear();
    for (const Bid &bid : bids) {
        auto it = m_bids.find(bid.id);
        if (it == m_bids.end() || bid.version > it->version)
            m_bids.insert(bid.id, bid);
    }
    Q_EMIT bidsReset();
}

const Bid *BidRepository::find(const QString &id) const
{
    auto it = m_bids.constFind(id);
    return it == m_bids.constEnd() ? nullptr : &it.value();
}

void BidRepository::setOutboxMark(const QString &bidId, const std::optional<OutboxMark> &mark)
{
    if (mark)
        m_marks.insert(bidId, *mark);
    else if (!m_marks.remove(bidId))
        return;
    Q_EMIT outboxMarkChanged(bidId);
}

const OutboxMark *BidRepository::outboxMark(const QString &bidId) const
{
    auto it = m_marks.constFind(bidId);
    return it == m_marks.constEnd() ? nullptr : &it.value();
}

} // namespace mesi::sync
