#include "passrotation.h"

#include "core/logging.h"
#include "pass/meetingpass.h"
#include "pass/rotation.h"

#include <QTimer>

#include <algorithm>

namespace mesi::ui {

namespace {

constexpr int TickMs = 1000;

} // namespace

PassRotation::PassRotation(const QString &passText, Issuer issuer, Clock clock, QObject *parent)
    : QObject(parent),
      m_issuer(std::move(issuer)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_passText(passText)
{
    const Result<pass::SignedPass> parsed = pass::parsePass(passText);
    if (!parsed || parsed->claims.stepSeconds == 0 || !m_issuer)
        return;
    m_stepSeconds = parsed->claims.stepSeconds;
    m_shownStep = parsed->claims.step;

    m_boundaryTimer = new QTimer(this);
    m_boundaryTimer->setSingleShot(true);
    m_boundaryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_boundaryTimer, &QTimer::timeout, this, &PassRotation::renew);

    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(TickMs);
    connect(m_tickTimer, &QTimer::timeout, this, [this] { Q_EMIT tick(secondsLeft()); });
    m_tickTimer->start();

    // The pass may have been signed a while ago, such as before a long layout; renew at once.
    QTimer::singleShot(0, this, &PassRotation::renew);
}

int PassRotation::secondsLeft() const
{
    if (!isActive())
        return 0;
    const QDateTime now = m_clock();
    const qint64 msLeft = now.msecsTo(pass::nextStepStart(now, static_cast<quint16>(m_stepSeconds)));
    return static_cast<int>(std::clamp<qint64>((msLeft + 999) / 1000, 1, m_stepSeconds));
}

void PassRotation::renew()
{
    const QDateTime now = m_clock();
    const quint32 step = pass::rotationStep(now, static_cast<quint16>(m_stepSeconds));
    if (step != m_shownStep) {
        const Result<QString> next = m_issuer(now);
        if (next) {
            m_passText = next.value();
            m_shownStep = step;
            Q_EMIT passChanged(m_passText);
        } else {
            qCWarning(lcUi).noquote() << "cannot renew the rotating pass:" << next.error().message;
            Q_EMIT renewalFailed(next.error().message);
        }
    }
    armTimer();
    Q_EMIT tick(secondsLeft());
}

void PassRotation::armTimer()
{
    const QDateTime now = m_clock();
    const qint64 msLeft = now.msecsTo(pass::nextStepStart(now, static_cast<quint16>(m_stepSeconds)));
    // A timer that fires a little early finds the same step and is armed again for the rest.
    m_boundaryTimer->start(static_cast<int>(std::max<qint64>(msLeft, 1)));
}

} // namespace mesi::ui
