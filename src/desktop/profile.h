#pragma once

#include "core/result.h"

#include <QString>

namespace mesi::desktop {

/// Name of the profile used when --profile is not given.
QString defaultProfileName();

/// Maximum length of a profile name in characters.
constexpr int MaxProfileNameLength = 64;

/**
 * Checks a profile name: 1 to MaxProfileNameLength ASCII letters, digits, '-' or '_', so it
 * is safe as a file name and a local socket name on every platform. Returns the name, or an
 * error that names the rejected value.
 */
Result<QString> validateProfileName(const QString &name);

/// Paths of one profile's settings file and data folder.
struct ProfilePaths
{
    QString name;
    QString settingsFile; ///< INI file read and written through QSettings.
    QString dataDir;      ///< Demo sandbox database, log file and other per-profile data.
};

/**
 * Paths of profile name below configRoot and dataRoot (normally AppConfigLocation and
 * AppLocalDataLocation). The default profile keeps its data directly in dataRoot, where
 * the console kept it before profiles existed.
 */
ProfilePaths profilePaths(const QString &name, const QString &configRoot, const QString &dataRoot);

/// Whether the profile was created before, which is when its settings file exists.
bool profileExists(const ProfilePaths &paths);

/// Creates the profile's folders and settings file; an existing profile is left as it is.
Result<void> createProfile(const ProfilePaths &paths);

} // namespace mesi::desktop
