#pragma once

#include "core/bid.h"
#include "core/conflicts.h"
#include "passwindow.h"

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace mesi::sync {
class CreatorSession;
}

namespace mesi::ui {

class KyfPanel;


/**
 * What happens to an accepted bid: the KYF status, the meeting proposals of the chat with
 * Accept and Counter, the scheduled meeting with its pass, cancellation, and for an AI
 * account the virtual session. Fan KYF answers are held in the KYF panel only.
 */
class LifecyclePane : public QWidget
{
    Q_OBJECT

public:
    explicit LifecyclePane(sync::CreatorSession *session, QWidget *parent = nullptr);
    ~LifecyclePane() override;

    void setBidId(const QString &bidId);

    KyfPanel *kyfPanel() const { return m_kyf; }
    QPushButton *proposeButton() const { return m_proposeButton; }
    QPushButton *acceptProposalButton() const { return m_acceptProposalButton; }
    QPushButton *counterButton() const { return m_counterButton; }
    QPushButton *passButton() const { return m_passButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *endSessionButton() const { return m_endSessionButton; }
    /// The warning that lists the conflicts of the fan's proposal; hidden when there are none.
    QLabel *conflictWarning() const { return m_conflictText; }
    /// The open pass window, if any; for tests.
    PassWindow *passWindow() const { return m_passWindow; }

    /// The newest proposal in a bid's chat that the server did not reject, if the chat has one.
    static std::optional<ChatMessage> newestProposal(sync::CreatorSession *session, const QString &bidId);

public Q_SLOTS:
    void showPass();
    void proposeMeeting();
    void acceptProposal();
    void counterProposal();
    void cancelBid();
    void endSession();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    const Bid *currentBid() const;
    /// The newest proposal in the current bid's chat, if the chat has one.
    std::optional<ChatMessage> newestProposal() const { return newestProposal(m_session, m_bidId); }
    void openProposalDialog(const std::optional<MeetingTerms> &counterTo);
    void showError(const QString &message);
    QList<Conflict> conflictsOf(const Bid &bid, const MeetingTerms &terms) const;

    QPointer<sync::CreatorSession> m_session;
    QString m_bidId;
    KyfPanel *m_kyf = nullptr;
    QString m_kyfShownFor;  ///< Bid whose KYF request the panel shows.
    KyfRequest m_kyfShown;
    bool m_kyfShownOpen = false;
    QGroupBox *m_meetingBox = nullptr;
    QLabel *m_meetingText = nullptr;
    QLabel *m_proposalText = nullptr;
    QLabel *m_conflictText = nullptr;
    QLabel *m_sessionText = nullptr;
    QLabel *m_cancelText = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_proposeButton = nullptr;
    QPushButton *m_acceptProposalButton = nullptr;
    QPushButton *m_counterButton = nullptr;
    QPushButton *m_passButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_endSessionButton = nullptr;
    QPointer<PassWindow> m_passWindow;
};

} // namespace mesi::ui
