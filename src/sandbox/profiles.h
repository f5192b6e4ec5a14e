#pragma once

#include "core/aisession.h"
#include "core/availability.h"
#include "core/creatorsettings.h"
#include "core/kyf.h"
#include "core/result.h"
#include "store/database.h"

namespace mesi::sandbox {

class EventLog;

/// What the sandbox knows of a fan beyond the name: the account tier and the KYC form.
struct FanProfile
{
    AccountTier tier = AccountTier::Basic;
    KyfAnswers kyc; ///< The form filled in at registration; shared only with consent.
};

/**
 * Creator settings and fan profiles in sandbox.sqlite.
 *
 * A creator's acceptsBids lives in creators.accepts_bids, the rest of the settings as
 * JSON in creators.settings; the account kind is fixed when the creator is created. The
 * availability is kept apart as JSON in creators.availability, because fans may read it.
 */
class Profiles
{
public:
    Profiles(store::Database &database, EventLog &events) : m_database(database), m_events(events) {}

    Result<CreatorSettings> creatorSettings(const QString &creatorId);
    /**
     * Validates and stores new settings and records settings.updated. The kind and the
     * persona name in settings are ignored: they belong to the account. Call inside a change.
     */
    Result<CreatorSettings> updateCreatorSettings(const QString &creatorId,
                                                  const CreatorSettings &settings,
                                                  const QDateTime &at);
    /// The creator's availability, or nothing when the creator has not set one.
    Result<std::optional<Availability>> availability(const QString &creatorId);
    /// Validates and stores availability after dropping repeated windows and dates.
    Result<Availability> updateAvailability(const QString &creatorId, const Availability &availability);

    /// Sets the kind and persona name of a new account; used when seeding demo accounts.
    Result<void> setAccountKind(const QString &creatorId, AccountKind kind,
                                const QString &personaName);

    Result<FanProfile> fanProfile(const QString &fanId);
    Result<void> setFanProfile(const QString &fanId, const FanProfile &profile);

private:
    Result<void> writeSettings(const QString &creatorId, const CreatorSettings &settings);

    store::Database &m_database;
    EventLog &m_events;
};

/// KYC form values for a fan who registered without one: plausible sandbox data, not a person.
KyfAnswers sampleKyc(const QString &fanName);

} // namespace mesi::sandbox
