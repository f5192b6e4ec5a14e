#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace mesi::sandbox {
class SandboxServer;
}
namespace mesi::sync {
class CreatorSession;
}

namespace mesi::testing {

/// Starts an in-process sandbox on 127.0.0.1 with the demo data and without the demo fan.
/// Port 0 picks a free port; a fixed port lets a test restart the server where it was.
Result<std::unique_ptr<sandbox::SandboxServer>> startDemoSandbox(const QString &dataDir,
                                                                 quint16 port = 0);

/// Signs session in as the demo creator and runs the event loop until the outcome arrives.
Result<void> signInAsDemo(sync::CreatorSession &session, int timeoutMs);

} // namespace mesi::testing
