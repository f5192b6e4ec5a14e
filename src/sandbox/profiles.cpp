#include "profiles.h"

#include "contract/availabilitycodec.h"
#include "contract/jsonreader.h"
#include "contract/lifecyclecodec.h"
#include "eventlog.h"

#include <QJsonDocument>

namespace mesi::sandbox {

namespace {

Error creatorNotFound(const QString &creatorId)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no creator '%1'").arg(creatorId),
                     QStringLiteral("creator"));
}

} // namespace

Result<CreatorSettings> Profiles::creatorSettings(const QString &creatorId)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT accepts_bids, kind, settings FROM creators WHERE id = ?"), {creatorId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return creatorNotFound(creatorId);

    const bool acceptsBids = query.value()->value(0).toInt() != 0;
    const QString kind = query.value()->value(1).toString();
    const QByteArray stored = query.value()->value(2).toString().toUtf8();

    CreatorSettings settings;
    if (!stored.isEmpty()) {
        Result<QJsonObject> object = contract::parseObject(stored, QStringLiteral("stored settings"));
        if (!object)
            return object.error();
        Result<CreatorSettings> parsed = contract::creatorSettingsFromJson(object.value());
        if (!parsed)
            return makeError(ErrorCode::Storage, parsed.error().message);
        settings = parsed.value();
    }
    Result<AccountKind> parsedKind = accountKindFromWire(kind);
    if (!parsedKind)
        return makeError(ErrorCode::Storage, parsedKind.error().message);
    settings.kind = parsedKind.value();
    settings.acceptsBids = acceptsBids;
    return settings;
}

Result<CreatorSettings> Profiles::updateCreatorSettings(const QString &creatorId,
                                                        const CreatorSettings &settings,
                                                        const QDateTime &at)
{
    Result<CreatorSettings> current = creatorSettings(creatorId);
    if (!current)
        return current.error();

    CreatorSettings next = settings;
    next.kind = current->kind;
    next.personaName = current->personaName;
    if (Result<void> valid = validateCreatorSettings(next); !valid)
        return valid.error();
    if (next.kind == AccountKind::Ai && next.aiTiers.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an AI account needs at least one row in its price "
                                        "table, or fans cannot choose a session"),
                         QStringLiteral("aiTiers"));
    }
    if (Result<void> written = writeSettings(creatorId, next); !written)
        return written.error();

    Result<contract::Event> event = m_events.append(creatorId, contract::EventType::SettingsUpdated,
                                                    contract::toJson(next), at);
    if (!event)
        return event.error();
    return next;
}

Result<void> Profiles::writeSettings(const QString &creatorId, const CreatorSettings &settings)
{
    const QByteArray json = QJsonDocument(contract::toJson(settings)).toJson(QJsonDocument::Compact);
    Result<QSqlQuery *> updated = m_database.run(
        QStringLiteral("UPDATE creators SET accepts_bids = ?, kind = ?, settings = ? WHERE id = ?"),
        {settings.acceptsBids ? 1 : 0, toWire(settings.kind), QString::fromUtf8(json), creatorId});
    if (!updated)
        return updated.error();
    return {};
}

Result<std::optional<Availability>> Profiles::availability(const QString &creatorId)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT availability FROM creators WHERE id = ?"), {creatorId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return creatorNotFound(creatorId);

    const QByteArray stored = query.value()->value(0).toString().toUtf8();
    if (stored.isEmpty())
        return std::optional<Availability>();
    Result<QJsonObject> object = contract::parseObject(stored, QStringLiteral("stored availability"));
    if (!object)
        return object.error();
    Result<Availability> parsed = contract::availabilityFromJson(object.value());
    if (!parsed)
        return makeError(ErrorCode::Storage, parsed.error().message);
    return std::optional<Availability>(parsed.value());
}

Result<Availability> Profiles::updateAvailability(const QString &creatorId,
                                                  const Availability &availability)
{
    const Availability next = normalizedAvailability(availability);
    if (Result<void> valid = validateAvailability(next); !valid)
        return valid.error();

    const QByteArray json = QJsonDocument(contract::toJson(next)).toJson(QJsonDocument::Compact);
    Result<QSqlQuery *> updated = m_database.run(
        QStringLiteral("UPDATE creators SET availability = ? WHERE id = ?"),
        {QString::fromUtf8(json), creatorId});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() == 0)
        return creatorNotFound(creatorId);
    return next;
}

Result<void> Profiles::setAccountKind(const QString &creatorId, AccountKind kind,
                                      const QString &personaName)
{
    Result<CreatorSettings> current = creatorSettings(creatorId);
    if (!current)
        return current.error();
    CreatorSettings next = current.value();
    next.kind = kind;
    next.personaName = personaName;
    return writeSettings(creatorId, next);
}

Result<FanProfile> Profiles::fanProfile(const QString &fanId)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT tier, kyc FROM fans WHERE id = ?"), {fanId});
    if (!query)
        return query.error();
    if (!query.value()->next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no fan '%1'").arg(fanId),
                         QStringLiteral("fan"));
    }

    FanProfile profile;
    Result<AccountTier> tier = accountTierFromWire(query.value()->value(0).toString());
    if (!tier)
        return makeError(ErrorCode::Storage, tier.error().message);
    profile.tier = tier.value();
    Result<QJsonObject> kyc = contract::parseObject(query.value()->value(1).toString().toUtf8(),
                                                    QStringLiteral("stored KYC form"));
    if (!kyc)
        return kyc.error();
    Result<KyfAnswers> answers = contract::kyfAnswersFromJson(kyc.value());
    if (!answers)
        return makeError(ErrorCode::Storage, answers.error().message);
    profile.kyc = answers.value();
    return profile;
}

Result<void> Profiles::setFanProfile(const QString &fanId, const FanProfile &profile)
{
    const QByteArray kyc = QJsonDocument(contract::toJson(profile.kyc)).toJson(QJsonDocument::Compact);
    Result<QSqlQuery *> updated = m_database.run(
        QStringLiteral("UPDATE fans SET tier = ?, kyc = ? WHERE id = ?"),
        {toWire(profile.tier), QString::fromUtf8(kyc), fanId});
    if (!updated)
        return updated.error();
    return {};
}

KyfAnswers sampleKyc(const QString &fanName)
{
    return KyfAnswers{
        {KyfField::LegalName, QStringLiteral("%1 Sample").arg(fanName)},
        {KyfField::Over18, QStringLiteral("true")},
        {KyfField::Country, QStringLiteral("DE")},
        {KyfField::VerifiedPhoto, QStringLiteral("verified")},
    };
}

} // namespace mesi::sandbox
