#include "demosandbox.h"

#include "sandbox/sandboxserver.h"
#include "sync/creatorsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace mesi::testing {

Result<std::unique_ptr<sandbox::SandboxServer>> startDemoSandbox(const QString &dataDir, quint16 port)
{
    sandbox::SandboxOptions options;
    options.host = QHostAddress(QHostAddress::LocalHost);
    options.port = port;
    options.dataDir = dataDir;
    options.seedDemo = true;
    options.demoFanIntervalSeconds = 0;

    auto server = std::make_unique<sandbox::SandboxServer>();
    if (Result<void> started = server->start(options); !started)
        return started.error();
    return server;
}

Result<void> signInAsDemo(sync::CreatorSession &session, int timeoutMs)
{
    QSignalSpy signedIn(&session, &sync::CreatorSession::signedIn);
    QSignalSpy failed(&session, &sync::CreatorSession::signInFailed);
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));

    QElapsedTimer clock;
    clock.start();
    while (signedIn.isEmpty() && failed.isEmpty() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);

    if (!failed.isEmpty())
        return failed.first().first().value<Error>();
    if (signedIn.isEmpty()) {
        return makeError(ErrorCode::Network,
                         QStringLiteral("signing in as demo timed out after %1 ms").arg(timeoutMs));
    }
    return {};
}

} // namespace mesi::testing
