#pragma once

#include "core/result.h"
#include "pass/signingkey.h"

#include <QString>

namespace mesi::fancli {

/**
 * Loads the fan's Ed25519 key, which signs fan confirmation codes, from its 32-byte seed
 * file, or creates a new key and its file (mode 0600, folders created as needed) when there
 * is none. A file of the wrong size is an error that names it and is never replaced.
 */
Result<pass::SigningKey> loadOrCreateFanKey(const QString &path);

/// The default key file of a fan profile: one file per fan name in mesi-fan's data folder.
QString defaultFanKeyPath(const QString &fanName);

} // namespace mesi::fancli
