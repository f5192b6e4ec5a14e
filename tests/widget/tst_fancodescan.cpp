// The camera fallback: the console scans the confirmation code on the fan's phone. Recorded
// frames stand in for the camera (blank frames, a blurred and a partial code, then the real
// code rendered by the fan side, rotated and scaled), fed to FanCodeDialog, which submits the
// code to an in-process sandbox. The escrow ledger is checked after every step.

#include "../sandbox/ledgercheck.h"
#include "../sandbox/sandboxtestclient.h"
#include "demosandbox.h"

#include "contract/jsonreader.h"
#include "pass/base45.h"
#include "pass/fanconfirmation.h"
#include "pass/meetingpass.h"
#include "pass/passimage.h"
#include "sandbox/sandboxserver.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"
#include "ui/fancodedialog.h"
#include "ui/framesource.h"

#include <QApplication>
#include <QCameraDevice>
#include <QDir>
#include <QJsonArray>
#include <QMediaDevices>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace mesi;
using ui::FanCodeDialog;
using ui::RecordedFrameSource;

namespace {

// Longer than the dialog's 200 ms between decoded frames, so every recorded frame is decoded.
// A shorter interval would skip the same frames on every loop.
constexpr int FrameIntervalMs = 250;
constexpr int ConfirmWithinMs = 15000;

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// A camera frame of a grey desk: no code at all.
QImage blankFrame()
{
    QImage frame(640, 480, QImage::Format_RGB32);
    frame.fill(QColor(0x80, 0x80, 0x78));
    return frame;
}

/// The code drawn as the fan's phone shows it, turned by angle degrees and scaled, on a desk.
QImage codeFrame(const QString &code, qreal angle, qreal scale)
{
    const QImage qr = pass::renderQrImage(pass::encodeQr(code).value(), 5);
    QImage frame(800, 600, QImage::Format_RGB32);
    frame.fill(QColor(0x70, 0x68, 0x60));
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(frame.width() / 2.0, frame.height() / 2.0);
    painter.rotate(angle);
    painter.scale(scale, scale);
    painter.drawImage(QPointF(-qr.width() / 2.0, -qr.height() / 2.0), qr);
    return frame;
}

/// The code out of focus: shrunk to a few pixels a module's worth and blown up again.
QImage blurredFrame(const QString &code)
{
    const QImage sharp = codeFrame(code, 0, 1.0);
    return sharp.scaled(sharp.width() / 14, sharp.height() / 14, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

/// Only the left part of the code is in the picture.
QImage partialFrame(const QString &code)
{
    QImage frame = codeFrame(code, 0, 1.0);
    QPainter painter(&frame);
    painter.fillRect(QRect(frame.width() / 2 - 40, 0, frame.width(), frame.height()), QColor(0x70, 0x68, 0x60));
    return frame;
}

} // namespace

class TestFanCodeScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recordedFramesFrameSequence();
    void noCameraOffersImageFile();
    void recordedCodeReleasesEscrow();
    void badCodesRejected_data();
    void badCodesRejected();
    void imageFileWithoutFanCode();

private:
    QString scheduleMeeting(const FanSession &fan);
    void registerFanKey(const FanSession &fan, const pass::SigningKey &key);
    QString code(const QString &meetingId, const QString &fanId, const pass::SigningKey &key, qint64 stepOffset = 0);
    FanCodeDialog::Submit submitFor(const QString &bidId);
    const Bid *bid(const QString &bidId) const { return m_session->bids()->find(bidId); }

    QTemporaryDir m_dataDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::CreatorSession> m_session;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    FanSession m_fan;
    FanSession m_otherFan;
    std::optional<pass::SigningKey> m_fanKey;
    std::optional<pass::SigningKey> m_otherFanKey;
    QString m_confirmedBidId; ///< The meeting that recordedCodeReleasesEscrow confirms.
    QString m_confirmedCode;
    QString m_openBidId;      ///< A scheduled meeting that the bad codes must leave alone.
};

void TestFanCodeScan::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    Result<std::unique_ptr<sandbox::SandboxServer>> server = testing::startDemoSandbox(m_dataDir.path());
    QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
    m_server = std::move(server).value();
    m_client = std::make_unique<SandboxTestClient>(m_server->url());

    m_session = std::make_unique<sync::CreatorSession>(m_server->url());
    const Result<void> signedIn = testing::signInAsDemo(*m_session, 10000);
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());

    m_fan = m_client->signInFanSession(QStringLiteral("Noor"));
    m_otherFan = m_client->signInFanSession(QStringLiteral("Someone Else"));
    QVERIFY(!m_fan.id.isEmpty());
    QVERIFY(!m_otherFan.id.isEmpty());
    m_fanKey.emplace(pass::SigningKey::generate().value());
    m_otherFanKey.emplace(pass::SigningKey::generate().value());
    registerFanKey(m_fan, *m_fanKey);
    registerFanKey(m_otherFan, *m_otherFanKey);

    m_confirmedBidId = scheduleMeeting(m_fan);
    m_openBidId = scheduleMeeting(m_fan);
    QVERIFY(!m_confirmedBidId.isEmpty());
    QVERIFY(!m_openBidId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(bid(m_confirmedBidId) && bid(m_confirmedBidId)->status == BidStatus::Scheduled, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(bid(m_openBidId) && bid(m_openBidId)->status == BidStatus::Scheduled, 5000);
    VERIFY_LEDGER(*m_client, "meetings scheduled");
}

void TestFanCodeScan::cleanupTestCase()
{
    m_session.reset();
    m_client.reset();
    if (m_server)
        m_server->stop();
}

void TestFanCodeScan::registerFanKey(const FanSession &fan, const pass::SigningKey &key)
{
    const HttpReply registered = m_client->post(
        QStringLiteral("/v1/fan/keys"),
        toBytes({{QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64())}}), fan.token, newKey());
    VERIFY_STATUS(registered, 201);
}

QString TestFanCodeScan::scheduleMeeting(const FanSession &fan)
{
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                            {QStringLiteral("amount"), QStringLiteral("25.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("EUR")}});
    if (placed.status != 201)
        return {};
    const QString bidId = field(placed.json(), "id");
    if (m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(bidId), {}, m_creatorToken, newKey()).status
        != 200) {
        return {};
    }
    const QDateTime start = m_client->sandboxNow().addSecs(15 * 60);
    const QJsonObject terms{{QStringLiteral("start"), contract::formatTimestamp(start)},
                            {QStringLiteral("end"), contract::formatTimestamp(start.addSecs(3600))},
                            {QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")},
                            {QStringLiteral("place"), QStringLiteral("Café de Flore")}};
    const HttpReply proposed = m_client->post(QStringLiteral("/v1/bids/%1/proposals").arg(bidId), toBytes(terms),
                                              m_creatorToken, newKey());
    if (proposed.status != 201)
        return {};
    const HttpReply scheduled = m_client->post(
        QStringLiteral("/v1/bids/%1/proposals/%2/accept").arg(bidId, field(proposed.json(), "id")), {}, fan.token,
        newKey());
    return scheduled.status == 200 ? bidId : QString();
}

QString TestFanCodeScan::code(const QString &meetingId, const QString &fanId, const pass::SigningKey &key,
                              qint64 stepOffset)
{
    pass::FanConfirmationClaims claims;
    claims.meetingId = meetingId;
    claims.fanId = fanId;
    claims.step = static_cast<quint32>(pass::rotationStep(m_client->sandboxNow(), claims.stepSeconds) + stepOffset);
    return pass::issueFanConfirmation(claims, key).value();
}

FanCodeDialog::Submit TestFanCodeScan::submitFor(const QString &bidId)
{
    sync::CreatorLifecycle *lifecycle = m_session->lifecycle();
    const Bid scheduled = *bid(bidId);
    return [lifecycle, scheduled](const QString &text, QObject *context,
                                  std::function<void(Result<api::PassRedemption>)> done) {
        lifecycle->confirmByFanCode(scheduled, text, context, std::move(done));
    };
}

void TestFanCodeScan::recordedFramesFrameSequence()
{
    QList<QImage> frames{blankFrame(), QImage(), blankFrame()};
    RecordedFrameSource source(frames, 10);
    QSignalSpy played(&source, &ui::FrameSource::frameReady);
    source.start();
    // The null frame is skipped, and playback starts over after the last frame.
    QTRY_VERIFY(played.size() >= 3);
    source.stop();
    QCOMPARE(source.framesPlayed(), played.size());
}

void TestFanCodeScan::noCameraOffersImageFile()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("this machine has a camera, so the dialog opens it instead");
    FanCodeDialog dialog(submitFor(m_openBidId));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.hasCamera());
    QVERIFY2(dialog.statusText().contains(QLatin1String("No camera")), qPrintable(dialog.statusText()));
    auto *openFile = dialog.findChild<QPushButton *>(QStringLiteral("openImageFileButton"));
    QVERIFY(openFile);
    QVERIFY(openFile->isVisible());
    QVERIFY(!openFile->accessibleName().isEmpty());
}

void TestFanCodeScan::recordedCodeReleasesEscrow()
{
    const Bid scheduled = *bid(m_confirmedBidId);
    m_confirmedCode = code(scheduled.meeting.id, m_fan.id, *m_fanKey);

    FanCodeDialog dialog(submitFor(m_confirmedBidId));
    QSignalSpy confirmed(&dialog, &FanCodeDialog::confirmed);
    QSignalSpy rejected(&dialog, &FanCodeDialog::codeRejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *source = new RecordedFrameSource({blankFrame(), blankFrame(), blurredFrame(m_confirmedCode),
                                            partialFrame(m_confirmedCode), blankFrame(),
                                            codeFrame(m_confirmedCode, 9.0, 1.25)},
                                           FrameIntervalMs);
    dialog.setFrameSource(source);
    QTRY_VERIFY2_WITH_TIMEOUT(!confirmed.isEmpty(), qPrintable(dialog.statusText()), ConfirmWithinMs);
    QVERIFY(rejected.isEmpty());
    // Only the sixth frame contains a readable code, so the blank, blurred and partial ones came first.
    QVERIFY(source->framesPlayed() >= 6);

    const Bid released = confirmed.first().first().value<Bid>();
    QCOMPARE(released.id, m_confirmedBidId);
    QCOMPARE(released.status, BidStatus::Completed);
    QCOMPARE(released.escrow, EscrowState::Released);
    QCOMPARE(bid(m_confirmedBidId)->status, BidStatus::Completed);
    QVERIFY2(dialog.statusText().contains(QLatin1String("confirmed")), qPrintable(dialog.statusText()));
    VERIFY_LEDGER(*m_client, "fan code scanned");

    int releases = 0;
    for (const QJsonValue &value : m_client->get(QStringLiteral("/v1/sandbox/ledger")).json()
                                       .value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (field(entry, "bidId") == m_confirmedBidId && field(entry, "kind") == QLatin1String("release"))
            ++releases;
    }
    QCOMPARE(releases, 1);
}

void TestFanCodeScan::badCodesRejected_data()
{
    QTest::addColumn<QString>("bidId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("fromFile");

    const QString meetingId = bid(m_openBidId)->meeting.id;
    const QString valid = code(meetingId, m_fan.id, *m_fanKey);
    QByteArray forged = pass::fromBase45(QStringView(valid).mid(4)).value();
    forged[forged.size() - 3] = static_cast<char>(forged.at(forged.size() - 3) ^ 0x10);

    QTest::newRow("forged signature") << m_openBidId << pass::fanConfirmationPrefix() + pass::toBase45(forged)
                                      << "bad_signature" << false;
    QTest::newRow("another fan's code") << m_openBidId << code(meetingId, m_otherFan.id, *m_otherFanKey)
                                        << "wrong_fan" << false;
    QTest::newRow("stale step") << m_openBidId << code(meetingId, m_fan.id, *m_fanKey, -4) << "stale_step" << false;
    QTest::newRow("stale step from a file") << m_openBidId << code(meetingId, m_fan.id, *m_fanKey, -4)
                                            << "stale_step" << true;
    QTest::newRow("reused code") << m_confirmedBidId << m_confirmedCode << "already_used" << false;
}

void TestFanCodeScan::badCodesRejected()
{
    QFETCH(QString, bidId);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(bool, fromFile);
    QVERIFY2(!m_confirmedCode.isEmpty() || reason != QLatin1String("already_used"),
             "recordedCodeReleasesEscrow must run first");
    const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
    const BidStatus statusBefore = bid(bidId)->status;

    FanCodeDialog dialog(submitFor(bidId));
    QSignalSpy confirmed(&dialog, &FanCodeDialog::confirmed);
    QSignalSpy rejected(&dialog, &FanCodeDialog::codeRejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    if (fromFile) {
        const QString path = QDir(m_dataDir.path()).filePath(QStringLiteral("fan-code.png"));
        QVERIFY(pass::savePassPng(text, path));
        dialog.openImageFile(path);
    } else {
        dialog.setFrameSource(new RecordedFrameSource({blankFrame(), codeFrame(text, -6.0, 1.1)}, FrameIntervalMs));
    }
    QTRY_VERIFY2_WITH_TIMEOUT(!rejected.isEmpty(), qPrintable(dialog.statusText()), ConfirmWithinMs);
    QCOMPARE(rejected.first().at(0).toString(), reason);
    QVERIFY2(dialog.statusText().contains(reason), qPrintable(dialog.statusText()));
    QVERIFY(!rejected.first().at(1).toString().isEmpty());

    // A camera still pointed at the rejected code does not send it again.
    QTest::qWait(3 * FrameIntervalMs);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(confirmed.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    QCOMPARE(bid(bidId)->status, statusBefore);
    VERIFY_LEDGER(*m_client, "rejected fan code");
}

void TestFanCodeScan::imageFileWithoutFanCode()
{
    const QString path = QDir(m_dataDir.path()).filePath(QStringLiteral("creator-pass.png"));
    QVERIFY(pass::savePassPng(QStringLiteral("MP1:ABC"), path));
    FanCodeDialog dialog(submitFor(m_openBidId));
    QSignalSpy rejected(&dialog, &FanCodeDialog::codeRejected);
    dialog.openImageFile(path);
    QVERIFY2(dialog.statusText().contains(QLatin1String("not a Mesi fan confirmation code")),
             qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().contains(path), qPrintable(dialog.statusText()));
    QVERIFY(rejected.isEmpty());
    QCOMPARE(bid(m_openBidId)->status, BidStatus::Scheduled);
}

QTEST_MAIN(TestFanCodeScan)
#include "tst_fancodescan.moc"
