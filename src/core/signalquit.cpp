#include "signalquit.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace mesi {

#ifdef Q_OS_UNIX

namespace {

int signalSockets[2] = {-1, -1};

void writeSignalByte(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; errors cannot be reported from a handler.
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

} // namespace

Result<void> quitOnTerminationSignals(QCoreApplication &application)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        return makeError(ErrorCode::Server,
                         QStringLiteral("cannot create the socket pair for signal handling: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }

    auto *notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, &application);
    QObject::connect(notifier, &QSocketNotifier::activated, &application, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalSockets[1], &byte, 1);
        QCoreApplication::quit();
    });

    struct sigaction action = {};
    action.sa_handler = writeSignalByte;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGINT, SIGTERM}) {
        if (::sigaction(signalNumber, &action, nullptr) != 0) {
            return makeError(ErrorCode::Server,
                             QStringLiteral("cannot install the handler for signal %1: %2")
                                 .arg(signalNumber)
                                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    return {};
}

#else

Result<void> quitOnTerminationSignals(QCoreApplication &)
{
    return {};
}

#endif

} // namespace mesi
