#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Helpers shared by the libFuzzer targets in this folder. fuzzsupport.cpp also defines
// LLVMFuzzerInitialize, so each target links it as a source file, not from an archive.
namespace mesi::fuzz {

/// Wraps libFuzzer's input without copying it, so AddressSanitizer reports any read past its end.
inline QByteArray inputBytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

/// Stops the run with a message when a property that must hold for every input does not.
/// libFuzzer then saves the input as a crash file.
[[noreturn]] void fail(const char *property, const QString &detail);

} // namespace mesi::fuzz
