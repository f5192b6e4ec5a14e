#pragma once

#include "core/result.h"
#include "pass/signingkey.h"

#include <QString>

namespace mesi::sync {

/**
 * Loads the device's pass-signing key from its seed file, or creates a new key and its
 * file (mode 0600 on Unix) when there is none. An empty path makes a key that lives in
 * memory only. A file of the wrong size is an error that names it, never replaced, so a
 * key whose passes fans already hold is not lost by accident.
 */
Result<pass::SigningKey> loadOrCreatePassKey(const QString &path);

/// The seed file of an account's pass key, next to its cache file.
QString passKeyPathFor(const QString &cachePath);

} // namespace mesi::sync
