#pragma once

#include "core/bid.h"
#include "core/result.h"

#include <QObject>
#include <QTimer>

namespace mesi::sandbox {

class SandboxStore;

/**
 * A pretend fan that places a pending bid on the demo creator at a fixed interval, through
 * the same validation and rules as POST /v1/fan/bids, so events fire and the ledger locks.
 * It pauses while the demo creator has MaxPendingBids or more pending bids.
 */
class DemoFan : public QObject
{
    Q_OBJECT

public:
    /// Pending bids on the demo creator at which the demo fan stops bidding.
    static constexpr int MaxPendingBids = 100;

    DemoFan(SandboxStore &store, QObject *parent = nullptr);

    /// Starts bidding every intervalSeconds seconds; 0 or less stops.
    void start(int intervalSeconds);

    /// Places one bid now unless the pause applies; returns the bid, or nullopt when paused.
    Result<std::optional<Bid>> placeBid();

private:
    SandboxStore &m_store;
    QTimer m_timer;
    bool m_paused = false;
};

} // namespace mesi::sandbox
