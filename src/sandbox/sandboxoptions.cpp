#include "sandboxoptions.h"

namespace mesi::sandbox {

namespace {

Error invalidListen(const QString &text, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("invalid --listen value '%1': %2").arg(text, reason),
                     QStringLiteral("listen"));
}

} // namespace

Result<ListenAddress> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return invalidListen(text, QStringLiteral("expected HOST:PORT such as 127.0.0.1:8787"));
    }

    QString hostText = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);

    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535) {
        return invalidListen(text, QStringLiteral("the port must be a number from 0 to 65535 "
                                                  "(0 picks a free port)"));
    }

    QHostAddress host;
    if (hostText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QHostAddress(QHostAddress::LocalHost);
    else
        host = QHostAddress(hostText);

    if (host.isNull() || !host.isLoopback()) {
        return invalidListen(text, QStringLiteral("the sandbox only listens on loopback; use "
                                                  "127.0.0.1, another 127.x.x.x address, ::1 "
                                                  "or localhost"));
    }
    return ListenAddress{host, static_cast<quint16>(port)};
}

Result<int> parseDemoFanInterval(const QString &text)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid --demo-fan-interval value '%1': use a whole "
                                        "number of seconds, 0 or more (0 turns the demo fan off)")
                             .arg(text),
                         QStringLiteral("demo-fan-interval"));
    }
    return seconds;
}

Result<int> parseEventRetention(const QString &text)
{
    bool ok = false;
    const int count = text.toInt(&ok);
    if (!ok || count < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid --event-retention value '%1': use a whole number "
                                        "of events, 0 or more (0 keeps every event)")
                             .arg(text),
                         QStringLiteral("event-retention"));
    }
    return count;
}

Result<int> parseTokenLifetime(const QString &text)
{
    constexpr int MaxSeconds = 24 * 60 * 60;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 1 || seconds > MaxSeconds) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid --token-lifetime value '%1': use a whole number "
                                        "of seconds from 1 to %2")
                             .arg(text)
                             .arg(MaxSeconds),
                         QStringLiteral("token-lifetime"));
    }
    return seconds;
}

} // namespace mesi::sandbox
