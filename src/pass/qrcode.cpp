#include "qrcode.h"

// Selects the std::string text() of ZXing 1.4 and silences its transition message.
#define ZX_USE_UTF8 1

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <stdexcept>

namespace mesi::pass {

namespace {
// MultiFormatWriter maps its 0-8 scale to QR levels by (level - 1) / 2, so 5 selects Q.
constexpr int EccLevelQuartile = 5;
} // namespace

Result<QrMatrix> encodeQr(const QString &text)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(EccLevelQuartile).setMargin(0);
        const ZXing::BitMatrix bits = writer.encode(text.toStdWString(), 0, 0);

        QrMatrix matrix;
        matrix.size = bits.width();
        matrix.dark.resize(static_cast<size_t>(bits.width()) * bits.height());
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                matrix.dark[static_cast<size_t>(y) * bits.width() + x] = bits.get(x, y);
        }
        return matrix;
    } catch (const std::exception &error) {
        // ZXing reports content that does not fit any QR version by throwing; keep it inside.
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cannot encode %1 characters as a QR code: %2")
                             .arg(text.size())
                             .arg(QString::fromLocal8Bit(error.what())));
    }
}

Result<QString> decodeQr(const QByteArray &grey, int width, int height)
{
    if (width <= 0 || height <= 0 || grey.size() < static_cast<qsizetype>(width) * height) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a %1x%2 grey image needs %3 bytes, got %4")
                             .arg(width)
                             .arg(height)
                             .arg(static_cast<qsizetype>(width) * height)
                             .arg(grey.size()));
    }

    const ZXing::ImageView image(reinterpret_cast<const uint8_t *>(grey.constData()), width, height,
                                 ZXing::ImageFormat::Lum);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);

    const ZXing::Result result = ZXing::ReadBarcode(image, hints);
    if (!result.isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no readable QR code in the image"));
    return QString::fromStdString(result.text());
}

} // namespace mesi::pass
