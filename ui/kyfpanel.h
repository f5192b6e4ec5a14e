#pragma once

#include "core/kyf.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QTimer;

namespace mesi::ui {

/**
 * The Know Your Fan part of an accepted bid: its state, the requested fields, the deadline
 * with a live countdown while the fan has not answered, and the fan's consented answers.
 *
 * Answers are shown only while the request is consented and the bid is open. They live in
 * this widget's memory and labels alone, and every other state clears them.
 */
class KyfPanel : public QWidget
{
    Q_OBJECT
    /// True while the fan has less than six hours left, or the deadline has passed.
    /// The countdown row then shows the warning style.
    Q_PROPERTY(bool deadlineNear READ isDeadlineNear NOTIFY deadlineNearChanged)

public:
    explicit KyfPanel(QWidget *parent = nullptr);

    /// Sets the source of the current UTC time, so that tests can move time.
    /// The default is the system clock.
    void setClock(std::function<QDateTime()> nowUtc);

    /**
     * Shows the KYF part of a bid. bidOpen is true while the bid is accepted or scheduled.
     * Every call clears the shown answers, because the panel cannot tell whether the request
     * belongs to the bid shown before. Call it again only when the bid or its KYF part changes.
     */
    void setRequest(const KyfRequest &request, bool bidOpen);
    /// Shows the fan's answers to the requested fields, or clears them unless consented and open.
    void setAnswers(const KyfAnswers &answers);
    /// Forgets the answers and empties the labels that showed them.
    void clearAnswers();

    /// Recomputes the countdown from the clock.
    /// The panel's timer calls it every second while the panel is shown.
    void refreshCountdown();

    QString stateText() const;
    /// The countdown line, empty unless the request waits for the fan.
    QString countdownText() const;
    bool isDeadlineNear() const { return m_deadlineNear; }
    bool isCountdownRunning() const;
    bool hasAnswers() const { return m_answersLoaded; }

    /// Name of a KYF field for people, such as "Legal name".
    static QString fieldName(KyfField field);

    /// Less time left than this switches the countdown to the warning style.
    static constexpr qint64 WarningSeconds = 6 * 60 * 60;

Q_SIGNALS:
    /// Emitted when the panel shows a consented request of an open bid without answers.
    /// The owner then fetches them from the server and calls setAnswers().
    void answersWanted();
    void deadlineNearChanged(bool near);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool answersAllowed() const;
    void retranslateUi();
    void updateDisplay();
    void updateAnswerRows();
    void updateTimer();
    void setDeadlineNear(bool near);
    QString answerText(KyfField field) const;

    std::function<QDateTime()> m_nowUtc;
    KyfRequest m_request;
    bool m_bidOpen = false;
    KyfAnswers m_answers; ///< Personal data of the fan: never logged, never written to disk.
    bool m_answersLoaded = false; ///< setAnswers() was called for the current request.
    bool m_deadlineNear = false;

    QTimer *m_timer = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_countdownIcon = nullptr;
    QLabel *m_countdown = nullptr;
    QWidget *m_countdownRow = nullptr;
    QLabel *m_answersNote = nullptr;
    QWidget *m_answersBox = nullptr;
    QFormLayout *m_answersForm = nullptr;
    QMap<KyfField, QLabel *> m_answerNames;
    QMap<KyfField, QLabel *> m_answerValues;
};

} // namespace mesi::ui
