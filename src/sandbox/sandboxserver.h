#pragma once

#include "core/result.h"
#include "sandboxoptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>



namespace mesi::sandbox {

class DemoFan;
class EventHub;
class HttpServer;
class SandboxApi;
class SandboxStore;

/**
 * mesi-sandbox as an object: a real, local implementation of the Mesi API v1 on loopback,
 * backed by SQLite, for the console, the tests and new users.
 *
 * Threading: create, start and use it on one thread with a running event loop.
 */
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /**
     * Opens or creates the database in options.dataDir, seeds the demo data if asked,
     * listens on options.host:options.port and starts the demo fan. Fails with a message
     * naming the value at fault: a host that is not loopback, a data folder that cannot be
     * written, a database newer than this program, a port in use.
     */
    Result<void> start(const SandboxOptions &options);
    /// Closes every connection and the database; start() may be called again afterwards.
    void stop();

    bool isRunning() const;
    /// Base URL such as http://127.0.0.1:8787, with the real port; empty when not running.
    QUrl url() const;
    quint16 port() const { return m_port; }
    /// True when the last start() wrote the demo data, false when it kept existing data.
    bool seededDemo() const { return m_seededDemo; }
    /// Path of sandbox.sqlite while running.
    QString databasePath() const;

private:
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxApi> m_api;
    QPointer<HttpServer> m_http;
    QPointer<EventHub> m_hub;
    QPointer<DemoFan> m_demoFan;
    QPointer<QTimer> m_sweepTimer;
    QHostAddress m_host;
    quint16 m_port = 0;
    bool m_seededDemo = false;
};

} // namespace mesi::sandbox
