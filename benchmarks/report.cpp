#include "report.h"

#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>

namespace mesi::bench {

namespace {

QString formatLine(const Figure &figure)
{
    const QString comparison = figure.higherIsBetter ? QStringLiteral(">=") : QStringLiteral("<");
    return QStringLiteral("%1 %2 %3  target %4 %5 %6  %7")
        .arg(figure.name, -26)
        .arg(figure.value, 10, 'f', 1)
        .arg(figure.unit, -9)
        .arg(comparison, 2)
        .arg(figure.target, 0, 'f', 0)
        .arg(figure.unit, -9)
        .arg(figure.met() ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

QString firstMatch(const QString &path, const QString &pattern)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    return expression.match(QString::fromUtf8(file.readAll())).captured(1).trimmed();
}

} // namespace

void Report::add(const Figure &figure)
{
    m_figures.append(figure);
    std::printf("%s\n", qPrintable(formatLine(figure)));
    std::fflush(stdout);
}

void Report::detail(const QString &text)
{
    std::printf("    %s\n", qPrintable(text));
    std::fflush(stdout);
}

void Report::printSummary() const
{
    qsizetype metCount = 0;
    std::printf("\nSummary\n");
    for (const Figure &figure : m_figures) {
        std::printf("  %s\n", qPrintable(formatLine(figure)));
        if (figure.met())
            ++metCount;
    }
    std::printf("  %lld of %lld targets met\n", static_cast<long long>(metCount),
                static_cast<long long>(m_figures.size()));
    std::printf("  Not measured: meetings synced from the sandbox; the calendar figures use "
                "5,000 synthetic meetings held in memory.\n");
    std::fflush(stdout);
}

QString machineDescription()
{
    const QString model = firstMatch(QStringLiteral("/proc/cpuinfo"),
                                     QStringLiteral("^model name\\s*:(.*)$"));
    const QString memoryKb = firstMatch(QStringLiteral("/proc/meminfo"),
                                        QStringLiteral("^MemTotal:\\s*(\\d+) kB"));
    const double memoryGiB = memoryKb.toDouble() / (1024.0 * 1024.0);
    return QStringLiteral("%1 logical CPUs, %2, %3 GiB RAM")
        .arg(QThread::idealThreadCount())
        .arg(model.isEmpty() ? QStringLiteral("unknown CPU") : model)
        .arg(memoryGiB, 0, 'f', 1);
}

} // namespace mesi::bench
