#include "ui/passcodeview.h"
#include "ui/passwindow.h"

#include "pass/meetingpass.h"
#include "pass/rotation.h"
#include "pass/passimage.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>

using namespace mesi;
using mesi::ui::PassCodeView;
using mesi::ui::PassWindow;

namespace {

/// Bounds of the black pixels of an RGB32 image; null when there are none.
QRect blackBounds(const QImage &image)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == qRgb(0, 0, 0))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

/// Returns the first pixel that is neither pure black nor pure white as "x,y=#rrggbb", or "".
QString firstOtherPixel(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel != qRgb(0, 0, 0) && pixel != qRgb(255, 255, 255))
                return QStringLiteral("%1,%2=%3").arg(x).arg(y).arg(QColor(pixel).name());
        }
    }
    return {};
}

Result<QString> decodeImage(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes(static_cast<qsizetype>(grey.width()) * grey.height(), Qt::Uninitialized);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(bytes.data() + static_cast<qsizetype>(y) * grey.width(), grey.constScanLine(y),
                    static_cast<size_t>(grey.width()));
    return pass::decodeQr(bytes, grey.width(), grey.height());
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::ButtonText, Qt::white);
    return palette;
}

} // namespace

/// Checks that the pass window shows a scannable code whatever the theme is.
class TestPassWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void codeIsBlackOnWhiteUnderDarkTheme();
    void textIsDarkOnWhite();
    void codeSizeWholeModulesAndLarge();
    void f11TogglesFullScreen();
    void widgetsHaveAccessibleNames();
    void passTextReplaced();
    void encodeErrorShownInPlaceOfCode();
    void passRotatesAtStepBoundary();
    void rotationFailureShown();
    void fixedPassHasNoCountdown();
    void fanCodeButtonNeedsSubmit();

private:
    QString issue(const QString &meetingId);
    /// A rotating pass of a fixed meeting for the step that contains at.
    Result<QString> issueRotating(const QDateTime &at);

    std::optional<pass::SigningKey> m_key;
    QString m_passText;
    QPalette m_originalPalette;
};

QString TestPassWindow::issue(const QString &meetingId)
{
    pass::PassClaims claims;
    claims.meetingId = meetingId;
    claims.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    claims.validFrom = QDateTime(QDate(2026, 12, 11), QTime(18, 0), Qt::UTC);
    claims.validUntil = QDateTime(QDate(2026, 12, 11), QTime(21, 0), Qt::UTC);
    const Result<QString> pass = pass::issuePass(claims, *m_key);
    return pass.ok() ? pass.value() : QString();
}

void TestPassWindow::initTestCase()
{
    Result<pass::SigningKey> key = pass::SigningKey::generate();
    QVERIFY(key.ok());
    m_key.emplace(std::move(key).value());
    m_passText = issue(QStringLiteral("bid_70f3aab928f7d0e4"));
    QVERIFY(!m_passText.isEmpty());

    m_originalPalette = QApplication::palette();
    QApplication::setPalette(darkPalette());
}

void TestPassWindow::cleanupTestCase()
{
    QApplication::setPalette(m_originalPalette);
}

void TestPassWindow::codeIsBlackOnWhiteUnderDarkTheme()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QStringLiteral("Friday 18:00, Cafe Central"));
    window.resize(900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *code = window.findChild<PassCodeView *>(QStringLiteral("passCode"));
    QVERIFY(code);
    QVERIFY(code->hasCode());
    const QImage image = code->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());
    QCOMPARE(firstOtherPixel(image), QString());

    // The quiet zone of four modules, and any margin around it, is white on every side.
    const QRect bounds = blackBounds(image);
    QVERIFY(!bounds.isNull());
    const int quietZone = pass::MinQuietModules * code->modulePixels();
    QVERIFY2(bounds.left() >= quietZone, qPrintable(QString::number(bounds.left())));
    QVERIFY2(bounds.top() >= quietZone, qPrintable(QString::number(bounds.top())));
    QVERIFY2(image.width() - 1 - bounds.right() >= quietZone, qPrintable(QString::number(bounds.right())));
    QVERIFY2(image.height() - 1 - bounds.bottom() >= quietZone, qPrintable(QString::number(bounds.bottom())));

    const Result<QString> decoded = decodeImage(image);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), m_passText);
}

void TestPassWindow::textIsDarkOnWhite()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QStringLiteral("Friday 18:00, Cafe Central"));
    window.resize(900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *area = window.findChild<QWidget *>(QStringLiteral("passArea"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("passTitle"));
    auto *details = window.findChild<QLabel *>(QStringLiteral("passDetails"));
    QVERIFY(area && title && details);
    QCOMPARE(title->text(), QStringLiteral("Meeting with Alex"));
    QCOMPARE(details->text(), QStringLiteral("Friday 18:00, Cafe Central"));
    for (const QLabel *label : {title, details}) {
        QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::black));
        QCOMPARE(label->palette().color(QPalette::Window), QColor(Qt::white));
    }

    // The corner of the pass area, beside the text, must be painted white and not #202020.
    const QImage image = area->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(QColor(image.pixel(1, 1)), QColor(Qt::white));
    QCOMPARE(QColor(image.pixel(image.width() - 2, 1)), QColor(Qt::white));
}

void TestPassWindow::codeSizeWholeModulesAndLarge()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QString());
    window.resize(900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *code = window.findChild<PassCodeView *>(QStringLiteral("passCode"));
    QVERIFY(code);
    const int modulePixels = code->modulePixels();
    QVERIFY2(modulePixels >= 6, qPrintable(QString::number(modulePixels)));

    // The code is as large as fits: one more pixel per module would overflow the widget.
    const Result<pass::QrMatrix> matrix = pass::encodeQr(m_passText);
    QVERIFY(matrix.ok());
    const int side = matrix->size + 2 * pass::MinQuietModules;
    const qreal ratio = code->devicePixelRatioF();
    const int deviceSide = static_cast<int>(std::min(code->width(), code->height()) * ratio);
    QVERIFY(side * modulePixels <= deviceSide);
    QVERIFY(side * (modulePixels + 1) > deviceSide);

    // Whole device pixels per module: the dark area spans exactly size * modulePixels of them, centred.
    // Run with QT_SCALE_FACTOR=1.25 to check a fractional device pixel ratio.
    const QImage image = code->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect bounds = blackBounds(image);
    QCOMPARE(bounds.width(), matrix->size * modulePixels);
    QCOMPARE(bounds.height(), matrix->size * modulePixels);
    QVERIFY(std::abs(bounds.center().x() - image.width() / 2) <= modulePixels);
    QVERIFY(std::abs(bounds.center().y() - image.height() / 2) <= modulePixels);
}

void TestPassWindow::f11TogglesFullScreen()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QString());
    window.resize(900, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("fullScreenButton"));
    QVERIFY(button);
    QVERIFY(!button->isChecked());

    QTest::keyClick(&window, Qt::Key_F11);
    QTRY_VERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(button->isChecked());

    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!button->isChecked());

    QTest::keyClick(&window, Qt::Key_F11);
    QTRY_VERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
    QTest::keyClick(&window, Qt::Key_F11);
    QTRY_VERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));

    button->click();
    QTRY_VERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
    button->click();
    QTRY_VERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
}

void TestPassWindow::widgetsHaveAccessibleNames()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QString());
    QVERIFY(window.windowFlags().testFlag(Qt::Window));

    // Full screen, PNG, SVG, the fan code scan (hidden until it has a submit) and Close.
    const QList<QPushButton *> buttons = window.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 5);
    for (const QPushButton *button : buttons)
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));

    auto *code = window.findChild<PassCodeView *>(QStringLiteral("passCode"));
    QVERIFY(code);
    QVERIFY(!code->accessibleName().isEmpty());
    QVERIFY2(code->accessibleDescription().contains(QStringLiteral("meeting pass QR code")),
             qPrintable(code->accessibleDescription()));
    QVERIFY2(code->accessibleDescription().contains(QStringLiteral("fan")),
             qPrintable(code->accessibleDescription()));
}

void TestPassWindow::passTextReplaced()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QString());
    window.resize(900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString next = issue(QStringLiteral("bid_0000000000000002"));
    QVERIFY(!next.isEmpty());
    window.setPassText(next);
    QCOMPARE(window.passText(), next);

    auto *code = window.findChild<PassCodeView *>(QStringLiteral("passCode"));
    QVERIFY(code);
    const Result<QString> decoded = decodeImage(code->grab().toImage());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), next);
}

void TestPassWindow::encodeErrorShownInPlaceOfCode()
{
    // Far more than 4,296, the most alphanumeric characters any QR code holds (version 40, level L).
    const QString tooLong = QStringLiteral("MP1:") + QString(8000, QLatin1Char('A'));
    PassWindow window(tooLong, QStringLiteral("Meeting with Alex"), QString());
    window.resize(900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *code = window.findChild<PassCodeView *>(QStringLiteral("passCode"));
    QVERIFY(code);
    QVERIFY(!code->hasCode());
    QCOMPARE(code->modulePixels(), 0);
    QVERIFY(!code->errorText().isEmpty());
    QCOMPARE(code->accessibleDescription(), code->errorText());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("savePngButton"))->isEnabled());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("saveSvgButton"))->isEnabled());

    window.setPassText(m_passText);
    QVERIFY(code->hasCode());
    QVERIFY(code->errorText().isEmpty());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("savePngButton"))->isEnabled());
}

Result<QString> TestPassWindow::issueRotating(const QDateTime &at)
{
    pass::PassClaims claims;
    claims.meetingId = QStringLiteral("mtg_rotating");
    claims.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    claims.validFrom = QDateTime(QDate(2026, 12, 11), QTime(18, 0), Qt::UTC);
    claims.validUntil = QDateTime(QDate(2026, 12, 11), QTime(21, 0), Qt::UTC);
    claims.stepSeconds = pass::RotationStepSeconds;
    claims.step = pass::rotationStep(at, claims.stepSeconds);
    return pass::issuePass(claims, *m_key);
}

void TestPassWindow::passRotatesAtStepBoundary()
{
    // A test clock 200 ms before a step boundary, so the boundary timer fires at once.
    const QDateTime stepStart = QDateTime(QDate(2026, 12, 11), QTime(19, 0, 30), Qt::UTC);
    QDateTime now = stepStart.addMSecs(29800);
    QList<QDateTime> signedAt;
    const auto issuer = [this, &signedAt](const QDateTime &at) {
        signedAt.append(at);
        return issueRotating(at);
    };

    PassWindow window(issueRotating(now).value(), QStringLiteral("Meeting with Alex"), QString());
    window.setRotation(issuer, [&now] { return now; });
    window.resize(900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *countdown = window.findChild<QProgressBar *>(QStringLiteral("stepCountdown"));
    QVERIFY(countdown);
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->maximum(), 30);
    QCOMPARE(countdown->value(), 1);
    QVERIFY(!countdown->accessibleName().isEmpty());

    // The same step never signs again; the next step does, with the clock's time.
    const QString first = window.passText();
    now = stepStart.addSecs(30).addMSecs(100);
    QTRY_COMPARE(window.passText(), issueRotating(now).value());
    QVERIFY(window.passText() != first);
    QCOMPARE(signedAt.size(), 1);
    QCOMPARE(signedAt.constFirst(), now);
    QCOMPARE(countdown->value(), 30);

    // The shown code is the new one.
    auto *code = window.findChild<PassCodeView *>(QStringLiteral("passCode"));
    const Result<QString> decoded = decodeImage(code->grab().toImage());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), window.passText());
    QCOMPARE(pass::parsePass(decoded.value())->claims.step, pass::rotationStep(now, pass::RotationStepSeconds));
}

void TestPassWindow::rotationFailureShown()
{
    const QDateTime stepStart = QDateTime(QDate(2026, 12, 11), QTime(19, 1), Qt::UTC);
    const QString firstPass = issueRotating(stepStart.addSecs(10)).value();
    // The clock is already in the next step, so the first renewal signs at once, and fails.
    const QDateTime now = stepStart.addSecs(31);
    PassWindow window(firstPass, QStringLiteral("Meeting with Alex"), QString());
    window.setRotation([](const QDateTime &) -> Result<QString> {
        return makeError(ErrorCode::Storage, QStringLiteral("the key file is unreadable"));
    }, [now] { return now; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *error = window.findChild<QLabel *>(QStringLiteral("rotationError"));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("the key file is unreadable")), qPrintable(error->text()));
    QCOMPARE(window.passText(), firstPass);
}

void TestPassWindow::fixedPassHasNoCountdown()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QString());
    int calls = 0;
    window.setRotation([&calls](const QDateTime &) -> Result<QString> {
        ++calls;
        return QString();
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.rotation()->isActive());
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("stepCountdown"))->isVisible());
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestPassWindow::fanCodeButtonNeedsSubmit()
{
    PassWindow window(m_passText, QStringLiteral("Meeting with Alex"), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("scanFanCodeButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QVERIFY(!window.openFanCodeDialog());

    window.setFanCodeSubmit([](const QString &, QObject *, std::function<void(Result<api::PassRedemption>)> done) {
        done(makeError(ErrorCode::Network, QStringLiteral("not sent in this test")));
    });
    QVERIFY(button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    button->click();
    QPointer<ui::FanCodeDialog> dialog = window.findChild<ui::FanCodeDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(window.openFanCodeDialog(), dialog.data());
    dialog->close();
}

QTEST_MAIN(TestPassWindow)
#include "tst_passwindow.moc"
