#include "rotation.h"

namespace mesi::pass {

quint32 rotationStep(const QDateTime &at, quint16 stepSeconds)
{
    return static_cast<quint32>(at.toSecsSinceEpoch() / stepSeconds);
}

QDateTime nextStepStart(const QDateTime &at, quint16 stepSeconds)
{
    const qint64 next = (static_cast<qint64>(rotationStep(at, stepSeconds)) + 1) * stepSeconds;
    return QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
}

StepAge checkStep(quint32 step, quint16 stepSeconds, const QDateTime &now, int graceSteps,
                  int skewSteps)
{
    const qint64 current = now.toSecsSinceEpoch() / stepSeconds;
    if (static_cast<qint64>(step) > current + skewSteps)
        return StepAge::Future;
    if (current - static_cast<qint64>(step) > graceSteps)
        return StepAge::Stale;
    return StepAge::Current;
}

qint64 stepAgeSeconds(quint32 step, quint16 stepSeconds, const QDateTime &now)
{
    return now.toSecsSinceEpoch() - static_cast<qint64>(step) * stepSeconds;
}

} // namespace mesi::pass
