#include "passfixture.h"

namespace mesi::fuzz {

namespace {

pass::SigningKey keyFromFill(char fill)
{
    Result<pass::SigningKey> key = pass::SigningKey::fromSeed(QByteArray(32, fill));
    if (!key) {
        qFatal("cannot derive the fuzz fixture key: %s", qUtf8Printable(key.error().message));
    }
    return std::move(key).value();
}

QDateTime meetingDay(int hour)
{
    return QDateTime(QDate(2026, 12, 11), QTime(hour, 0), Qt::UTC);
}

} // namespace

pass::SigningKey fixtureKey()
{
    return keyFromFill('\x11');
}

pass::PassVerifier fixtureVerifier()
{
    pass::PassVerifier verifier;
    verifier.addKey(fixtureKey().publicKey());
    verifier.addKey(keyFromFill('\x33').publicKey(), true);
    return verifier;
}

pass::PassClaims fixtureClaims()
{
    pass::PassClaims claims;
    claims.meetingId = QStringLiteral("bid_70f3aab928f7d0e4");
    claims.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    claims.validFrom = meetingDay(18);
    claims.validUntil = meetingDay(21);
    claims.stepSeconds = 30;
    claims.step = static_cast<quint32>(meetingDay(19).toSecsSinceEpoch() / 30);
    return claims;
}

pass::PassExpectation fixtureExpectation()
{
    pass::PassExpectation expectation;
    expectation.meetingId = fixtureClaims().meetingId;
    expectation.fanId = fixtureClaims().fanId;
    expectation.now = meetingDay(19);
    return expectation;
}

} // namespace mesi::fuzz
