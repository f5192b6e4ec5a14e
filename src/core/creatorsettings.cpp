#include "creatorsettings.h"

#include <QSet>

namespace mesi {

QString toWire(AccountKind kind)
{
    return kind == AccountKind::Ai ? QStringLiteral("ai") : QStringLiteral("person");
}

Result<AccountKind> accountKindFromWire(const QString &name)
{
    if (name == QLatin1String("person"))
        return AccountKind::Person;
    if (name == QLatin1String("ai"))
        return AccountKind::Ai;
    return makeError(ErrorCode::Protocol,
                     QStringLiteral("unknown account kind '%1'; expected person or ai").arg(name.left(60)),
                     QStringLiteral("kind"));
}

std::optional<Money> CreatorSettings::minimumFor(const Asset &asset) const
{
    for (const Money &minimum : minimumBids) {
        if (minimum.asset() == asset)
            return minimum;
    }
    return std::nullopt;
}

Result<void> validateCreatorSettings(const CreatorSettings &settings)
{
    QSet<QString> assets;
    for (const Money &minimum : settings.minimumBids) {
        const QString code = minimum.asset().code();
        if (assets.contains(code)) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("minimum bid for %1 appears twice; keep one").arg(code),
                             QStringLiteral("minimumBids"));
        }
        assets.insert(code);
    }
    if (settings.kyfRequired && settings.kyfFields.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("KYF is required but asks for no field; choose at least "
                                        "one field or turn KYF off"),
                         QStringLiteral("kyf.fields"));
    }
    QSet<int> fields;
    for (KyfField field : settings.kyfFields) {
        if (fields.contains(static_cast<int>(field))) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("KYF field %1 appears twice; list it once").arg(toWire(field)),
                             QStringLiteral("kyf.fields"));
        }
        fields.insert(static_cast<int>(field));
    }
    if (settings.kind == AccountKind::Person && !settings.aiTiers.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("only AI accounts have a session price table; remove "
                                        "aiTiers from this account's settings"),
                         QStringLiteral("aiTiers"));
    }
    return validateAiTiers(settings.aiTiers);
}

} // namespace mesi
