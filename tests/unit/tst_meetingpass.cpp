#include "pass/base45.h"
#include "pass/meetingpass.h"
#include "pass/passverifier.h"

#include <QFile>
#include <QTest>

using namespace mesi;
using namespace mesi::pass;

Q_DECLARE_METATYPE(mesi::pass::PassRejection)

namespace {

// Fixed seeds give fixed Ed25519 keys, and Ed25519 signatures are deterministic, so the
// golden pass below must come out byte for byte the same on every machine.
QByteArray seed(char fill)
{
    return QByteArray(32, fill);
}

PassClaims sampleClaims()
{
    PassClaims claims;
    claims.meetingId = QStringLiteral("bid_70f3aab928f7d0e4");
    claims.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    claims.validFrom = QDateTime(QDate(2026, 12, 11), QTime(18, 0), Qt::UTC);
    claims.validUntil = QDateTime(QDate(2026, 12, 11), QTime(21, 0), Qt::UTC);
    claims.stepSeconds = 30;
    claims.step = static_cast<quint32>(QDateTime(QDate(2026, 12, 11), QTime(19, 0), Qt::UTC).toSecsSinceEpoch() / 30);
    return claims;
}

PassExpectation expectationAt(const QDateTime &now)
{
    PassExpectation expectation;
    expectation.meetingId = QStringLiteral("bid_70f3aab928f7d0e4");
    expectation.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    expectation.now = now;
    return expectation;
}

QDateTime meetingTime(int secondsAfterSeven = 0)
{
    return QDateTime(QDate(2026, 12, 11), QTime(19, 0), Qt::UTC).addSecs(secondsAfterSeven);
}

QString goldenPath()
{
    return QFINDTESTDATA("../data/pass-v1.txt");
}

} // namespace

class TestMeetingPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void base45Vectors_data();
    void base45Vectors();
    void base45Rejects_data();
    void base45Rejects();
    void goldenPassUnchanged();
    void issuedPassVerifies();
    void everyTamperedByteRejected();
    void rejections_data();
    void rejections();
    void collidingKeyIdsAllTried();
    void claimsValidated();

private:
    std::optional<SigningKey> m_key;
    std::optional<SigningKey> m_otherKey;
};

void TestMeetingPass::initTestCase()
{
    Result<SigningKey> key = SigningKey::fromSeed(seed('\x11'));
    Result<SigningKey> other = SigningKey::fromSeed(seed('\x22'));
    QVERIFY(key.ok());
    QVERIFY(other.ok());
    m_key.emplace(std::move(key).value());
    m_otherKey.emplace(std::move(other).value());
    QVERIFY(!SigningKey::fromSeed(QByteArray(31, 'x')).ok());
}

void TestMeetingPass::base45Vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    // The worked examples of RFC 9285.
    QTest::newRow("AB") << QByteArray("AB") << "BB8";
    QTest::newRow("Hello!!") << QByteArray("Hello!!") << "%69 VD92EX0";
    QTest::newRow("base-45") << QByteArray("base-45") << "UJCLQE7W581";
    QTest::newRow("ietf!") << QByteArray("ietf!") << "QED8WEX0";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("max pair") << QByteArray("\xff\xff", 2) << "FGW";
    QTest::newRow("zero byte") << QByteArray(1, '\0') << "00";
}

void TestMeetingPass::base45Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    QCOMPARE(toBase45(bytes), text);
    const Result<QByteArray> decoded = fromBase45(text);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), bytes);
}

void TestMeetingPass::base45Rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("lower case") << "bb8" << "not in the alphabet";
    QTest::newRow("one left over") << "BB8B" << "leaves one character over";
    QTest::newRow("group too large") << "GGW" << "out of range";
    QTest::newRow("pair too large") << "ZZ" << "out of range";
    QTest::newRow("unicode") << QString::fromUtf8("BB\xc3\x9f") << "not in the alphabet";
}

void TestMeetingPass::base45Rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const Result<QByteArray> decoded = fromBase45(text);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(expected), qPrintable(decoded.error().message));
}

void TestMeetingPass::goldenPassUnchanged()
{
    const Result<QString> issued = issuePass(sampleClaims(), *m_key);
    QVERIFY(issued.ok());

    QFile golden(goldenPath());
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath()));
    const QString expected = QString::fromLatin1(golden.readAll()).trimmed();
    QCOMPARE(issued.value(), expected);

    const Result<SignedPass> parsed = parsePass(expected);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->claims, sampleClaims());
    QCOMPARE(parsed->keyId, m_key->keyId());
}

void TestMeetingPass::issuedPassVerifies()
{
    const Result<QString> issued = issuePass(sampleClaims(), *m_key);
    QVERIFY(issued.ok());
    QVERIFY(issued->startsWith(passPrefix()));

    PassVerifier verifier;
    verifier.addKey(m_key->publicKey());
    const PassVerdict verdict = verifier.verify(issued.value(), expectationAt(meetingTime(10)));
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    QCOMPARE(verdict.claims, sampleClaims());
}

void TestMeetingPass::everyTamperedByteRejected()
{
    const Result<QString> issued = issuePass(sampleClaims(), *m_key);
    QVERIFY(issued.ok());
    const QByteArray bytes = fromBase45(QStringView(issued.value()).mid(passPrefix().size())).value();

    PassVerifier verifier;
    verifier.addKey(m_key->publicKey());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray tampered = bytes;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        const PassVerdict verdict = verifier.verify(passPrefix() + toBase45(tampered),
                                                    expectationAt(meetingTime(10)));
        QVERIFY2(!verdict.isValid(), qPrintable(QStringLiteral("byte %1 changed, still valid").arg(i)));
    }
}

void TestMeetingPass::rejections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("meetingId");
    QTest::addColumn<PassRejection>("rejection");

    const QString valid = issuePass(sampleClaims(), *m_key).value();
    const QString byOtherKey = issuePass(sampleClaims(), *m_otherKey).value();
    const QByteArray bytes = fromBase45(QStringView(valid).mid(passPrefix().size())).value();
    const QString meeting = sampleClaims().meetingId;

    QTest::newRow("valid") << valid << meetingTime(5) << meeting << PassRejection::None;
    QTest::newRow("within grace step") << valid << meetingTime(45) << meeting << PassRejection::None;
    QTest::newRow("other key") << byOtherKey << meetingTime(5) << meeting << PassRejection::UnknownKey;
    QTest::newRow("other meeting") << valid << meetingTime(5) << "bid_other" << PassRejection::WrongMeeting;
    QTest::newRow("grace ends after one step") << valid << meetingTime(60) << meeting << PassRejection::StaleStep;
    QTest::newRow("server clock one step behind") << valid << meetingTime(-25) << meeting << PassRejection::None;
    QTest::newRow("photo two minutes old") << valid << meetingTime(120) << meeting << PassRejection::StaleStep;
    QTest::newRow("future step") << valid << meetingTime(-60) << meeting << PassRejection::FutureStep;
    QTest::newRow("before window") << valid << meetingTime(-7200) << meeting << PassRejection::NotYetValid;
    QTest::newRow("after window") << valid << meetingTime(7260) << meeting << PassRejection::Expired;
    QTest::newRow("truncated") << valid.left(valid.size() - 6) << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("trailing bytes") << passPrefix() + toBase45(bytes + "x") << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("no prefix") << valid.mid(4) << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("web address") << "https://mesi.example/p/123" << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("lower case") << valid.toLower() << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("empty") << QString() << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("version 2") << passPrefix() + toBase45(QByteArray(1, '\x02') + bytes.mid(1)) << meetingTime(5) << meeting << PassRejection::Malformed;
    QTest::newRow("oversized") << passPrefix() + QString(600, QLatin1Char('A')) << meetingTime(5) << meeting << PassRejection::Malformed;
}

void TestMeetingPass::rejections()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, now);
    QFETCH(QString, meetingId);
    QFETCH(PassRejection, rejection);

    PassVerifier verifier;
    verifier.addKey(m_key->publicKey());
    PassExpectation expectation = expectationAt(now);
    expectation.meetingId = meetingId;

    const PassVerdict verdict = verifier.verify(text, expectation);
    QCOMPARE(toString(verdict.rejection), toString(rejection));
    if (rejection != PassRejection::None)
        QVERIFY(!verdict.message.isEmpty());
}

void TestMeetingPass::collidingKeyIdsAllTried()
{
    const QString valid = issuePass(sampleClaims(), *m_key).value();

    // A revoked key makes its own passes fail even when the verifier also has other keys.
    PassVerifier verifier;
    verifier.addKey(m_otherKey->publicKey());
    verifier.addKey(m_key->publicKey());
    QVERIFY(verifier.verify(valid, expectationAt(meetingTime(5))).isValid());
    verifier.revokeKey(m_key->publicKey());
    QCOMPARE(toString(verifier.verify(valid, expectationAt(meetingTime(5))).rejection),
             toString(PassRejection::RevokedKey));
}

void TestMeetingPass::claimsValidated()
{
    PassClaims claims = sampleClaims();
    claims.meetingId.clear();
    QVERIFY(!issuePass(claims, *m_key).ok());

    claims = sampleClaims();
    claims.fanId = QString(65, QLatin1Char('f'));
    const Result<QString> tooLong = issuePass(claims, *m_key);
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error().message.contains(QStringLiteral("65")));

    claims = sampleClaims();
    claims.validUntil = claims.validFrom;
    QVERIFY(!issuePass(claims, *m_key).ok());
}

QTEST_GUILESS_MAIN(TestMeetingPass)
#include "tst_meetingpass.moc"
