// Fan confirmation codes: the signed layout, strict parsing and every rejection reason.

#include "pass/base45.h"
#include "pass/fanconfirmation.h"
#include "pass/meetingpass.h"

#include <QTest>

#include <optional>

using namespace mesi;
using namespace mesi::pass;

Q_DECLARE_METATYPE(mesi::pass::PassRejection)

namespace {

const QString MeetingId = QStringLiteral("mtg_70f3aab928f7d0e4");
const QString FanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");

QDateTime meetingTime(int secondsAfterSeven = 0)
{
    return QDateTime(QDate(2026, 12, 11), QTime(19, 0), Qt::UTC).addSecs(secondsAfterSeven);
}

FanConfirmationClaims sampleClaims()
{
    FanConfirmationClaims claims;
    claims.meetingId = MeetingId;
    claims.fanId = FanId;
    claims.step = rotationStep(meetingTime(), claims.stepSeconds);
    return claims;
}

FanConfirmationExpectation expectationAt(const QDateTime &now)
{
    return FanConfirmationExpectation{MeetingId, FanId, now, DefaultGraceSteps, DefaultSkewSteps};
}

} // namespace

class TestFanConfirmation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void everyTamperedByteRejected();
    void passSignatureNotValidAsCode();
    void rejections_data();
    void rejections();
    void zeroStepLengthRejected();

private:
    std::optional<SigningKey> m_key;
    std::optional<SigningKey> m_otherKey;
};

void TestFanConfirmation::initTestCase()
{
    m_key.emplace(SigningKey::fromSeed(QByteArray(32, '\x21')).value());
    m_otherKey.emplace(SigningKey::fromSeed(QByteArray(32, '\x22')).value());
}

void TestFanConfirmation::roundTrip()
{
    const Result<QString> issued = issueFanConfirmation(sampleClaims(), *m_key);
    QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
    QVERIFY(issued->startsWith(fanConfirmationPrefix()));

    const Result<SignedFanConfirmation> parsed = parseFanConfirmation(issued.value());
    QVERIFY(parsed);
    QCOMPARE(parsed->claims, sampleClaims());
    QCOMPARE(parsed->keyId, m_key->keyId());

    const FanConfirmationVerdict verdict = verifyFanConfirmation(issued.value(), {{m_key->publicKey(), false}},
                                                                 expectationAt(meetingTime(5)));
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    QCOMPARE(verdict.claims, sampleClaims());
}

void TestFanConfirmation::everyTamperedByteRejected()
{
    const QString issued = issueFanConfirmation(sampleClaims(), *m_key).value();
    const QByteArray bytes = fromBase45(QStringView(issued).mid(fanConfirmationPrefix().size())).value();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray tampered = bytes;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        const FanConfirmationVerdict verdict = verifyFanConfirmation(
            fanConfirmationPrefix() + toBase45(tampered), {{m_key->publicKey(), false}}, expectationAt(meetingTime(5)));
        QVERIFY2(!verdict.isValid(), qPrintable(QStringLiteral("byte %1 changed, still valid").arg(i)));
    }
}

void TestFanConfirmation::passSignatureNotValidAsCode()
{
    // The same key signs a pass under another context, so the pass relabelled as a code
    // must not verify.
    PassClaims claims;
    claims.meetingId = MeetingId;
    claims.fanId = FanId;
    claims.validFrom = meetingTime(-3600);
    claims.validUntil = meetingTime(3600);
    const QString passText = issuePass(claims, *m_key).value();
    const QString relabelled = fanConfirmationPrefix() + passText.mid(passPrefix().size());
    const FanConfirmationVerdict verdict = verifyFanConfirmation(relabelled, {{m_key->publicKey(), false}},
                                                                 expectationAt(meetingTime(5)));
    QVERIFY(!verdict.isValid());
}

void TestFanConfirmation::rejections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<PassRejection>("rejection");

    const QString valid = issueFanConfirmation(sampleClaims(), *m_key).value();
    FanConfirmationClaims otherFan = sampleClaims();
    otherFan.fanId = QStringLiteral("fan_other");
    FanConfirmationClaims otherMeeting = sampleClaims();
    otherMeeting.meetingId = QStringLiteral("mtg_other");

    QTest::newRow("valid") << valid << false << meetingTime(5) << PassRejection::None;
    QTest::newRow("previous step") << valid << false << meetingTime(45) << PassRejection::None;
    QTest::newRow("verifier one step behind") << valid << false << meetingTime(-20) << PassRejection::None;
    QTest::newRow("two steps old") << valid << false << meetingTime(61) << PassRejection::StaleStep;
    QTest::newRow("two steps ahead") << valid << false << meetingTime(-31) << PassRejection::FutureStep;
    QTest::newRow("revoked key") << valid << true << meetingTime(5) << PassRejection::RevokedKey;
    QTest::newRow("other key") << issueFanConfirmation(sampleClaims(), *m_otherKey).value() << false
                               << meetingTime(5) << PassRejection::UnknownKey;
    QTest::newRow("other fan") << issueFanConfirmation(otherFan, *m_key).value() << false << meetingTime(5)
                               << PassRejection::WrongFan;
    QTest::newRow("other meeting") << issueFanConfirmation(otherMeeting, *m_key).value() << false
                                   << meetingTime(5) << PassRejection::WrongMeeting;
    QTest::newRow("truncated") << valid.left(valid.size() - 6) << false << meetingTime(5) << PassRejection::Malformed;
    QTest::newRow("pass prefix") << passPrefix() + valid.mid(4) << false << meetingTime(5) << PassRejection::Malformed;
    QTest::newRow("lower case") << valid.toLower() << false << meetingTime(5) << PassRejection::Malformed;
    QTest::newRow("empty") << QString() << false << meetingTime(5) << PassRejection::Malformed;
    QTest::newRow("oversized") << fanConfirmationPrefix() + QString(600, QLatin1Char('A')) << false << meetingTime(5)
                               << PassRejection::Malformed;
}

void TestFanConfirmation::rejections()
{
    QFETCH(QString, text);
    QFETCH(bool, revoked);
    QFETCH(QDateTime, now);
    QFETCH(PassRejection, rejection);

    const FanConfirmationVerdict verdict = verifyFanConfirmation(text, {{m_key->publicKey(), revoked}},
                                                                 expectationAt(now));
    QCOMPARE(toString(verdict.rejection), toString(rejection));
    QCOMPARE(verdict.message.isEmpty(), rejection == PassRejection::None);
}

void TestFanConfirmation::zeroStepLengthRejected()
{
    FanConfirmationClaims claims = sampleClaims();
    claims.stepSeconds = 0;
    const Result<QString> issued = issueFanConfirmation(claims, *m_key);
    QVERIFY(!issued);
    QCOMPARE(issued.error().field, QStringLiteral("stepSeconds"));
}

QTEST_GUILESS_MAIN(TestFanConfirmation)
#include "tst_fanconfirmation.moc"
