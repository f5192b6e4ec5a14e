#pragma once

#include "core/result.h"

class QCoreApplication;

namespace mesi {

/**
 * Makes SIGINT and SIGTERM quit the application's event loop instead of killing the
 * process, so destructors run and sandbox.sqlite is closed cleanly. The handler only
 * writes one byte to a socket pair; a QSocketNotifier does the rest on the main thread.
 * Call once, before exec(). On systems without POSIX signals it does nothing.
 */
Result<void> quitOnTerminationSignals(QCoreApplication &application);

} // namespace mesi
