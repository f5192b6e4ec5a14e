#pragma once

#include "core/result.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace mesi {
struct Bid;
}

namespace mesi::sync {
class CreatorSession;
}

namespace mesi::ui {

class LifecyclePane;
class RejectDialog;

/**
 * Details of the selected bid with the Accept and Reject actions.
 *
 * The actions are enabled only for a pending bid with no action in flight. A failed
 * action is shown next to the buttons for as long as that bid stays selected.
 */
class BidDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit BidDetailPane(sync::CreatorSession *session, QWidget *parent = nullptr);

    /// Shows the bid with this id, or a hint to select a bid when the id is empty.
    void setBidId(const QString &bidId);
    QString bidId() const { return m_bidId; }

    QPushButton *acceptButton() const { return m_acceptButton; }
    QPushButton *rejectButton() const { return m_rejectButton; }
    /// Cancels a decision still in the outbox, or dismisses one the server rejected.
    QPushButton *undoButton() const { return m_undoButton; }
    /// KYF, meeting, pass and session of an accepted bid.
    LifecyclePane *lifecyclePane() const { return m_lifecyclePane; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addDetailRow(QLabel *value);
    void refresh();
    void showBid(const Bid &bid);
    void updateButtons();
    void showError(const QString &message);
    void acceptBid();
    void askToReject();
    void undoAnswer();

    QPointer<sync::CreatorSession> m_session;
    LifecyclePane *m_lifecyclePane = nullptr;
    QString m_bidId;

    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_details = nullptr;
    QGridLayout *m_form = nullptr;
    QLabel *m_fan = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_escrow = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_rejectReason = nullptr;
    QLabel *m_fanCaption = nullptr;
    QLabel *m_amountCaption = nullptr;
    QLabel *m_statusCaption = nullptr;
    QLabel *m_escrowCaption = nullptr;
    QLabel *m_receivedCaption = nullptr;
    QLabel *m_noteCaption = nullptr;
    QLabel *m_rejectReasonCaption = nullptr;
    QLabel *m_closedHint = nullptr;
    QWidget *m_errorBox = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPointer<RejectDialog> m_rejectDialog;
};

} // namespace mesi::ui
