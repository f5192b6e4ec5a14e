#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace mesi::pass {

/// Length of a rotation step of meeting passes and fan confirmation codes, in seconds.
inline constexpr quint16 RotationStepSeconds = 30;
/// Steps back that a verifier still accepts: a code read just before the screen changed.
inline constexpr int DefaultGraceSteps = 1;
/// Steps ahead that a verifier still accepts, for a verifier whose clock is a little behind.
inline constexpr int DefaultSkewSteps = 1;

/// Returns the rotation step of the time at: Unix seconds divided by stepSeconds (which is > 0).
quint32 rotationStep(const QDateTime &at, quint16 stepSeconds);

/// Returns when the step after the one containing at begins.
QDateTime nextStepStart(const QDateTime &at, quint16 stepSeconds);

/// Age of a signed step against the verifier's clock.
enum class StepAge {
    Current, ///< Within graceSteps back and skewSteps ahead of now.
    Stale,   ///< More than graceSteps behind now.
    Future,  ///< More than skewSteps ahead of now.
};

/// Compares step with the step of now; stepSeconds must be > 0.
StepAge checkStep(quint32 step, quint16 stepSeconds, const QDateTime &now, int graceSteps,
                  int skewSteps);

/// Returns how many seconds the start of step lies before now; negative for a later step.
qint64 stepAgeSeconds(quint32 step, quint16 stepSeconds, const QDateTime &now);

} // namespace mesi::pass
