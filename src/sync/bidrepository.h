#pragma once

#include "core/bid.h"
#include "store/outboxentry.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mesi::sync {

/// The creator's decision on a bid while it waits in the outbox or after the server rejected it.
struct OutboxMark
{
    QString entryId;
    store::OutboxEntry::Kind kind = store::OutboxEntry::Kind::Accept;
    bool failed = false;
    QString failure; ///< The server's reason when failed.
};

/**
 * The creator's bids as the client knows them, keyed by id, with the outbox state of each.
 *
 * apply() is idempotent: a bid whose version is not newer than the stored one changes
 * nothing, so replayed or reordered events leave the same state.
 */
class BidRepository : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Stores bid if it is new or newer; returns true when anything changed.
    bool apply(const Bid &bid);
    /// Replaces every bid with bids, as after a full listing; outbox marks stay.
    void reset(const QList<Bid> &bids);

    const Bid *find(const QString &id) const;
    QList<Bid> all() const { return m_bids.values(); }
    qsizetype size() const { return m_bids.size(); }

    /// Sets or, with nullopt, clears the outbox mark of a bid.
    void setOutboxMark(const QString &bidId, const std::optional<OutboxMark> &mark);
    /// The outbox mark of a bid, or null when no decision on it is waiting or failed.
    const OutboxMark *outboxMark(const QString &bidId) const;

Q_SIGNALS:
    void bidAdded(const mesi::Bid &bid);
    void bidChanged(const mesi::Bid &bid);
    void bidsReset();
    void outboxMarkChanged(const QString &bidId);

private:
    QHash<QString, Bid> m_bids;
    QHash<QString, OutboxMark> m_marks;
};

} // namespace mesi::sync
