#include "eventhub.h"

#include "contract/wire.h"
#include "core/logging.h"
#include "sandboxstore.h"

#include <QJsonDocument>
#include <QTimer>

namespace mesi::sandbox {

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

EventHub::EventHub(SandboxStore &store, QObject *parent) : QObject(parent), m_store(store) {}

void EventHub::addSocket(QWebSocket *socket)
{
    socket->setParent(this);
    m_clients.insert(socket, Client{socket, {}});
    connect(socket, &QWebSocket::disconnected, this, [this, socket]() { forget(socket); });

    const QString path = socket->requestUrl().path();
    if (path != QLatin1String("/v1/events")) {
        qCInfo(lcSandboxEvents).noquote() << "closing a WebSocket opened on" << path;
        closeSocket(socket, QWebSocketProtocol::CloseCodePolicyViolated,
                    QStringLiteral("no WebSocket at %1; use /v1/events").arg(path));
        return;
    }

    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { handleHello(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket]() {
        closeSocket(socket, contract::CloseProtocolError,
                    QStringLiteral("binary messages are not part of the events protocol"));
    });

    auto *helloTimer = new QTimer(socket);
    helloTimer->setSingleShot(true);
    connect(helloTimer, &QTimer::timeout, this, [this, socket]() {
        const Client client = m_clients.value(socket);
        if (client.creatorId.isEmpty() && !client.closing) {
            closeSocket(socket, contract::CloseProtocolError,
                        QStringLiteral("no hello within %1 seconds").arg(HelloTimeoutMs / 1000));
        }
    });
    helloTimer->start(HelloTimeoutMs);
}

void EventHub::handleHello(QWebSocket *socket, const QString &message)
{
    const Client client = m_clients.value(socket);
    if (client.closing)
        return;
    if (!client.creatorId.isEmpty()) {
        qCDebug(lcSandboxEvents) << "ignoring a message after the hello";
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    const QJsonObject hello = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || hello.value(QStringLiteral("type")).toString() != QLatin1String("hello")) {
        closeSocket(socket, contract::CloseProtocolError,
                    QStringLiteral("expected {\"type\":\"hello\",\"token\":...,\"after\":...}"));
        return;
    }

    const QJsonValue afterValue = hello.value(QStringLiteral("after"));
    const double afterNumber = afterValue.toDouble(-1);
    const qint64 after = static_cast<qint64>(afterNumber);
    if (!afterValue.isDouble() || afterNumber < 0 || static_cast<double>(after) != afterNumber) {
        closeSocket(socket, contract::CloseProtocolError,
                    QStringLiteral("hello field 'after' must be a whole number, 0 or more"));
        return;
    }

    const QString token = hello.value(QStringLiteral("token")).toString();
    Result<std::optional<Principal>> principal = token.isEmpty()
                                                     ? std::optional<Principal>()
                                                     : m_store.accounts().authenticate(token);
    if (!principal && principal.error().code == ErrorCode::Unauthorized) {
        closeSocket(socket, contract::CloseUnauthorized, principal.error().message);
        return;
    }
    if (!principal) {
        qCWarning(lcSandboxEvents).noquote()
            << "checking a hello token failed:" << principal.error().message;
        closeSocket(socket, QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                    QStringLiteral("internal error"));
        return;
    }
    if (!principal.value() || !principal.value()->isCreator()) {
        closeSocket(socket, contract::CloseUnauthorized,
                    QStringLiteral("missing or unknown creator token; sign in again"));
        return;
    }

    const QString creatorId = principal.value()->id;
    Result<qint64> newest = m_store.events().newestSeq(creatorId);
    Result<qint64> oldest = m_store.events().oldestSeq(creatorId);
    Result<QList<contract::Event>> missed = m_store.events().eventsAfter(creatorId, after);
    if (!newest || !oldest || !missed) {
        qCWarning(lcSandboxEvents).noquote() << "reading events failed for creator" << creatorId;
        closeSocket(socket, QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                    QStringLiteral("internal error"));
        return;
    }

    if (after > newest.value()) {
        socket->sendTextMessage(toText(QJsonObject{{QStringLiteral("type"), QStringLiteral("resync")},
                                                   {QStringLiteral("seq"), newest.value()}}));
        closeSocket(socket, QWebSocketProtocol::CloseCodeNormal,
                    QStringLiteral("after is beyond the newest event; list the bids again"));
        return;
    }
    // With --event-retention the events right after `after` may be gone; replaying the
    // rest would leave a gap, so the client lists again.
    if (oldest.value() > 0 && after < oldest.value() - 1) {
        qCInfo(lcSandboxEvents) << "creator" << creatorId << "asked to resume after" << after
                                << "but the oldest kept event is" << oldest.value();
        socket->sendTextMessage(toText(QJsonObject{{QStringLiteral("type"), QStringLiteral("resync")},
                                                   {QStringLiteral("seq"), newest.value()}}));
        closeSocket(socket, QWebSocketProtocol::CloseCodeNormal,
                    QStringLiteral("after is older than the oldest kept event; list the bids again"));
        return;
    }

    m_clients[socket].creatorId = creatorId;
    socket->sendTextMessage(toText(QJsonObject{{QStringLiteral("type"), QStringLiteral("ready")},
                                               {QStringLiteral("seq"), newest.value()}}));
    for (const contract::Event &event : missed.value())
        socket->sendTextMessage(toText(contract::toJson(event)));
    qCDebug(lcSandboxEvents) << "events socket ready for creator" << creatorId << "after" << after
                             << "replayed" << missed->size();
}

void EventHub::publish(const QString &creatorId, const contract::Event &event)
{
    const QString text = toText(contract::toJson(event));
    for (const Client &client : std::as_const(m_clients)) {
        if (client.socket && client.creatorId == creatorId)
            client.socket->sendTextMessage(text);
    }
}

void EventHub::closeSocket(QWebSocket *socket, quint16 code, const QString &reason)
{
    // Stop pushing events at once; the entry goes when the socket reports disconnected.
    Client &client = m_clients[socket];
    client.creatorId.clear();
    client.closing = true;
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void EventHub::forget(QWebSocket *socket)
{
    m_clients.remove(socket);
    socket->deleteLater();
}

} // namespace mesi::sandbox
