#include "fankeys.h"

#include "contract/jsonreader.h"
#include "pass/fanconfirmation.h"
#include "pass/signingkey.h"
#include "schema.h"
#include "secrets.h"

namespace mesi::sandbox {

namespace {

const QString FanKeySelect = QStringLiteral(
    "SELECT id, fan_id, public_key, label, registered_at, revoked_at FROM fan_keys");

FanKey fanKeyFromRow(const QSqlQuery &row)
{
    FanKey key;
    key.id = row.value(0).toString();
    key.fanId = row.value(1).toString();
    key.publicKey = QByteArray::fromBase64(row.value(2).toString().toLatin1());
    key.label = row.value(3).toString();
    key.registeredAt = contract::parseTimestamp(row.value(4).toString());
    key.revokedAt = contract::parseTimestamp(row.value(5).toString());
    return key;
}

Redemption rejected(const QString &reason, const QString &message)
{
    Redemption redemption;
    redemption.reason = reason;
    redemption.message = message;
    return redemption;
}

} // namespace

QJsonObject toJson(const FanKey &key)
{
    return QJsonObject{
        {QStringLiteral("id"), key.id},
        {QStringLiteral("fanId"), key.fanId},
        {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64())},
        {QStringLiteral("keyId"), QString::fromLatin1(pass::keyIdOf(key.publicKey).toHex())},
        {QStringLiteral("label"), key.label},
        {QStringLiteral("registeredAt"), contract::formatTimestamp(key.registeredAt)},
        {QStringLiteral("revokedAt"), key.revokedAt.isValid()
                                          ? QJsonValue(contract::formatTimestamp(key.revokedAt))
                                          : QJsonValue(QJsonValue::Null)},
    };
}

Result<FanKey> FanKeys::registerKey(const QString &fanId, const QByteArray &publicKey,
                                    const QString &label, const QDateTime &at)
{
    const QString encoded = QString::fromLatin1(publicKey.toBase64());
    Result<QSqlQuery *> existing = m_database.run(FanKeySelect + QStringLiteral(" WHERE public_key = ?"),
                                                  {encoded});
    if (!existing)
        return existing.error();
    if (existing.value()->next()) {
        FanKey key = fanKeyFromRow(*existing.value());
        if (key.fanId != fanId) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("this public key is registered to another fan; "
                                            "generate a new key for this fan"),
                             QStringLiteral("publicKey"));
        }
        if (key.revokedAt.isValid()) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("fan key '%1' was revoked at %2 and cannot be "
                                            "registered again; generate a new key")
                                 .arg(key.id, contract::formatTimestamp(key.revokedAt)),
                             QStringLiteral("publicKey"));
        }
        return key;
    }

    FanKey key;
    key.id = newId(QStringLiteral("fkey"));
    key.fanId = fanId;
    key.publicKey = publicKey;
    key.label = label;
    key.registeredAt = at;
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO fan_keys (id, fan_id, public_key, label, registered_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {key.id, fanId, encoded, sqlText(label), contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();
    return key;
}

Result<QList<FanKey>> FanKeys::keysOf(const QString &fanId)
{
    Result<QSqlQuery *> query = m_database.run(
        FanKeySelect + QStringLiteral(" WHERE fan_id = ? ORDER BY registered_at, id"), {fanId});
    if (!query)
        return query.error();
    QList<FanKey> keys;
    while (query.value()->next())
        keys.append(fanKeyFromRow(*query.value()));
    return keys;
}

Result<Redemption> FanKeys::confirm(const QString &creatorId, const QString &meetingId,
                                    const QString &code, const QDateTime &at)
{
    Result<std::optional<StoredBid>> found = m_bids.findBidByMeeting(meetingId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->creatorId != creatorId) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no meeting '%1' on this account; open the pass of one of "
                                        "your scheduled meetings")
                             .arg(meetingId),
                         QStringLiteral("meetingId"));
    }
    const StoredBid &stored = *found.value();

    Result<pass::SignedFanConfirmation> parsed = pass::parseFanConfirmation(code);
    if (!parsed) {
        return rejected(QStringLiteral("malformed"),
                        QStringLiteral("%1; scan the code on the fan's phone again")
                            .arg(parsed.error().message));
    }

    // The keys of the fan the code names, so a code another fan signed reads as wrong_fan.
    Result<QList<FanKey>> keys = keysOf(parsed->claims.fanId);
    if (!keys)
        return keys.error();
    QList<pass::FanPublicKey> publicKeys;
    for (const FanKey &key : keys.value())
        publicKeys.append({key.publicKey, key.revokedAt.isValid() && key.revokedAt <= at});

    pass::FanConfirmationExpectation expectation;
    expectation.meetingId = stored.bid.meeting.id;
    expectation.fanId = stored.bid.fanId;
    expectation.now = at;
    const pass::FanConfirmationVerdict verdict = pass::verifyFanConfirmation(code, publicKeys,
                                                                             expectation);
    if (!verdict.isValid())
        return rejected(pass::toString(verdict.rejection), verdict.message);

    return m_passes.releaseMeeting(stored, QString::fromLatin1(parsed->keyId.toHex()),
                                   RedemptionMethod::FanCode, at);
}

} // namespace mesi::sandbox
