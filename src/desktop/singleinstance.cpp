#include "singleinstance.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

namespace mesi::desktop {

namespace {

const QByteArray ActivateRequest = QByteArrayLiteral("activate\n");
const QByteArray ActivateReply = QByteArrayLiteral("ok\n");
constexpr int ReplyTimeoutMs = 1000;
constexpr int ConnectRetryDelayMs = 100;

/// Translation context of this file's messages, declared with the macro so that lupdate finds it.
struct SingleInstanceText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::desktop::SingleInstance)
};

QString localServerName(const QString &profile, const QString &directory)
{
#ifdef Q_OS_WIN
    // Named pipes live in one namespace for the whole machine, so the user name keeps them apart.
    Q_UNUSED(directory);
    return QStringLiteral("mesi-console-%1-%2").arg(qEnvironmentVariable("USERNAME"), profile);
#else
    // A full path puts the socket in the user's private directory instead of /tmp.
    return QDir(directory).filePath(QStringLiteral("mesi-console-%1.socket").arg(profile));
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString &profile, const QString &directory, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_serverName(localServerName(profile, directory)),
      m_lockFilePath(QDir(directory).filePath(QStringLiteral("mesi-console-%1.lock").arg(profile)))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultDirectory()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    return directory;
}

Result<SingleInstance::Role> SingleInstance::claim()
{
    auto lock = std::make_unique<QLockFile>(m_lockFilePath);
    // The lock is held for the whole run, so only a dead holder may make it stale, never its age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return Role::Secondary;
        return makeError(ErrorCode::Storage,
                         SingleInstanceText::tr("could not create the lock file %1").arg(m_lockFilePath));
    }

    // Holding the lock means no live console uses the socket, so a file left there by a crash
    // is removed before listening.
#ifndef Q_OS_WIN
    if (QFile::exists(m_serverName)) {
        qCInfo(lcDesktop) << "removing the local socket" << m_serverName << "left by a console that did not exit cleanly";
        QLocalServer::removeServer(m_serverName);
    }
#endif

    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        const QString reason = server->errorString();
        delete server;
        return makeError(ErrorCode::Storage,
                         SingleInstanceText::tr("could not listen on the local socket %1: %2")
                             .arg(m_serverName, reason));
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    m_server = server;
    m_lock = std::move(lock);
    qCInfo(lcDesktop) << "profile" << m_profile << "claimed; listening on" << m_serverName;
    return Role::Primary;
}

Result<void> SingleInstance::activatePrimary(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    QString lastError;

    // The primary may hold the lock a moment before it listens, so connecting is retried.
    while (true) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        lastError = socket.errorString();
        socket.abort();
        if (deadline.hasExpired()) {
            return makeError(ErrorCode::Network,
                             SingleInstanceText::tr("the console running for profile '%1' did not answer on "
                                                   "%2: %3")
                                 .arg(m_profile, m_serverName, lastError));
        }
        QThread::msleep(ConnectRetryDelayMs);
    }

    socket.write(ActivateRequest);
    socket.flush();
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(ReplyTimeoutMs))
        reply += socket.readAll();
    socket.disconnectFromServer();

    if (reply != ActivateReply) {
        return makeError(ErrorCode::Protocol,
                         SingleInstanceText::tr("the console running for profile '%1' did not confirm the "
                                               "request to come forward")
                             .arg(m_profile));
    }
    return {};
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray request = socket->readLine();
            if (request != ActivateRequest) {
                qCWarning(lcDesktop) << "ignored an unknown request on" << m_serverName;
                socket->disconnectFromServer();
                return;
            }
            qCInfo(lcDesktop) << "another launch of profile" << m_profile << "asked to come forward";
            socket->write(ActivateReply);
            socket->flush();
            Q_EMIT activationRequested();
        });
    }
}

} // namespace mesi::desktop
