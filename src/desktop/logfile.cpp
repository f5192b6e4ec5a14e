#include "logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace mesi::desktop {

namespace {

constexpr qint64 RotateAboveBytes = 4 * 1024 * 1024;

struct LogFileState
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QtMessageHandler previousHandler = nullptr;
};

LogFileState &state()
{
    static LogFileState instance;
    return instance;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

void writeToLogFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        LogFileState &log = state();
        const QMutexLocker locker(&log.mutex);
        previous = log.previousHandler;
        if (log.file) {
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                          QLatin1String(levelName(type)),
                                          QLatin1String(context.category ? context.category : "default"),
                                          message);
            log.file->write(line.toUtf8());
            log.file->flush();
        }
    }
    if (previous)
        previous(type, context, message);
}

/// Translation context of this file's messages, declared with the macro so that lupdate finds it.
struct LogFileText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::desktop::LogFile)
};

} // namespace

void applyConsoleLoggingRules(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("mesi.*.debug=false")
                                             : QStringLiteral("mesi.*.debug=false\n"
                                                              "mesi.*.info=false"));
}

QString LogFile::pathFor(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs/mesi-console.log"));
}

Result<void> LogFile::start(const QString &path)
{
    stop();

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::Storage,
                         LogFileText::tr("could not create the log folder %1").arg(info.absolutePath()));
    }
    if (info.exists() && info.size() > RotateAboveBytes) {
        const QString previousFile = path + QStringLiteral(".1");
        QFile::remove(previousFile);
        QFile::rename(path, previousFile);
    }

    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        return makeError(ErrorCode::Storage, LogFileText::tr("could not open the log file %1: %2")
                                                 .arg(path, file->errorString()));
    }

    LogFileState &log = state();
    const QMutexLocker locker(&log.mutex);
    log.file = std::move(file);
    log.previousHandler = qInstallMessageHandler(writeToLogFile);
    return {};
}

void LogFile::stop()
{
    LogFileState &log = state();
    const QMutexLocker locker(&log.mutex);
    if (!log.file)
        return;
    qInstallMessageHandler(log.previousHandler);
    log.previousHandler = nullptr;
    log.file.reset();
}

bool LogFile::isActive()
{
    LogFileState &log = state();
    const QMutexLocker locker(&log.mutex);
    return log.file != nullptr;
}

QString LogFile::path()
{
    LogFileState &log = state();
    const QMutexLocker locker(&log.mutex);
    return log.file ? log.file->fileName() : QString();
}

} // namespace mesi::desktop
