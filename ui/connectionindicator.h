#pragma once

#include "sync/creatorsession.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

namespace mesi::ui {

/**
 * The connection state for the status bar: a coloured dot drawn by the widget and the
 * state in words, plus a countdown to the next reconnect attempt while offline.
 */
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    using State = sync::CreatorSession::ConnectionState;

    /// Follows the state and reconnect schedule of session, which may be null.
    explicit ConnectionIndicator(sync::CreatorSession *session, QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    /// Shows "next attempt in N s" counting down from delayMs until the state changes.
    void showNextAttempt(int delayMs);

    /// The words shown, such as "Offline, next attempt in 4 s".
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateText();
    QColor dotColor() const;

    State m_state = State::Offline;
    QDeadlineTimer m_nextAttempt{QDeadlineTimer::Forever};
    QTimer m_countdown;
    QString m_text;
    QString m_apiAddress; ///< Shown in the tooltip; empty without a session.
};

} // namespace mesi::ui
