#pragma once

#include "money.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mesi {

/// Format of a virtual session with an AI persona.
enum class SessionFormat {
    TextChat,
    VoiceCall,
    VideoAvatar,
};

/// Tier of a fan's account; an AI account may price its sessions per tier.
enum class AccountTier {
    Basic,
    Plus,
    Premium,
};

/// Stage of a virtual session: waiting for the fan to join, live, or ended.
enum class SessionState {
    Waiting,
    Live,
    Ended,
};

QString toWire(SessionFormat format);   ///< "text", "voice", "video"
Result<SessionFormat> sessionFormatFromWire(const QString &name);
const QList<SessionFormat> &allSessionFormats();
QString toWire(AccountTier tier);       ///< "basic", "plus", "premium"
Result<AccountTier> accountTierFromWire(const QString &name);
const QList<AccountTier> &allAccountTiers();
QString toWire(SessionState state);     ///< "waiting", "live", "ended"
Result<SessionState> sessionStateFromWire(const QString &name);

/// One row of an AI account's price table: a format and length at a price for one fan tier.
struct AiTier
{
    SessionFormat format = SessionFormat::TextChat;
    AccountTier accountTier = AccountTier::Basic;
    int durationMinutes = 30;
    Money price;

    friend bool operator==(const AiTier &, const AiTier &) = default;
};

/// Maximum length of a virtual session an AI account may sell, in minutes.
inline constexpr int MaxSessionMinutes = 240;

/**
 * Checks a price table: every row has a length of 1 to MaxSessionMinutes minutes and a
 * non-zero price, and no format and tier appear twice.
 */
Result<void> validateAiTiers(const QList<AiTier> &tiers);

/// The session a fan requested with a bid on an AI account, and its progress.
struct AiSession
{
    SessionFormat format = SessionFormat::TextChat;
    AccountTier accountTier = AccountTier::Basic;
    int durationMinutes = 0;
    Money tierPrice;         ///< The table price when the bid was placed.
    SessionState state = SessionState::Waiting;
    QDateTime startedAt;     ///< UTC; set once live.
    QDateTime endedAt;       ///< UTC; set once ended.

    friend bool operator==(const AiSession &, const AiSession &) = default;
};

} // namespace mesi
