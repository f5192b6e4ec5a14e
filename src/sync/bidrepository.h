#pragma once

#include "core/bid.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mesi::sync {

/**
 * The creator's bids as the client knows them, keyed by id.
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
    /// Replaces everything with bids, as after a full listing.
    void reset(const QList<Bid> &bids);

    const Bid *find(const QString &id) const;
    QList<Bid> all() const { return m_bids.values(); }
    qsizetype size() const { return m_bids.size(); }

Q_SIGNALS:
    void bidAdded(const mesi::Bid &bid);
    void bidChanged(const mesi::Bid &bid);
    void bidsReset();

private:
    QHash<QString, Bid> m_bids;
};

} // namespace mesi::sync
