#include "pass/qrcode.h"

#include <QFile>
#include <QTest>

using namespace mesi;
using namespace mesi::pass;

namespace {

// Draws the matrix dark on white with a four-module quiet zone, as the pass screen must.
QByteArray render(const QrMatrix &matrix, int pixelsPerModule, int &side)
{
    constexpr int QuietZone = 4;
    side = (matrix.size + 2 * QuietZone) * pixelsPerModule;
    QByteArray grey(side * side, static_cast<char>(0xFF));
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.isDark(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                const int row = (y + QuietZone) * pixelsPerModule + dy;
                const int column = (x + QuietZone) * pixelsPerModule;
                std::fill_n(grey.data() + row * side + column, pixelsPerModule, '\0');
            }
        }
    }
    return grey;
}

QString goldenPass()
{
    QFile file(QFINDTESTDATA("../data/pass-v1.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).trimmed();
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passRoundTrip();
    void passFitsVersionEleven();
    void blankImageHasNoCode();
    void shortBufferRejected();
};

void TestQrCode::passRoundTrip()
{
    const QString pass = goldenPass();
    QVERIFY(!pass.isEmpty());

    const Result<QrMatrix> matrix = encodeQr(pass);
    QVERIFY(matrix.ok());

    int side = 0;
    const QByteArray image = render(matrix.value(), 4, side);
    const Result<QString> decoded = decodeQr(image, side, side);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), pass);
}

void TestQrCode::passFitsVersionEleven()
{
    // Version 11 has 61 modules a side; a larger code has smaller modules on a phone screen.
    const Result<QrMatrix> matrix = encodeQr(goldenPass());
    QVERIFY(matrix.ok());
    QVERIFY2(matrix->size <= 61, qPrintable(QString::number(matrix->size)));
}

void TestQrCode::blankImageHasNoCode()
{
    const QByteArray white(200 * 200, static_cast<char>(0xFF));
    const Result<QString> decoded = decodeQr(white, 200, 200);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::NotFound);
}

void TestQrCode::shortBufferRejected()
{
    const Result<QString> decoded = decodeQr(QByteArray(10, '\0'), 200, 200);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(QStringLiteral("40000 bytes")));
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
