#pragma once

#include "api/lifecycleapi.h"
#include "core/availability.h"
#include "core/busyblock.h"
#include "core/conflicts.h"

#include <QObject>

#include <optional>

namespace mesi::sync {

class CreatorSession;

/**
 * The creator's availability, stored on the server and cached in sync_state for offline use,
 * and the busy times imported from other calendars, kept in memory only. The conflict check
 * of a proposal counts both, plus the meetings and pending proposals of the session's bids.
 */
class CreatorAvailability : public QObject
{
    Q_OBJECT

public:
    CreatorAvailability(api::LifecycleApi &api, CreatorSession &session, QObject *parent = nullptr);

    /// Loads the availability last seen from the cache.
    void loadCached();
    /// Availability last read from the server or the cache; nothing before either, or when
    /// the creator has not set any.
    const std::optional<Availability> &availability() const { return m_availability; }
    /// NOTE: the server records no event when the availability changes, so another console of
    /// the same creator reads a change only when it calls this again, at its next sign-in.
    void refresh();
    void save(const Availability &availability);

    /// Replaces the busy times that the conflict check counts; the calendar importer sets them.
    void setBusyBlocks(const BusyBlocks &blocks);
    const BusyBlocks &busyBlocks() const { return m_busyBlocks; }

    /**
     * The schedule a proposal is checked against: the availability, the busy times, every
     * scheduled meeting, and the newest proposal in the chat of every other accepted bid,
     * which counts as tentative until it is accepted.
     */
    Schedule schedule() const;
    /// Conflicts of terms proposed for bidId with schedule().
    QList<Conflict> conflictsFor(const MeetingTerms &terms, const QString &bidId) const;

Q_SIGNALS:
    void availabilityChanged();
    void availabilitySaveFailed(const mesi::Error &error);
    /// The busy times changed; conflict warnings on screen are stale.
    void busyBlocksChanged();

private:
    void apply(const std::optional<Availability> &availability);

    api::LifecycleApi &m_api;
    CreatorSession &m_session;
    std::optional<Availability> m_availability;
    BusyBlocks m_busyBlocks;
};

} // namespace mesi::sync
