#include "eventstream.h"

#include "certificateerror.h"

#include "contract/eventframe.h"
#include "contract/wire.h"
#include "core/logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>

namespace mesi::api {

namespace {
constexpr int MaxReconnectDelayMs = 30000;
}

EventStream::EventStream(QObject *parent) : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    m_queueTimer.setSingleShot(true);
    connect(&m_queueTimer, &QTimer::timeout, this, &EventStream::processQueue);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::openSocket);
}

EventStream::~EventStream()
{
    m_running = false;
    if (m_socket)
        m_socket->abort();
}

void EventStream::start(const QUrl &url, const QString &token, qint64 afterSeq)
{
    stop();
    m_url = url;
    m_token = token;
    m_lastSeq = afterSeq;
    m_attempt = 0;
    m_running = true;
    openSocket();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_queueTimer.stop();
    m_queue.clear();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    setState(State::Disconnected);
}

void EventStream::openSocket()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Past these limits Qt closes the socket with code 1009 (message too big) instead of
    // buffering whatever the server sends. One frame may be as large as one message.
    m_socket->setMaxAllowedIncomingMessageSize(contract::MaxEventFrameBytes);
    m_socket->setMaxAllowedIncomingFrameSize(contract::MaxEventFrameBytes);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        const QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                                {QStringLiteral("token"), m_token},
                                {QStringLiteral("after"), m_lastSeq}};
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        qCDebug(lcApiEvents) << "hello sent, resuming after seq" << m_lastSeq;
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::queueText);
    // The errors are never ignored, so the socket closes after this signal.
    m_certificateError.reset();
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_certificateError = certificateError(m_url, errors,
                                              m_socket->sslConfiguration().peerCertificate());
        qCWarning(lcApiEvents) << "events socket stopped: the certificate of" << m_url.host()
                               << "failed verification:" << errors.constFirst().errorString();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &EventStream::handleDisconnect);

    setState(State::Connecting);
    m_socket->open(m_url);
}

void EventStream::queueText(const QString &text)
{
    m_queue.append(text);
    if (!m_queueTimer.isActive())
        m_queueTimer.start(0);
}

void EventStream::processQueue()
{
    // A replay can bring thousands of messages in one read. Handling them in slices of a few
    // milliseconds lets the event loop paint and take input in between.
    constexpr qint64 SliceMs = 8;
    QElapsedTimer slice;
    slice.start();
    while (!m_queue.isEmpty() && slice.elapsed() < SliceMs) {
        const QString text = m_queue.takeFirst();
        handleText(text);
    }
    if (!m_queue.isEmpty())
        m_queueTimer.start(0);
}

void EventStream::handleText(const QString &text)
{
    Result<contract::ServerMessage> message = contract::readServerMessage(text);
    if (!message) {
        qCWarning(lcApiEvents) << "skipped a malformed event message:" << message.error().message;
        Q_EMIT protocolProblem(message.error());
        return;
    }

    if (message->kind == contract::ServerMessage::Kind::Ready) {
        m_attempt = 0;
        setState(State::Live);
        qCInfo(lcApiEvents) << "events live; server at seq" << message->seq << "client at"
                            << m_lastSeq;
        return;
    }
    if (message->kind == contract::ServerMessage::Kind::Resync) {
        const qint64 serverSeq = message->seq;
        qCInfo(lcApiEvents) << "server cannot resume after seq" << m_lastSeq << "; it is at"
                            << serverSeq;
        stop();
        Q_EMIT resyncRequired(serverSeq);
        return;
    }

    const contract::Event *event = &message->event;
    if (event->seq <= m_lastSeq) {
        qCDebug(lcApiEvents) << "skipped duplicate event seq" << event->seq;
        return;
    }
    if (event->seq != m_lastSeq + 1) {
        qCWarning(lcApiEvents) << "gap in events: expected seq" << m_lastSeq + 1 << "got"
                               << event->seq;
        stop();
        Q_EMIT resyncRequired(event->seq);
        return;
    }

    m_lastSeq = event->seq;
    Q_EMIT eventReceived(*event);
}

void EventStream::handleDisconnect()
{
    if (!m_socket)
        return;

    if (m_certificateError) {
        const Error error = *m_certificateError;
        stop();
        Q_EMIT certificateRejected(error);
        return;
    }

    const auto code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    if (code == contract::CloseUnauthorized) {
        qCWarning(lcApiEvents) << "events socket refused the token";
        stop();
        Q_EMIT authenticationFailed(makeError(
            ErrorCode::Unauthorized,
            QStringLiteral("the server refused the session token for live updates; sign in again")));
        return;
    }

    qCInfo(lcApiEvents) << "events socket closed" << code << reason << m_socket->errorString();
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (!m_running)
        return;

    // Equal jitter (half fixed, half random) keeps many clients from reconnecting in step.
    const int shift = std::min(m_attempt, 5);
    const int window = std::min(MaxReconnectDelayMs, m_baseDelayMs * (1 << shift));
    const int delay = window / 2 + QRandomGenerator::global()->bounded(window / 2 + 1);
    ++m_attempt;

    setState(State::Disconnected);
    m_reconnectTimer.start(delay);
    Q_EMIT reconnectScheduled(delay);
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace mesi::api
