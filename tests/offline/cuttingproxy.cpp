#include "cuttingproxy.h"

CuttingProxy::CuttingProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
}

CuttingProxy::~CuttingProxy()
{
    // Sockets emit disconnected while they are destroyed, so they are closed before m_links goes.
    while (!m_links.isEmpty())
        close(m_links.constFirst());
}

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CuttingProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void CuttingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(this);
        m_links.append(link);

        connect(link->upstream, &QTcpSocket::connected, this, [link] {
            link->upstream->write(std::exchange(link->pendingUpstream, {}));
        });
        connect(client, &QTcpSocket::readyRead, this, [link] {
            const QByteArray data = link->client->readAll();
            if (link->upstream->state() == QAbstractSocket::ConnectedState)
                link->upstream->write(data);
            else
                link->pendingUpstream.append(data);
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { forwardToClient(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void CuttingProxy::forwardToClient(Link *link)
{
    if (!link->client || !link->upstream)
        return;
    QByteArray data = link->upstream->readAll();
    if (!link->upgraded) {
        link->responseHead.append(data);
        const qsizetype headEnd = link->responseHead.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            link->client->write(data);
            return;
        }
        link->upgraded = link->responseHead.startsWith("HTTP/1.1 101");
        if (link->upgraded)
            ++m_handshakes;
        // Bytes after the head are already frames; they go through the cut check below.
        const qsizetype frameBytes = link->responseHead.size() - headEnd - 4;
        link->client->write(data.left(data.size() - frameBytes));
        data = data.right(frameBytes);
        link->responseHead.clear();
        if (data.isEmpty())
            return;
    }

    // A frame header is at most 14 bytes, so a cut after half of a longer chunk always lands
    // inside a frame's payload.
    if (link->upgraded && m_armed && data.size() > 32) {
        m_armed = false;
        ++m_cuts;
        QPointer<QTcpSocket> client = link->client;
        QPointer<QTcpSocket> upstream = link->upstream;
        client->write(data.left(data.size() / 2));
        client->flush();
        // Either abort can delete link through close(), so only the saved pointers are used.
        client->abort();
        if (upstream)
            upstream->abort();
        return;
    }
    link->client->write(data);
}

void CuttingProxy::close(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    for (QTcpSocket *socket : {link->client.data(), link->upstream.data()}) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
    delete link;
}
