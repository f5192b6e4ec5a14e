#include "sandboxserver.h"

#include "core/logging.h"
#include "demofan.h"
#include "demoseed.h"
#include "eventhub.h"
#include "httpserver.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QTcpServer>
#include <QTimer>

namespace mesi::sandbox {

SandboxServer::SandboxServer(QObject *parent) : QObject(parent) {}

SandboxServer::~SandboxServer()
{
    stop();
}

Result<void> SandboxServer::start(const SandboxOptions &options)
{
    if (isRunning()) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the sandbox is already running on %1; stop it first")
                             .arg(url().toString()));
    }
    if (!options.host.isLoopback()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid host '%1': the sandbox only listens on loopback "
                                        "(127.x.x.x or ::1)")
                             .arg(options.host.toString()),
                         QStringLiteral("host"));
    }
    if (Result<void> sodium = initSodium(); !sodium)
        return sodium;

    Result<std::unique_ptr<SandboxStore>> store = SandboxStore::open(options.dataDir);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_store->events().setRetention(options.eventRetention);
    m_store->accounts().setAccessTokenLifetime(options.tokenLifetimeSeconds);

    m_seededDemo = false;
    if (options.seedDemo) {
        Result<SeedOutcome> seeded = seedDemo(*m_store, nowUtc());
        if (!seeded) {
            m_store.reset();
            return seeded.error();
        }
        m_seededDemo = seeded.value() == SeedOutcome::Seeded;
        if (!m_seededDemo) {
            qCInfo(lcSandboxDemo).noquote() << "data folder" << options.dataDir
                                  << "already has creators; kept its data and did not seed";
        }
    }

    m_http = new HttpServer(this);
    auto *tcpServer = new QTcpServer(m_http);
    if (!tcpServer->listen(options.host, options.port)) {
        const QString reason = tcpServer->errorString();
        stop();
        return makeError(ErrorCode::Network,
                         QStringLiteral("cannot listen on %1 port %2: %3; pick another port "
                                        "with --listen")
                             .arg(options.host.toString())
                             .arg(options.port)
                             .arg(reason),
                         QStringLiteral("listen"));
    }
    m_http->bind(tcpServer);
    m_host = options.host;
    m_port = tcpServer->serverPort();

    m_api = std::make_unique<SandboxApi>(*m_store);
    m_api->registerRoutes(*m_http);

    m_hub = new EventHub(*m_store, this);
    m_store->events().setListener([hub = m_hub](const QString &creatorId,
                                               const contract::Event &event) {
        if (hub)
            hub->publish(creatorId, event);
    });
    connect(m_http, &HttpServer::newWebSocketConnection, m_hub, [this]() {
        while (m_http->hasPendingWebSocketConnections())
            m_hub->addSocket(m_http->nextPendingWebSocketConnection().release());
    });

    // Deadlines pass without any request, so a timer applies them and the console receives
    // an expired bid or an unanswered KYF request at once.
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(1000);
    connect(m_sweepTimer, &QTimer::timeout, this, [this]() {
        if (!m_store)
            return;
        if (Result<int> swept = m_store->sweep(nowUtc()); !swept)
            qCWarning(lcSandboxHttp).noquote() << "deadline sweep failed:" << swept.error().message;
    });
    m_sweepTimer->start();

    if (options.seedDemo && options.demoFanIntervalSeconds > 0) {
        m_demoFan = new DemoFan(*m_store, this);
        m_demoFan->start(options.demoFanIntervalSeconds);
    }

    qCInfo(lcSandboxHttp).noquote() << "sandbox listening on" << url().toString() << "with data in"
                          << m_store->databasePath();
    return {};
}

void SandboxServer::stop()
{
    // The children below use m_store, and ~QObject would delete them only after m_store,
    // so they are deleted here first.
    delete m_demoFan.data();
    delete m_sweepTimer.data();
    delete m_hub.data();
    delete m_http.data();
    m_api.reset();

    if (m_store) {
        qCInfo(lcSandboxHttp).noquote() << "sandbox stopped; closing" << m_store->databasePath();
        m_store.reset();
    }
    m_port = 0;
}

bool SandboxServer::isRunning() const
{
    return m_http && m_store;
}

QUrl SandboxServer::url() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host.toString());
    url.setPort(m_port);
    return url;
}

QString SandboxServer::databasePath() const
{
    return m_store ? m_store->databasePath() : QString();
}

} // namespace mesi::sandbox
