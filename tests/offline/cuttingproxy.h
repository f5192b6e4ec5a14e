#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

/**
 * A loopback TCP proxy in front of the sandbox that can cut a WebSocket connection in the
 * middle of a frame, the way a dropped mobile link or a crashing gateway does.
 */
class CuttingProxy : public QObject
{
    Q_OBJECT

public:
    explicit CuttingProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~CuttingProxy() override;

    bool listen();
    QUrl url() const;

    /// The next server-to-client chunk after a WebSocket handshake is forwarded only in part.
    void armCut() { m_armed = true; }
    bool isArmed() const { return m_armed; }
    int cuts() const { return m_cuts; }
    int webSocketHandshakes() const { return m_handshakes; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pendingUpstream; ///< Client bytes that arrived before upstream connected.
        QByteArray responseHead;    ///< Server bytes until the end of the HTTP response head.
        bool upgraded = false;
    };

    void accept();
    void forwardToClient(Link *link);
    void close(Link *link);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QList<Link *> m_links;
    bool m_armed = false;
    int m_cuts = 0;
    int m_handshakes = 0;
};
