#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace mesi::pass {

/// The modules of a QR code without its quiet zone; renderers add at least four modules of margin.
struct QrMatrix
{
    int size = 0;           ///< Modules per side.
    std::vector<bool> dark; ///< size * size entries, row by row.

    bool isDark(int x, int y) const { return dark[static_cast<size_t>(y) * size + x]; }
};

/// Encodes text as a QR code with error correction level Q (about 25 % of the code recoverable).
Result<QrMatrix> encodeQr(const QString &text);

/**
 * Finds and decodes one QR code in an 8-bit grey image, such as a camera frame.
 * Returns an error when the image contains no readable QR code.
 */
Result<QString> decodeQr(const QByteArray &grey, int width, int height);

} // namespace mesi::pass
