#include "aisession.h"

#include <QSet>

namespace mesi {

namespace {

template<typename Enum>
struct WireName
{
    Enum value;
    const char *name;
};

constexpr WireName<SessionFormat> FormatNames[] = {
    {SessionFormat::TextChat, "text"},
    {SessionFormat::VoiceCall, "voice"},
    {SessionFormat::VideoAvatar, "video"},
};
constexpr WireName<AccountTier> TierNames[] = {
    {AccountTier::Basic, "basic"},
    {AccountTier::Plus, "plus"},
    {AccountTier::Premium, "premium"},
};
constexpr WireName<SessionState> StateNames[] = {
    {SessionState::Waiting, "waiting"},
    {SessionState::Live, "live"},
    {SessionState::Ended, "ended"},
};

template<typename Enum, size_t N>
QString nameOf(const WireName<Enum> (&names)[N], Enum value)
{
    for (const WireName<Enum> &entry : names) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename Enum, size_t N>
Result<Enum> valueOf(const WireName<Enum> (&names)[N], const QString &name, const QString &what,
                     const QString &field)
{
    QStringList expected;
    for (const WireName<Enum> &entry : names) {
        if (name == QLatin1String(entry.name))
            return entry.value;
        expected.append(QString::fromLatin1(entry.name));
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown %1 '%2'; expected one of %3")
                         .arg(what, name.left(60), expected.join(QStringLiteral(", "))),
                     field);
}

} // namespace

QString toWire(SessionFormat format) { return nameOf(FormatNames, format); }
QString toWire(AccountTier tier) { return nameOf(TierNames, tier); }
QString toWire(SessionState state) { return nameOf(StateNames, state); }

Result<SessionFormat> sessionFormatFromWire(const QString &name)
{
    return valueOf(FormatNames, name, QStringLiteral("session format"), QStringLiteral("format"));
}

Result<AccountTier> accountTierFromWire(const QString &name)
{
    return valueOf(TierNames, name, QStringLiteral("account tier"), QStringLiteral("accountTier"));
}

Result<SessionState> sessionStateFromWire(const QString &name)
{
    return valueOf(StateNames, name, QStringLiteral("session state"), QStringLiteral("state"));
}

const QList<SessionFormat> &allSessionFormats()
{
    static const QList<SessionFormat> formats = {SessionFormat::TextChat, SessionFormat::VoiceCall,
                                                 SessionFormat::VideoAvatar};
    return formats;
}

const QList<AccountTier> &allAccountTiers()
{
    static const QList<AccountTier> tiers = {AccountTier::Basic, AccountTier::Plus,
                                             AccountTier::Premium};
    return tiers;
}

Result<void> validateAiTiers(const QList<AiTier> &tiers)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const AiTier &tier = tiers.at(i);
        const QString row = QStringLiteral("%1/%2").arg(toWire(tier.format), toWire(tier.accountTier));
        if (tier.durationMinutes < 1 || tier.durationMinutes > MaxSessionMinutes) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("price row %1 (%2) lasts %3 minutes; enter 1 to %4")
                                 .arg(i + 1)
                                 .arg(row)
                                 .arg(tier.durationMinutes)
                                 .arg(MaxSessionMinutes),
                             QStringLiteral("aiTiers"));
        }
        if (!tier.price.asset().isValid() || tier.price.isZero()) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("price row %1 (%2) has no price; enter an amount "
                                            "above zero")
                                 .arg(i + 1)
                                 .arg(row),
                             QStringLiteral("aiTiers"));
        }
        if (seen.contains(row)) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("price row %1 repeats %2; keep one row per format "
                                            "and tier")
                                 .arg(i + 1)
                                 .arg(row),
                             QStringLiteral("aiTiers"));
        }
        seen.insert(row);
    }
    return {};
}

} // namespace mesi
