#include "logcapture.h"

#include <QMutex>
#include <QtGlobal>

namespace mesi::testing {

namespace {

QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&capturedMutex);
        captured.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

LogCapture::LogCapture()
{
    QMutexLocker locker(&capturedMutex);
    captured.clear();
    previousHandler = qInstallMessageHandler(captureMessage);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previousHandler);
}

QStringList LogCapture::messages() const
{
    QMutexLocker locker(&capturedMutex);
    return captured;
}

QString LogCapture::messageContaining(const QByteArray &secret) const
{
    const QString asText = QString::fromLatin1(secret);
    const QString asHex = QString::fromLatin1(secret.toHex());
    for (const QString &message : messages()) {
        if ((!asText.isEmpty() && message.contains(asText)) || message.contains(asHex, Qt::CaseInsensitive))
            return message;
    }
    return {};
}

} // namespace mesi::testing
