#include "passbook.h"

#include "contract/jsonreader.h"
#include "pass/meetingpass.h"
#include "pass/passverifier.h"
#include "pass/signingkey.h"
#include "schema.h"
#include "secrets.h"

namespace mesi::sandbox {

namespace {

const QString KeySelect = QStringLiteral(
    "SELECT id, public_key, label, registered_at, revoked_at FROM signing_keys");

RegisteredKey keyFromRow(const QSqlQuery &row)
{
    RegisteredKey key;
    key.id = row.value(0).toString();
    key.publicKey = QByteArray::fromBase64(row.value(1).toString().toLatin1());
    key.label = row.value(2).toString();
    key.registeredAt = contract::parseTimestamp(row.value(3).toString());
    key.revokedAt = contract::parseTimestamp(row.value(4).toString());
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

QJsonObject toJson(const RegisteredKey &key)
{
    return QJsonObject{
        {QStringLiteral("id"), key.id},
        {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64())},
        {QStringLiteral("keyId"), QString::fromLatin1(pass::keyIdOf(key.publicKey).toHex())},
        {QStringLiteral("label"), key.label},
        {QStringLiteral("registeredAt"), contract::formatTimestamp(key.registeredAt)},
        {QStringLiteral("revokedAt"), key.revokedAt.isValid()
                                          ? QJsonValue(contract::formatTimestamp(key.revokedAt))
                                          : QJsonValue(QJsonValue::Null)},
    };
}

Result<RegisteredKey> PassBook::registerKey(const QString &creatorId, const QByteArray &publicKey,
                                            const QString &label, const QDateTime &at)
{
    const QString encoded = QString::fromLatin1(publicKey.toBase64());
    Result<QSqlQuery *> existing = m_database.run(
        QStringLiteral("SELECT id, public_key, label, registered_at, revoked_at, creator_id "
                       "FROM signing_keys WHERE public_key = ?"),
        {encoded});
    if (!existing)
        return existing.error();
    if (existing.value()->next()) {
        if (existing.value()->value(5).toString() != creatorId) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("this public key is registered to another account; "
                                            "generate a new key on this device"),
                             QStringLiteral("publicKey"));
        }
        RegisteredKey key = keyFromRow(*existing.value());
        if (key.revokedAt.isValid()) {
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("key '%1' was revoked at %2 and cannot be registered "
                                            "again; generate a new key")
                                 .arg(key.id, contract::formatTimestamp(key.revokedAt)),
                             QStringLiteral("publicKey"));
        }
        return key;
    }

    RegisteredKey key;
    key.id = newId(QStringLiteral("key"));
    key.publicKey = publicKey;
    key.label = label;
    key.registeredAt = at;
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO signing_keys (id, creator_id, public_key, label, registered_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {key.id, creatorId, encoded, sqlText(label), contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();
    return key;
}

Result<RegisteredKey> PassBook::revokeKey(const QString &creatorId, const QString &keyId,
                                          const QDateTime &at)
{
    Result<QSqlQuery *> updated = m_database.run(
        QStringLiteral("UPDATE signing_keys SET revoked_at = ? WHERE id = ? AND creator_id = ? "
                       "AND revoked_at = ''"),
        {contract::formatTimestamp(at), keyId, creatorId});
    if (!updated)
        return updated.error();

    Result<QSqlQuery *> query = m_database.run(
        KeySelect + QStringLiteral(" WHERE id = ? AND creator_id = ?"), {keyId, creatorId});
    if (!query)
        return query.error();
    if (!query.value()->next()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no signing key '%1' on this account; list the keys to "
                                        "get valid ids")
                             .arg(keyId),
                         QStringLiteral("keyId"));
    }
    return keyFromRow(*query.value());
}

Result<QList<RegisteredKey>> PassBook::keysOf(const QString &creatorId)
{
    Result<QSqlQuery *> query = m_database.run(
        KeySelect + QStringLiteral(" WHERE creator_id = ? ORDER BY registered_at, id"), {creatorId});
    if (!query)
        return query.error();
    QList<RegisteredKey> keys;
    while (query.value()->next())
        keys.append(keyFromRow(*query.value()));
    return keys;
}

Result<Redemption> PassBook::redeem(const Principal &fan, const QString &passText,
                                    const QDateTime &at)
{
    Result<pass::SignedPass> parsed = pass::parsePass(passText);
    if (!parsed) {
        return rejected(QStringLiteral("malformed"),
                        QStringLiteral("%1; scan the code on the creator's screen again")
                            .arg(parsed.error().message));
    }

    Result<std::optional<StoredBid>> found = m_bids.findBidByMeeting(parsed->claims.meetingId);
    if (!found)
        return found.error();
    if (!found.value()) {
        return rejected(QStringLiteral("wrong_meeting"),
                        QStringLiteral("the pass names meeting '%1', which is not a scheduled "
                                       "meeting; ask the creator to show the pass of your meeting")
                            .arg(parsed->claims.meetingId));
    }
    const StoredBid &stored = *found.value();

    Result<QList<RegisteredKey>> keys = keysOf(stored.creatorId);
    if (!keys)
        return keys.error();
    pass::PassVerifier verifier;
    for (const RegisteredKey &key : keys.value())
        verifier.addKey(key.publicKey, key.revokedAt.isValid() && key.revokedAt <= at);

    pass::PassExpectation expectation;
    expectation.meetingId = stored.bid.meeting.id;
    expectation.fanId = fan.id;
    expectation.now = at;
    const pass::PassVerdict verdict = verifier.verify(passText, expectation);
    if (!verdict.isValid())
        return rejected(pass::toString(verdict.rejection), verdict.message);
    // A pass names its own fan, so a valid pass for this fan can still belong to another
    // fan's meeting. Only the meeting's fan may confirm it.
    if (stored.bid.fanId != fan.id) {
        return rejected(pass::toString(pass::PassRejection::WrongFan),
                        QStringLiteral("meeting '%1' belongs to another fan; scan the pass of "
                                       "your own meeting")
                            .arg(stored.bid.meeting.id));
    }

    return releaseMeeting(stored, QString::fromLatin1(parsed->keyId.toHex()), RedemptionMethod::Pass,
                          at);
}

Result<Redemption> PassBook::releaseMeeting(const StoredBid &stored, const QString &keyId,
                                            RedemptionMethod method, const QDateTime &at)
{
    if (stored.bid.status == BidStatus::Completed) {
        return rejected(QStringLiteral("already_used"),
                        QStringLiteral("meeting '%1' was already confirmed; it needs no second "
                                       "scan")
                            .arg(stored.bid.meeting.id));
    }
    if (stored.bid.status != BidStatus::Scheduled) {
        return rejected(QStringLiteral("not_scheduled"),
                        QStringLiteral("meeting '%1' is no longer scheduled (the bid is %2); a "
                                       "pass or fan code confirms only a scheduled meeting")
                            .arg(stored.bid.meeting.id, toWire(stored.bid.status)));
    }

    // The primary key on meeting_id is the last guard: a second redemption fails here, by
    // pass or by fan code alike.
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO redemptions (meeting_id, bid_id, fan_id, key_id, redeemed_at, "
                       "method) VALUES (?, ?, ?, ?, ?, ?)"),
        {stored.bid.meeting.id, stored.bid.id, stored.bid.fanId, keyId,
         contract::formatTimestamp(at),
         method == RedemptionMethod::Pass ? QStringLiteral("pass") : QStringLiteral("fan_code")});
    if (!inserted)
        return inserted.error();

    Bid bid = stored.bid;
    bid.status = BidStatus::Completed;
    Result<Bid> saved = m_bids.save(stored, bid, at);
    if (!saved)
        return saved.error();
    Redemption redemption;
    redemption.accepted = true;
    redemption.bid = saved.value();
    return redemption;
}

} // namespace mesi::sandbox
