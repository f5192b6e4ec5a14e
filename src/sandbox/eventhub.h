#pragma once

#include "contract/codec.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtWebSockets/QWebSocket>

namespace mesi::sandbox {

class SandboxStore;

/**
 * Serves the events WebSocket at /v1/events.
 *
 * A client sends one hello with a creator token and the last seq it applied. The hub then
 * sends ready, replays the stored events after that seq, and pushes each committed event
 * of that creator. Sockets that send no hello within HelloTimeoutMs are closed.
 */
class EventHub : public QObject
{
    Q_OBJECT

public:
    /// Time a new socket has to send its hello, in milliseconds.
    static constexpr int HelloTimeoutMs = 10'000;

    EventHub(SandboxStore &store, QObject *parent = nullptr);

    /// Takes over an upgraded socket; any path other than /v1/events is closed at once.
    void addSocket(QWebSocket *socket);

    /// Sends a committed event to every ready socket of its creator.
    void publish(const QString &creatorId, const contract::Event &event);

    /// Number of sockets that are open, with or without a hello.
    int socketCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QPointer<QWebSocket> socket;
        QString creatorId; ///< Empty until the hello is accepted.
        bool closing = false;
    };

    void handleHello(QWebSocket *socket, const QString &message);
    void closeSocket(QWebSocket *socket, quint16 code, const QString &reason);
    void forget(QWebSocket *socket);

    SandboxStore &m_store;
    QHash<QWebSocket *, Client> m_clients;
};

} // namespace mesi::sandbox
