#pragma once

#include "core/result.h"
#include "secrets/securebytes.h"

#include <QString>

#include <optional>

namespace mesi::sync {

/// Size of a pass-signing key seed, in bytes (crypto_sign_SEEDBYTES).
inline constexpr qsizetype PassKeySeedBytes = 32;

/// The seed file that earlier versions kept next to an account's cache file.
QString legacyPassKeyPathFor(const QString &cachePath);

/**
 * Reads the seed of a pass key file written by an earlier version, for moving it into the
 * secret store. Returns nullopt when there is no file. A file of the wrong size is an error
 * that names it, and the file stays.
 */
Result<std::optional<secrets::SecureBytes>> readLegacyPassKey(const QString &path);

/// Overwrites the legacy file with zeros, then deletes it, once its seed is in the secret store.
Result<void> destroyLegacyPassKey(const QString &path);

} // namespace mesi::sync
