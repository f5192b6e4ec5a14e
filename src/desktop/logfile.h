#pragma once

#include "core/result.h"

#include <QString>

namespace mesi::desktop {

/**
 * Sets the console's logging filter: the mesi.* categories print warnings and worse only,
 * or info and worse when verbose. Rules in QT_LOGGING_RULES and QT_LOGGING_CONF are applied
 * after these, so they still switch any category on or off.
 */
void applyConsoleLoggingRules(bool verbose);

/**
 * The console's optional log file: while started, every message that passes the logging
 * filter is appended to the file with its time, level and category, and still goes to the
 * previous message handler (normally stderr).
 *
 * Message handlers are global to the process, so this is a set of static functions; they
 * may be called from any thread.
 */
class LogFile
{
public:
    LogFile() = delete;

    /// The log file of a profile whose data lives in dataDir.
    static QString pathFor(const QString &dataDir);

    /// Opens path for appending and installs the handler. A file over 4 MiB is first moved to path + ".1".
    static Result<void> start(const QString &path);
    /// Restores the previous handler and closes the file.
    static void stop();

    static bool isActive();
    /// The file being written, or an empty string when stopped.
    static QString path();
};

} // namespace mesi::desktop
