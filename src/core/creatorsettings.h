#pragma once

#include "aisession.h"
#include "kyf.h"
#include "money.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace mesi {

/// Whether an account is a person who meets fans or an AI persona that sells virtual sessions.
enum class AccountKind {
    Person,
    Ai,
};
QString toWire(AccountKind kind); ///< "person", "ai"
Result<AccountKind> accountKindFromWire(const QString &name);

/**
 * The rules a creator sets for bids on their account. The server keeps them; fans see
 * whether bidding is open and the minimums.
 */
struct CreatorSettings
{
    AccountKind kind = AccountKind::Person; ///< Fixed at registration; not changed by settings.
    bool acceptsBids = true;
    QList<Money> minimumBids;   ///< At most one per asset; an asset without one has no minimum.
    bool kyfRequired = false;
    QList<KyfField> kyfFields;  ///< What KYF asks for; not empty when kyfRequired.
    QList<AiTier> aiTiers;      ///< Price table of an AI account; empty for a person.
    QString personaName;        ///< Display name of an AI persona; empty for a person.

    /// The minimum for an asset, or nothing when the asset has none.
    std::optional<Money> minimumFor(const Asset &asset) const;

    friend bool operator==(const CreatorSettings &, const CreatorSettings &) = default;
};

/**
 * Checks settings a creator submits: one minimum per asset, KYF fields when KYF is
 * required and no field twice, and a valid price table (only for AI accounts).
 */
Result<void> validateCreatorSettings(const CreatorSettings &settings);

} // namespace mesi

Q_DECLARE_METATYPE(mesi::CreatorSettings)
