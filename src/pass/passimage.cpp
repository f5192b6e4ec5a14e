#include "passimage.h"

#include "meetingpass.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cstring>

namespace mesi::pass {

namespace {

// Far above any real code (version 40 at 100 pixels a module is 18,500 pixels a side), so a
// wrong argument returns a null image instead of allocating gigabytes.
constexpr qint64 MaxImageSide = 32767;

// Enough of a foreign QR text to recognise it in an error message, not a whole payload.
constexpr qsizetype MaxQuotedChars = 40;

bool isWellFormed(const QrMatrix &matrix)
{
    return matrix.size > 0
        && matrix.dark.size() == static_cast<size_t>(matrix.size) * static_cast<size_t>(matrix.size);
}

/// Composes an image with an alpha channel over white, as a viewer on a white page shows it.
QImage flattenOnWhite(const QImage &image)
{
    QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(argb.scanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const int alpha = qAlpha(line[x]);
            const auto blend = [alpha](int channel) { return (channel * alpha + 255 * (255 - alpha)) / 255; };
            line[x] = qRgb(blend(qRed(line[x])), blend(qGreen(line[x])), blend(qBlue(line[x])));
        }
    }
    return argb;
}

/// Returns the image as tightly packed 8-bit grey rows, as decodeQr() expects.
QByteArray greyPixels(const QImage &image)
{
    const QImage opaque = image.hasAlphaChannel() ? flattenOnWhite(image) : image;
    const QImage grey = opaque.convertToFormat(QImage::Format_Grayscale8);

    QByteArray bytes(static_cast<qsizetype>(grey.width()) * grey.height(), Qt::Uninitialized);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(bytes.data() + static_cast<qsizetype>(y) * grey.width(), grey.constScanLine(y),
                    static_cast<size_t>(grey.width()));
    return bytes;
}

/// Returns the start of foreign text for an error message, with control characters replaced.
QString quoteStart(const QString &text)
{
    QString start = text.left(MaxQuotedChars);
    if (!start.isEmpty() && start.back().isHighSurrogate())
        start.chop(1); // Never show half of a character outside the Basic Multilingual Plane.
    for (QChar &character : start) {
        if (!character.isPrint() && !character.isSurrogate())
            character = QChar::ReplacementCharacter;
    }
    if (start.size() < text.size())
        start.append(QChar(0x2026)); // Horizontal ellipsis: the quote is cut short.
    return start;
}

/// Writes data to path through a temporary file, so a failed write keeps any older file whole.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot write %1: %2; choose a folder you can write to")
                             .arg(path, file.errorString()));
    }
    if (file.write(data) != data.size() || !file.commit()) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot save %1: %2; check the free disk space and try again")
                             .arg(path, file.errorString()));
    }
    return {};
}

Result<QrMatrix> encodeForFile(const QString &passText, const QString &path)
{
    Result<QrMatrix> matrix = encodeQr(passText);
    if (!matrix.ok()) {
        return makeError(matrix.error().code, QStringLiteral("cannot save the pass to %1: %2")
                                                  .arg(path, matrix.error().message));
    }
    return matrix;
}

} // namespace

QImage renderQrImage(const QrMatrix &matrix, int modulePixels, int quietModules)
{
    if (!isWellFormed(matrix) || modulePixels < 1 || quietModules < 0)
        return {};
    const qint64 side = (static_cast<qint64>(matrix.size) + 2 * static_cast<qint64>(quietModules)) * modulePixels;
    if (side > MaxImageSide)
        return {};

    QImage image(static_cast<int>(side), static_cast<int>(side), QImage::Format_Grayscale8);
    if (image.isNull())
        return {}; // Out of memory.
    image.fill(Qt::white);

    for (int y = 0; y < matrix.size; ++y) {
        for (int dy = 0; dy < modulePixels; ++dy) {
            uchar *line = image.scanLine((quietModules + y) * modulePixels + dy);
            for (int x = 0; x < matrix.size; ++x) {
                if (matrix.isDark(x, y))
                    std::memset(line + (quietModules + x) * modulePixels, 0, static_cast<size_t>(modulePixels));
            }
        }
    }
    return image;
}

QByteArray renderQrSvg(const QrMatrix &matrix, int quietModules)
{
    if (!isWellFormed(matrix) || quietModules < 0)
        return {};
    const int side = matrix.size + 2 * quietModules;

    // One subpath per horizontal run of dark modules keeps the file small and free of seams.
    QString outline;
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size;) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < matrix.size && matrix.isDark(x + run, y))
                ++run;
            outline += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + quietModules).arg(y + quietModules).arg(run);
            x += run;
        }
    }

    QByteArray svg;
    QXmlStreamWriter xml(&svg);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(side * SavedModulePixels));
    xml.writeAttribute(QStringLiteral("height"), QString::number(side * SavedModulePixels));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %1").arg(side));
    xml.writeAttribute(QStringLiteral("shape-rendering"), QStringLiteral("crispEdges"));

    xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Mesi meeting pass"));

    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(side));
    xml.writeAttribute(QStringLiteral("height"), QString::number(side));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));

    xml.writeEmptyElement(QStringLiteral("path"));
    xml.writeAttribute(QStringLiteral("d"), outline);
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#000000"));

    xml.writeEndElement();
    xml.writeEndDocument();
    return svg;
}

Result<QString> decodeQrImage(const QImage &image)
{
    if (image.isNull())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the image is empty"));
    return decodeQr(greyPixels(image), image.width(), image.height());
}

Result<QString> decodeCodeImageFile(const QString &path, const CodeKind &kind)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 image %2 not found; check the folder and file name")
                             .arg(kind.name, path));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not a file; choose the image file of the %2")
                             .arg(path, kind.name));
    }

    QImageReader reader(path);
    reader.setAutoTransform(true); // Photos from phones carry their rotation in EXIF.
    const QImage image = reader.read();
    if (image.isNull()) {
        if (reader.error() == QImageReader::DeviceError) {
            return makeError(ErrorCode::Storage,
                             QStringLiteral("cannot read %1: %2; check that the file is readable")
                                 .arg(path, reader.errorString()));
        }
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not an image that can be read (%2); use a PNG or JPEG file")
                             .arg(path, reader.errorString()));
    }

    const Result<QString> text = decodeQrImage(image);
    if (!text.ok()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no QR code found in %1; use a sharp image of the whole code "
                                        "with its white border")
                             .arg(path));
    }
    if (!text->startsWith(kind.prefix)) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the QR code in %1 is not a Mesi %2: its text starts "
                                        "with \"%3\" instead of \"%4\"")
                             .arg(path, kind.name, quoteStart(text.value()), kind.prefix));
    }
    return text;
}

Result<QString> decodePassImageFile(const QString &path)
{
    return decodeCodeImageFile(path, CodeKind{passPrefix(), QStringLiteral("meeting pass")});
}

Result<void> savePassPng(const QString &passText, const QString &path)
{
    const Result<QrMatrix> matrix = encodeForFile(passText, path);
    if (!matrix.ok())
        return matrix.error();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(renderQrImage(matrix.value(), SavedModulePixels))) {
        return makeError(ErrorCode::Storage, QStringLiteral("cannot encode the pass as PNG for %1: %2")
                                                 .arg(path, writer.errorString()));
    }
    return writeFileAtomically(path, png);
}

Result<void> savePassSvg(const QString &passText, const QString &path)
{
    const Result<QrMatrix> matrix = encodeForFile(passText, path);
    if (!matrix.ok())
        return matrix.error();
    return writeFileAtomically(path, renderQrSvg(matrix.value()));
}

} // namespace mesi::pass
