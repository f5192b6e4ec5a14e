#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace mesi::ui {

/**
 * Renews a rotating meeting pass at each boundary of its rotation step. One single-shot
 * timer is armed for the next boundary each time, computed from the clock, so the renewal
 * does not drift. Signing needs only the local key, so rotation also works offline.
 */
class PassRotation : public QObject
{
    Q_OBJECT

public:
    /// Signs the pass for the step that contains at.
    using Issuer = std::function<Result<QString>(const QDateTime &at)>;
    /// Returns the current time in UTC.
    using Clock = std::function<QDateTime()>;

    /**
     * Starts rotating from passText, whose step length and step are read from the pass. A
     * pass that does not rotate (step length 0) or cannot be read leaves isActive() false.
     * An empty clock uses the system clock.
     */
    PassRotation(const QString &passText, Issuer issuer, Clock clock = {}, QObject *parent = nullptr);

    bool isActive() const { return m_stepSeconds > 0; }
    int stepSeconds() const { return m_stepSeconds; }
    /// Whole seconds until the code changes, 1 to stepSeconds(); 0 when not active.
    int secondsLeft() const;
    /// The text of the newest pass.
    QString passText() const { return m_passText; }

Q_SIGNALS:
    /// A new step began and its pass was signed.
    void passChanged(const QString &passText);
    /// Signing the pass of a new step failed; the next boundary tries again.
    void renewalFailed(const QString &message);
    /// Emitted about once a second with secondsLeft().
    void tick(int secondsLeft);

private:
    void renew();
    void armTimer();

    Issuer m_issuer;
    Clock m_clock;
    QString m_passText;
    int m_stepSeconds = 0;
    quint32 m_shownStep = 0;
    QTimer *m_boundaryTimer = nullptr;
    QTimer *m_tickTimer = nullptr;
};

} // namespace mesi::ui
