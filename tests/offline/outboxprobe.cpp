// outboxprobe: a headless console for the kill-loop test. It opens a cache, queues chat
// messages, signs in to a sandbox and runs until the outbox is empty. The test kills it
// with SIGKILL at random points and starts it again on the same cache.
//
// Usage: outboxprobe CACHE API_URL BID_ID TAG COUNT
// Prints "queued TEXT" after each message is stored, and "drained" when nothing is left.

#include "sync/creatorsession.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace mesi;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 6) {
        std::fputs("usage: outboxprobe CACHE API_URL BID_ID TAG COUNT\n", stderr);
        return 2;
    }
    const QString bidId = arguments.at(3);
    const QString tag = arguments.at(4);
    const int count = arguments.at(5).toInt();

    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(arguments.at(1));
    if (!cache) {
        std::fprintf(stderr, "outboxprobe: %s\n", qPrintable(cache.error().message));
        return 1;
    }
    sync::CreatorSession session(QUrl(arguments.at(2)), std::move(cache).value());
    session.outbox()->setRetryBaseDelay(50);

    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("%1-%2").arg(tag).arg(i);
        session.sendMessage(bidId, text);
        std::printf("queued %s\n", qPrintable(text));
        std::fflush(stdout);
    }

    auto finishWhenDrained = [&] {
        if (session.connectionState() == sync::CreatorSession::ConnectionState::Online
            && session.outbox()->queuedCount() == 0) {
            std::printf("drained\n");
            std::fflush(stdout);
            application.quit();
        }
    };
    QObject::connect(&session, &sync::CreatorSession::outboxChanged, &application, finishWhenDrained);
    QObject::connect(&session, &sync::CreatorSession::connectionStateChanged, &application,
                     finishWhenDrained);
    QObject::connect(&session, &sync::CreatorSession::signInFailed, &application,
                     [](const Error &error) {
                         std::fprintf(stderr, "outboxprobe: %s\n", qPrintable(error.message));
                         QCoreApplication::exit(1);
                     });
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    return application.exec();
}
