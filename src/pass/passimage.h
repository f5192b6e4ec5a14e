#pragma once

#include "qrcode.h"

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace mesi::pass {

/// Width of the white quiet zone around a QR code, in modules; QR readers expect at least four.
inline constexpr int MinQuietModules = 4;

/// Pixels per module in saved PNG files, and in the width and height that saved SVG files declare.
inline constexpr int SavedModulePixels = 12;

/**
 * Draws matrix as a Grayscale8 image: dark modules pure black (0) and everything else, the
 * quiet zone included, pure white (255). Each side is (size + 2 * quietModules) * modulePixels
 * pixels. Returns a null image when modulePixels < 1, quietModules < 0, the matrix is empty or
 * the image would be larger than 32767 pixels a side.
 */
QImage renderQrImage(const QrMatrix &matrix, int modulePixels, int quietModules = MinQuietModules);

/**
 * Writes matrix as a standalone UTF-8 SVG document whose viewBox counts modules: a white
 * background over the whole code and quiet zone, and one black path for the dark modules.
 * Returns an empty array when quietModules < 0 or the matrix is empty.
 */
QByteArray renderQrSvg(const QrMatrix &matrix, int quietModules = MinQuietModules);

/// Finds and decodes one QR code in image, such as a camera frame; transparent pixels count as white.
Result<QString> decodeQrImage(const QImage &image);

/// Prefix and name of one kind of signed code, such as "MP1:" and "meeting pass".
struct CodeKind
{
    QString prefix;
    QString name; ///< For error messages: "the QR code in FILE is not a Mesi <name>".
};

/**
 * Reads the QR code in an image file (any format QImageReader supports, such as PNG or JPEG)
 * and returns its text. Transparent pixels count as white. Fails with NotFound when the file is
 * missing or contains no readable QR code, with Storage when it cannot be opened, and with
 * InvalidArgument when it is not an image or its code does not start with kind.prefix.
 * The signature is not checked, so verify the text before trusting it.
 */
Result<QString> decodeCodeImageFile(const QString &path, const CodeKind &kind);

/// Reads a meeting pass (text starting with passPrefix()) from an image file; see decodeCodeImageFile().
Result<QString> decodePassImageFile(const QString &path);

/// Encodes passText as a QR code and writes it to path as a PNG file, replacing the file atomically.
Result<void> savePassPng(const QString &passText, const QString &path);

/// Encodes passText as a QR code and writes it to path as an SVG file, replacing the file atomically.
Result<void> savePassSvg(const QString &passText, const QString &path);

} // namespace mesi::pass
