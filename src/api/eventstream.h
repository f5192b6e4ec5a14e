#pragma once

#include "contract/codec.h"
#include "core/result.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>

class QWebSocket;

namespace mesi::api {

/**
 * The creator's events WebSocket. It sends a hello with the token and the last applied
 * sequence number, emits each event once and in order, and reconnects after a drop.
 *
 * Reconnects back off exponentially from 1 s to 30 s with random jitter. An event whose
 * sequence number leaves a gap, or a "resync" message, makes the owner list again.
 */
class EventStream : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, ///< Not started, stopped, or waiting for the next attempt.
        Connecting,   ///< Socket opening or hello sent, no "ready" yet.
        Live,         ///< "ready" received; events flow.
    };
    Q_ENUM(State)

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    /// Connects to url and resumes after the event with sequence number afterSeq.
    void start(const QUrl &url, const QString &token, qint64 afterSeq);
    void stop();
    /// Sets the token that the next hello sends, after a refresh; an open socket stays open.
    void setToken(const QString &token) { m_token = token; }

    State state() const { return m_state; }
    qint64 lastSeq() const { return m_lastSeq; }

    /// Sets the base of the reconnect backoff, in milliseconds; tests shorten it.
    void setReconnectBaseDelay(int milliseconds) { m_baseDelayMs = milliseconds; }

Q_SIGNALS:
    void stateChanged(mesi::api::EventStream::State state);
    void eventReceived(const mesi::contract::Event &event);
    /// The server cannot resume from our position, or we saw a gap; list again from serverSeq.
    void resyncRequired(qint64 serverSeq);
    /// The token was refused; the stream stops and does not retry.
    void authenticationFailed(const mesi::Error &error);
    /// The server's TLS certificate failed verification; the stream stops and does not retry.
    /// error.details describes the certificate.
    void certificateRejected(const mesi::Error &error);
    void reconnectScheduled(int delayMs);
    /// A malformed message was skipped; the stream goes on.
    void protocolProblem(const mesi::Error &error);

private:
    void openSocket();
    void queueText(const QString &text);
    void processQueue();
    void handleText(const QString &text);
    void handleDisconnect();
    void scheduleReconnect();
    void setState(State state);

    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    QTimer m_queueTimer;
    std::optional<Error> m_certificateError; ///< Set by sslErrors until the socket closes.
    QStringList m_queue; ///< Messages received but not handled yet, oldest first.
    QUrl m_url;
    QString m_token;
    qint64 m_lastSeq = 0;
    int m_attempt = 0;
    int m_baseDelayMs = 1000;
    bool m_running = false;
    State m_state = State::Disconnected;
};

} // namespace mesi::api
