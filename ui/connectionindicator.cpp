#include "connectionindicator.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace mesi::ui {

namespace {

constexpr int CountdownTickMs = 1000;

} // namespace

ConnectionIndicator::ConnectionIndicator(sync::CreatorSession *session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    m_countdown.setInterval(CountdownTickMs);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionIndicator::updateText);

    if (session) {
        m_apiAddress = session->baseUrl().toDisplayString();
        connect(session, &sync::CreatorSession::connectionStateChanged, this,
                &ConnectionIndicator::setState);
        connect(session->events(), &api::EventStream::reconnectScheduled, this,
                &ConnectionIndicator::showNextAttempt);
        m_state = session->connectionState();
    }
    retranslateUi();
}

void ConnectionIndicator::retranslateUi()
{
    setAccessibleName(tr("Connection"));
    if (!m_apiAddress.isEmpty())
        setToolTip(tr("Mesi API at %1").arg(m_apiAddress));
    updateText();
}

void ConnectionIndicator::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state != State::Offline) {
        m_nextAttempt = QDeadlineTimer(QDeadlineTimer::Forever);
        m_countdown.stop();
    }
    updateText();
}

void ConnectionIndicator::showNextAttempt(int delayMs)
{
    m_nextAttempt = QDeadlineTimer(delayMs);
    m_countdown.start();
    updateText();
}

QString ConnectionIndicator::text() const
{
    return m_text;
}

QSize ConnectionIndicator::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    // Room for the longest countdown keeps the status bar from jumping every second.
    const int textWidth = std::max(metrics.horizontalAdvance(m_text),
                                   metrics.horizontalAdvance(tr("Offline, next attempt in %1 s")
                                                                 .arg(QStringLiteral("30"))));
    const int dot = metrics.height() * 2 / 3;
    return {dot + metrics.averageCharWidth() + textWidth + 4, metrics.height() + 4};
}

QSize ConnectionIndicator::minimumSizeHint() const
{
    return sizeHint();
}

void ConnectionIndicator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const QFontMetrics metrics = fontMetrics();
    const int dot = metrics.height() * 2 / 3;
    const QRectF dotRect(1, (height() - dot) / 2.0, dot, dot);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    painter.setBrush(dotColor());
    painter.drawEllipse(dotRect);

    const QRect textRect = rect().adjusted(dot + metrics.averageCharWidth() + 2, 0, 0, 0);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, m_text);
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::updateText()
{
    switch (m_state) {
    case State::Online:
        m_text = tr("Online");
        break;
    case State::Connecting:
        m_text = tr("Connecting…");
        break;
    case State::Offline:
        if (m_nextAttempt.isForever()) {
            m_text = tr("Offline");
        } else {
            const qint64 seconds = (m_nextAttempt.remainingTime() + 999) / 1000; // Rounded up.
            m_text = seconds > 0 ? tr("Offline, next attempt in %1 s").arg(seconds)
                                 : tr("Offline, trying again now");
            if (seconds <= 0)
                m_countdown.stop();
        }
        break;
    }

    setAccessibleDescription(m_text);
    updateGeometry();
    update();
}

QColor ConnectionIndicator::dotColor() const
{
    // Mid-tone colours stay visible on light and dark status bars, and the text names the state too.
    switch (m_state) {
    case State::Online:
        return QColor(0x2e, 0xa0, 0x43);
    case State::Connecting:
        return QColor(0xe0, 0x9b, 0x00);
    case State::Offline:
        return QColor(0xd1, 0x3c, 0x3c);
    }
    return palette().color(QPalette::Mid);
}

} // namespace mesi::ui
