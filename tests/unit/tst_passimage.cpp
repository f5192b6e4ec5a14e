#include "pass/meetingpass.h"
#include "pass/passimage.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstring>
#include <optional>

using namespace mesi;
using namespace mesi::pass;

Q_DECLARE_METATYPE(mesi::ErrorCode)

namespace {

constexpr int ModulePixels = 4;

/// Copies a Grayscale8 image into the packed rows that decodeQr() expects.
QByteArray packedGrey(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes(static_cast<qsizetype>(grey.width()) * grey.height(), Qt::Uninitialized);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(bytes.data() + static_cast<qsizetype>(y) * grey.width(), grey.constScanLine(y),
                    static_cast<size_t>(grey.width()));
    return bytes;
}

int greyAt(const QImage &image, int x, int y)
{
    return image.constScanLine(y)[x];
}

/// Returns the first pixel that is neither 0 nor 255 as "x,y=value", or an empty string.
QString firstGreyPixel(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != 0 && line[x] != 255)
                return QStringLiteral("%1,%2=%3").arg(x).arg(y).arg(line[x]);
        }
    }
    return {};
}

/// Returns true when every pixel of the band of `width` pixels along the edges is white.
bool borderIsWhite(const QImage &image, int width)
{
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const bool inBorder = x < width || y < width || x >= image.width() - width || y >= image.height() - width;
            if (inBorder && line[x] != 255)
                return false;
        }
    }
    return true;
}

/// Rebuilds the module grid from the run-length path that renderQrSvg() writes.
std::vector<bool> modulesFromPath(const QString &path, int side)
{
    std::vector<bool> dark(static_cast<size_t>(side) * side, false);
    static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z"));
    for (const QRegularExpressionMatch &match : run.globalMatch(path)) {
        const int x = match.captured(1).toInt();
        const int y = match.captured(2).toInt();
        const int length = match.captured(3).toInt();
        for (int i = 0; i < length && x + i < side && y < side; ++i)
            dark[static_cast<size_t>(y) * side + x + i] = true;
    }
    return dark;
}

} // namespace

class TestPassImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imageIsBlackOnWhite();
    void imageDecodesToPass();
    void imageRejectsBadArguments();
    void pngRoundTrip();
    void jpegAndTransparentPngDecode();
    void svgIsValidAndMatchesCode();
    void decodeErrors_data();
    void decodeErrors();
    void foreignTextQuotedShort();
    void saveToMissingFolderFails();

private:
    QString writeQrPng(const QString &text, const QString &name);

    QString m_passText;
    std::optional<QrMatrix> m_matrix;
    QTemporaryDir m_dir;
};

void TestPassImage::initTestCase()
{
    QVERIFY(m_dir.isValid());

    Result<SigningKey> key = SigningKey::generate();
    QVERIFY(key.ok());

    PassClaims claims;
    claims.meetingId = QStringLiteral("bid_70f3aab928f7d0e4");
    claims.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    claims.validFrom = QDateTime(QDate(2026, 12, 11), QTime(18, 0), Qt::UTC);
    claims.validUntil = QDateTime(QDate(2026, 12, 11), QTime(21, 0), Qt::UTC);
    const Result<QString> pass = issuePass(claims, key.value());
    QVERIFY2(pass.ok(), qPrintable(pass.ok() ? QString() : pass.error().message));
    m_passText = pass.value();

    const Result<QrMatrix> matrix = encodeQr(m_passText);
    QVERIFY(matrix.ok());
    m_matrix = matrix.value();
}

QString TestPassImage::writeQrPng(const QString &text, const QString &name)
{
    const Result<QrMatrix> matrix = encodeQr(text);
    if (!matrix.ok())
        return {};
    const QString path = m_dir.filePath(name);
    return renderQrImage(matrix.value(), ModulePixels).save(path, "PNG") ? path : QString();
}

void TestPassImage::imageIsBlackOnWhite()
{
    const QImage image = renderQrImage(*m_matrix, ModulePixels);
    QVERIFY(!image.isNull());
    QCOMPARE(image.format(), QImage::Format_Grayscale8);

    const int side = (m_matrix->size + 2 * MinQuietModules) * ModulePixels;
    QCOMPARE(image.width(), side);
    QCOMPARE(image.height(), side);
    QCOMPARE(firstGreyPixel(image), QString());
    QVERIFY(borderIsWhite(image, MinQuietModules * ModulePixels));

    // The finder pattern's corner module sits right inside the quiet zone.
    const int corner = MinQuietModules * ModulePixels;
    QCOMPARE(greyAt(image, corner, corner), 0);
    QCOMPARE(greyAt(image, corner - 1, corner - 1), 255);
}

void TestPassImage::imageDecodesToPass()
{
    const QImage image = renderQrImage(*m_matrix, ModulePixels);
    const Result<QString> decoded = decodeQr(packedGrey(image), image.width(), image.height());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), m_passText);
}

void TestPassImage::imageRejectsBadArguments()
{
    QVERIFY(renderQrImage(*m_matrix, 0).isNull());
    QVERIFY(renderQrImage(*m_matrix, ModulePixels, -1).isNull());
    QVERIFY(renderQrImage(QrMatrix{}, ModulePixels).isNull());
    QVERIFY(renderQrImage(*m_matrix, 100000).isNull());

    QrMatrix truncated = *m_matrix;
    truncated.dark.pop_back();
    QVERIFY(renderQrImage(truncated, ModulePixels).isNull());
    QVERIFY(renderQrSvg(truncated).isEmpty());
}

void TestPassImage::pngRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("pass.png"));
    const Result<void> saved = savePassPng(m_passText, path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    const QImage written(path);
    QCOMPARE(written.width(), (m_matrix->size + 2 * MinQuietModules) * SavedModulePixels);

    const Result<QString> decoded = decodePassImageFile(path);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), m_passText);
}

void TestPassImage::jpegAndTransparentPngDecode()
{
    const QImage image = renderQrImage(*m_matrix, ModulePixels);

    const QString jpeg = m_dir.filePath(QStringLiteral("pass.jpg"));
    QVERIFY(image.save(jpeg, "JPEG", 80));
    const Result<QString> fromJpeg = decodePassImageFile(jpeg);
    QVERIFY2(fromJpeg.ok(), qPrintable(fromJpeg.ok() ? QString() : fromJpeg.error().message));
    QCOMPARE(fromJpeg.value(), m_passText);

    // Black modules on a transparent background, as some editors export them: without
    // composing over white, the transparent pixels would read as black.
    QImage transparent(image.size(), QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            transparent.setPixel(x, y, greyAt(image, x, y) == 0 ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
    }
    const QString png = m_dir.filePath(QStringLiteral("transparent.png"));
    QVERIFY(transparent.save(png, "PNG"));
    const Result<QString> fromPng = decodePassImageFile(png);
    QVERIFY2(fromPng.ok(), qPrintable(fromPng.ok() ? QString() : fromPng.error().message));
    QCOMPARE(fromPng.value(), m_passText);
}

void TestPassImage::svgIsValidAndMatchesCode()
{
    const QString path = m_dir.filePath(QStringLiteral("pass.svg"));
    const Result<void> saved = savePassSvg(m_passText, path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const int side = m_matrix->size + 2 * MinQuietModules;
    bool sawRoot = false;
    bool sawBackground = false;
    QString outline;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("svg")) {
            sawRoot = true;
            QCOMPARE(xml.namespaceUri(), QStringLiteral("http://www.w3.org/2000/svg"));
            QCOMPARE(attributes.value(QStringLiteral("viewBox")), QStringLiteral("0 0 %1 %1").arg(side));
            QCOMPARE(attributes.value(QStringLiteral("width")).toInt(), side * SavedModulePixels);
            QCOMPARE(attributes.value(QStringLiteral("height")).toInt(), side * SavedModulePixels);
            QCOMPARE(attributes.value(QStringLiteral("shape-rendering")), QStringLiteral("crispEdges"));
        } else if (xml.name() == QLatin1String("rect")) {
            sawBackground = true;
            QCOMPARE(attributes.value(QStringLiteral("fill")), QStringLiteral("#ffffff"));
            QCOMPARE(attributes.value(QStringLiteral("width")).toInt(), side);
        } else if (xml.name() == QLatin1String("path")) {
            QCOMPARE(attributes.value(QStringLiteral("fill")), QStringLiteral("#000000"));
            outline = attributes.value(QStringLiteral("d")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawRoot);
    QVERIFY(sawBackground);

    // Every dark module, and no other, must be covered by the path.
    const std::vector<bool> drawn = modulesFromPath(outline, side);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const int codeX = x - MinQuietModules;
            const int codeY = y - MinQuietModules;
            const bool inCode = codeX >= 0 && codeY >= 0 && codeX < m_matrix->size && codeY < m_matrix->size;
            const bool expected = inCode && m_matrix->isDark(codeX, codeY);
            QVERIFY2(drawn[static_cast<size_t>(y) * side + x] == expected,
                     qPrintable(QStringLiteral("module %1,%2").arg(x).arg(y)));
        }
    }
}

void TestPassImage::decodeErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("absent.png")) << ErrorCode::NotFound
                                  << QStringLiteral("not found");

    const QString textFile = m_dir.filePath(QStringLiteral("notes.png"));
    QFile notes(textFile);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("meeting at the cafe at seven\n");
    notes.close();
    QTest::newRow("text file named .png") << textFile << ErrorCode::InvalidArgument
                                          << QStringLiteral("is not an image");

    const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
    QImage white(300, 300, QImage::Format_Grayscale8);
    white.fill(Qt::white);
    QVERIFY(white.save(blank, "PNG"));
    QTest::newRow("no QR code") << blank << ErrorCode::NotFound << QStringLiteral("no QR code found");

    const QString hello = writeQrPng(QStringLiteral("hello"), QStringLiteral("hello.png"));
    QVERIFY(!hello.isEmpty());
    QTest::newRow("not a pass") << hello << ErrorCode::InvalidArgument
                                << QStringLiteral("not a Mesi meeting pass: its text starts with \"hello\"");

    QTest::newRow("folder") << m_dir.path() << ErrorCode::InvalidArgument << QStringLiteral("is not a file");
}

void TestPassImage::decodeErrors()
{
    QFETCH(QString, path);
    QFETCH(ErrorCode, code);
    QFETCH(QString, reason);

    const Result<QString> decoded = decodePassImageFile(path);
    QVERIFY(!decoded.ok());
    const QString message = decoded.error().message;
    QCOMPARE(decoded.error().code, code);
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestPassImage::foreignTextQuotedShort()
{
    const QString longText = QStringLiteral("https://example.org/") + QString(80, QLatin1Char('x'));
    const QString path = writeQrPng(longText, QStringLiteral("link.png"));
    QVERIFY(!path.isEmpty());

    const Result<QString> decoded = decodePassImageFile(path);
    QVERIFY(!decoded.ok());
    const QString message = decoded.error().message;
    QVERIFY2(message.contains(longText.left(40) + QChar(0x2026)), qPrintable(message));
    QVERIFY2(!message.contains(longText.left(41)), qPrintable(message));
}

void TestPassImage::saveToMissingFolderFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/pass.png"));
    const Result<void> png = savePassPng(m_passText, path);
    QVERIFY(!png.ok());
    QCOMPARE(png.error().code, ErrorCode::Storage);
    QVERIFY2(png.error().message.contains(path), qPrintable(png.error().message));

    const QString svgPath = m_dir.filePath(QStringLiteral("no-such-folder/pass.svg"));
    const Result<void> svg = savePassSvg(m_passText, svgPath);
    QVERIFY(!svg.ok());
    QVERIFY2(svg.error().message.contains(svgPath), qPrintable(svg.error().message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestPassImage)
#include "tst_passimage.moc"
