#include "lifecyclepane.h"

#include "calendar/meetingtext.h"
#include "conflicttext.h"
#include "kyfpanel.h"
#include "lifecycletext.h"
#include "moneyformat.h"
#include "passwindow.h"
#include "proposaldialog.h"

#include "core/displaytext.h"
#include "core/logging.h"
#include "sync/creatoravailability.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

QLabel *makeTextLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isOpen(BidStatus status)
{
    return status == BidStatus::Accepted || status == BidStatus::Scheduled;
}

} // namespace

LifecyclePane::LifecyclePane(sync::CreatorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_kyf = new KyfPanel(this);
    m_meetingBox = new QGroupBox(this);
    m_meetingText = makeTextLabel(m_meetingBox);
    m_meetingText->setObjectName(QStringLiteral("meetingText"));
    m_proposalText = makeTextLabel(m_meetingBox);
    m_proposalText->setObjectName(QStringLiteral("proposalText"));
    m_conflictText = makeTextLabel(m_meetingBox);
    m_conflictText->setObjectName(QStringLiteral("conflictWarning"));
    // A warning colour that also reads in dark themes.
    m_conflictText->setStyleSheet(QStringLiteral("QLabel { color: #b35900; font-weight: bold; }"));
    m_conflictText->hide();
    m_sessionText = makeTextLabel(m_meetingBox);
    m_sessionText->setObjectName(QStringLiteral("sessionText"));
    m_cancelText = makeTextLabel(this);
    m_cancelText->setObjectName(QStringLiteral("cancelText"));
    m_error = makeTextLabel(this);
    m_error->setObjectName(QStringLiteral("lifecycleError"));
    m_error->hide();

    m_proposeButton = new QPushButton(m_meetingBox);
    m_acceptProposalButton = new QPushButton(m_meetingBox);
    m_counterButton = new QPushButton(m_meetingBox);
    m_passButton = new QPushButton(m_meetingBox);
    m_passButton->setObjectName(QStringLiteral("showPassButton"));
    m_cancelButton = new QPushButton(m_meetingBox);
    m_endSessionButton = new QPushButton(m_meetingBox);

    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(m_acceptProposalButton);
    proposalButtons->addWidget(m_counterButton);
    proposalButtons->addWidget(m_proposeButton);
    proposalButtons->addStretch();
    auto *meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(m_passButton);
    meetingButtons->addWidget(m_endSessionButton);
    meetingButtons->addWidget(m_cancelButton);
    meetingButtons->addStretch();

    auto *boxLayout = new QVBoxLayout(m_meetingBox);
    boxLayout->addWidget(m_sessionText);
    boxLayout->addWidget(m_meetingText);
    boxLayout->addWidget(m_proposalText);
    boxLayout->addWidget(m_conflictText);
    boxLayout->addLayout(proposalButtons);
    boxLayout->addLayout(meetingButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Errors come first, so a long KYF panel never pushes them out of view.
    layout->addWidget(m_error);
    layout->addWidget(m_cancelText);
    layout->addWidget(m_kyf);
    layout->addWidget(m_meetingBox);

    connect(m_passButton, &QPushButton::clicked, this, &LifecyclePane::showPass);
    connect(m_proposeButton, &QPushButton::clicked, this, &LifecyclePane::proposeMeeting);
    connect(m_acceptProposalButton, &QPushButton::clicked, this, &LifecyclePane::acceptProposal);
    connect(m_counterButton, &QPushButton::clicked, this, &LifecyclePane::counterProposal);
    connect(m_cancelButton, &QPushButton::clicked, this, &LifecyclePane::cancelBid);
    connect(m_endSessionButton, &QPushButton::clicked, this, &LifecyclePane::endSession);

    if (session) {
        const auto refreshIfCurrent = [this](const Bid &bid) {
            if (bid.id == m_bidId)
                refresh();
        };
        connect(session->bids(), &sync::BidRepository::bidChanged, this, refreshIfCurrent);
        connect(session->bids(), &sync::BidRepository::bidAdded, this, refreshIfCurrent);
        connect(session->bids(), &sync::BidRepository::bidsReset, this, &LifecyclePane::refresh);
        // Queued, sent, failed and removed outbox entries change what the pane offers.
        connect(session, &sync::CreatorSession::outboxChanged, this, &LifecyclePane::refresh);
        connect(session->chats(), &sync::ChatRepository::messageAdded, this,
                [this](const ChatMessage &message) {
                    if (message.bidId == m_bidId && message.proposal)
                        refresh();
                });
        sync::CreatorLifecycle *lifecycle = session->lifecycle();
        connect(lifecycle, &sync::CreatorLifecycle::actionFailed, this,
                [this](const QString &bidId, const Error &error) {
                    if (bidId == m_bidId)
                        showError(error.message);
                });
        connect(lifecycle, &sync::CreatorLifecycle::actionDone, this, [this](const QString &bidId) {
            if (bidId == m_bidId)
                m_error->hide();
        });
        connect(lifecycle, &sync::CreatorLifecycle::passKeyChanged, this, &LifecyclePane::refresh);
        // Conflicts depend on the availability and busy times as well as on the bids.
        connect(lifecycle->availability(), &sync::CreatorAvailability::availabilityChanged, this,
                &LifecyclePane::refresh);
        connect(lifecycle->availability(), &sync::CreatorAvailability::busyBlocksChanged, this,
                &LifecyclePane::refresh);
        connect(m_kyf, &KyfPanel::answersWanted, this, [this, lifecycle] {
            if (!m_bidId.isEmpty())
                lifecycle->fetchKyfAnswers(m_bidId);
        });
        connect(lifecycle, &sync::CreatorLifecycle::kyfAnswersReady, this,
                [this](const QString &bidId, const KyfAnswers &answers) {
                    if (bidId == m_bidId)
                        m_kyf->setAnswers(answers);
                });
        connect(lifecycle, &sync::CreatorLifecycle::kyfAnswersFailed, this,
                [this](const QString &bidId, const Error &error) {
                    if (bidId == m_bidId)
                        showError(tr("Could not load the fan's KYF details: %1").arg(error.message));
                });
    }
    retranslateUi();
}

LifecyclePane::~LifecyclePane() = default;

void LifecyclePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LifecyclePane::retranslateUi()
{
    m_proposeButton->setText(tr("Propose &Meeting…"));
    m_proposeButton->setAccessibleName(tr("Propose a meeting"));
    m_proposeButton->setToolTip(tr("Send the fan a time and a place or online link (Ctrl+M)"));
    m_acceptProposalButton->setText(tr("Acc&ept Proposal"));
    m_acceptProposalButton->setAccessibleName(tr("Accept the fan's proposal"));
    m_acceptProposalButton->setAccessibleDescription(
        tr("Schedules the meeting at the time and place the fan proposed."));
    m_counterButton->setText(tr("Co&unter…"));
    m_counterButton->setAccessibleName(tr("Counter the fan's proposal"));
    m_passButton->setText(tr("Show &Pass"));
    m_passButton->setAccessibleName(tr("Show the meeting pass"));
    m_passButton->setAccessibleDescription(
        tr("Opens the signed QR code that the fan scans at the meeting to release the escrow."));
    m_passButton->setToolTip(tr("Show the QR pass for the fan to scan (Ctrl+P)"));
    m_cancelButton->setAccessibleName(tr("Cancel the bid"));
    m_cancelButton->setAccessibleDescription(
        tr("Asks for a reason, cancels the meeting or bid and refunds the fan."));
    m_endSessionButton->setText(tr("&End Session"));
    m_endSessionButton->setAccessibleName(tr("End the virtual session"));
    m_endSessionButton->setAccessibleDescription(
        tr("Ends the live session, which completes the bid and releases the escrow."));
    m_error->setAccessibleName(tr("Lifecycle error"));
    m_conflictText->setAccessibleName(tr("Calendar conflicts of the proposal"));
    refresh();
}

void LifecyclePane::setBidId(const QString &bidId)
{
    if (bidId == m_bidId)
        return;
    m_bidId = bidId;
    m_error->hide();
    // KYF values belong to one bid, so they are cleared as soon as another bid is shown.
    m_kyf->clearAnswers();
    m_kyfShownFor.clear();
    refresh();
}

const Bid *LifecyclePane::currentBid() const
{
    return (m_session && !m_bidId.isEmpty()) ? m_session->bids()->find(m_bidId) : nullptr;
}

std::optional<ChatMessage> LifecyclePane::newestProposal(sync::CreatorSession *session, const QString &bidId)
{
    if (!session)
        return std::nullopt;
    const QList<ChatMessage> messages = session->chats()->messages(bidId);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        // A proposal the server rejected was never made, so the one before it is still the newest.
        if (it->proposal && !it->id.isEmpty()
            && session->chats()->delivery(it->id) != sync::Delivery::Failed)
            return *it;
    }
    return std::nullopt;
}

void LifecyclePane::refresh()
{
    const Bid *bid = currentBid();
    const bool accepted = bid && bid->status != BidStatus::Pending && bid->status != BidStatus::Rejected
                          && bid->status != BidStatus::Withdrawn && bid->status != BidStatus::Expired;
    setVisible(accepted);
    if (!accepted)
        return;

    const bool open = isOpen(bid->status);
    m_kyf->setVisible(bid->kyf.state != KyfState::NotRequired);
    // setRequest() clears the shown values, and the pane refreshes on every chat and outbox
    // change, so the panel is set only when its request or the bid's openness changed.
    if (m_kyfShownFor != bid->id || m_kyfShown != bid->kyf || m_kyfShownOpen != open) {
        m_kyfShownFor = bid->id;
        m_kyfShown = bid->kyf;
        m_kyfShownOpen = open;
        m_kyf->setRequest(bid->kyf, open);
    }

    m_cancelText->setVisible(bid->status == BidStatus::Cancelled);
    m_cancelText->setText(LifecycleText::cancellation(*bid));

    const bool ai = bid->session.has_value();
    m_meetingBox->setTitle(ai ? tr("Virtual Session") : tr("Meeting"));
    m_sessionText->setVisible(ai);
    if (ai)
        m_sessionText->setText(LifecycleText::session(*bid->session));

    const std::optional<ChatMessage> proposal = newestProposal();
    const bool awaitingAnswer = !ai && bid->status == BidStatus::Accepted && proposal.has_value();
    // A bid closed before any meeting was agreed has nothing to say about meetings.
    m_meetingBox->setVisible(ai || open || bid->meeting.isValid());
    m_meetingText->setVisible(!ai && !awaitingAnswer && (open || bid->meeting.isValid()));
    m_meetingText->setText(bid->meeting.isValid()
                               ? LifecycleText::meetingSummary(bid->meeting.terms)
                               : tr("No meeting agreed yet. Agree on a time and place in the chat, "
                                    "then send or accept a proposal."));

    const bool fromFan = awaitingAnswer && proposal->sender == ChatSender::Fan;
    m_proposalText->setVisible(awaitingAnswer);
    if (awaitingAnswer) {
        const QString summary = LifecycleText::meetingSummary(*proposal->proposal);
        m_proposalText->setText(fromFan ? tr("The fan proposes: %1").arg(summary)
                                        : tr("Waiting for the fan to answer your proposal: %1").arg(summary));
    }
    const QList<Conflict> conflicts = fromFan ? conflictsOf(*bid, *proposal->proposal) : QList<Conflict>();
    m_conflictText->setText(ConflictText::warning(conflicts, locale()));
    m_conflictText->setVisible(!conflicts.isEmpty());
    const bool kyfPending = bid->kyf.state == KyfState::Requested;
    // While an acceptance or cancellation waits in the outbox, a second action would clash.
    const bool busy = m_session->isBusy(bid->id);
    m_acceptProposalButton->setVisible(fromFan);
    m_acceptProposalButton->setEnabled(fromFan && !kyfPending && !busy);
    if (kyfPending)
        m_acceptProposalButton->setToolTip(tr("The fan has to consent to KYF first."));
    else if (busy)
        m_acceptProposalButton->setToolTip(tr("Your last action on this bid still waits to be sent."));
    else
        m_acceptProposalButton->setToolTip(QString());
    m_counterButton->setVisible(fromFan);
    m_counterButton->setEnabled(!busy);
    m_proposeButton->setVisible(!ai && bid->status == BidStatus::Accepted);
    m_proposeButton->setEnabled(!busy);

    const bool scheduled = bid->status == BidStatus::Scheduled && bid->meeting.isValid();
    // A used or cancelled pass must not stay on screen as if it still worked.
    if (!scheduled && m_passWindow)
        m_passWindow->close();
    m_passButton->setVisible(scheduled);
    m_endSessionButton->setVisible(ai && bid->session->state == SessionState::Live);
    const bool cancellable = open && !(ai && bid->session->state != SessionState::Waiting);
    m_cancelButton->setVisible(cancellable);
    m_cancelButton->setEnabled(!busy);
    m_cancelButton->setText(scheduled ? tr("&Cancel Meeting…") : tr("&Cancel Bid…"));
}

QList<Conflict> LifecyclePane::conflictsOf(const Bid &bid, const MeetingTerms &terms) const
{
    if (!m_session)
        return {};
    return m_session->lifecycle()->availability()->conflictsFor(terms, bid.id);
}

void LifecyclePane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LifecyclePane::showPass()
{
    const Bid *bid = currentBid();
    if (!bid)
        return;
    Result<QString> pass = m_session->lifecycle()->issuePassFor(*bid);
    if (!pass) {
        showError(tr("Cannot show the pass: %1").arg(pass.error().message));
        return;
    }
    const QString title = tr("Meeting with %1").arg(isolatedName(bid->fanName));
    const QString details = LifecycleText::meetingSummary(bid->meeting.terms);
    if (m_passWindow) {
        m_passWindow->close();
    }
    m_passWindow = new PassWindow(pass.value(), title, details, window());
    m_passWindow->setAttribute(Qt::WA_DeleteOnClose);
    // Copies of the bid and a guarded lifecycle, because the window may outlive both.
    QPointer<sync::CreatorLifecycle> lifecycle = m_session->lifecycle();
    const Bid scheduledBid = *bid;
    m_passWindow->setRotation([lifecycle, scheduledBid](const QDateTime &at) -> Result<QString> {
        if (!lifecycle)
            return makeError(ErrorCode::Conflict, tr("the account was signed out"));
        return lifecycle->issuePassFor(scheduledBid, at);
    });
    m_passWindow->setFanCodeSubmit([lifecycle, scheduledBid](const QString &code, QObject *context,
                                                      std::function<void(Result<api::PassRedemption>)> done) {
        if (!lifecycle) {
            done(makeError(ErrorCode::Conflict, tr("the account was signed out; sign in again")));
            return;
        }
        lifecycle->confirmByFanCode(scheduledBid, code, context, std::move(done));
    });
    m_passWindow->show();
    qCInfo(lcUi) << "showing the pass of meeting" << bid->meeting.id;
}

void LifecyclePane::proposeMeeting()
{
    openProposalDialog(std::nullopt);
}

void LifecyclePane::counterProposal()
{
    const std::optional<ChatMessage> proposal = newestProposal();
    openProposalDialog(proposal ? proposal->proposal : std::nullopt);
}

void LifecyclePane::openProposalDialog(const std::optional<MeetingTerms> &counterTo)
{
    const Bid *bid = currentBid();
    if (!bid || bid->status != BidStatus::Accepted)
        return;
    auto *dialog = new ProposalDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString checkedBidId = bid->id;
    dialog->setConflictCheck([session = m_session, checkedBidId](const MeetingTerms &terms) {
        return session ? session->lifecycle()->availability()->conflictsFor(terms, checkedBidId)
                       : QList<Conflict>();
    });
    if (counterTo) {
        dialog->setTerms(*counterTo);
        dialog->setCounterOf(LifecycleText::meetingSummary(*counterTo));
    }
    const QString bidId = bid->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, bidId] {
        if (!m_session)
            return;
        qCInfo(lcUi) << "creator proposes a meeting for bid" << bidId;
        m_session->lifecycle()->propose(bidId, dialog->terms(), dialog->note());
    });
    dialog->open();
}

void LifecyclePane::acceptProposal()
{
    const Bid *bid = currentBid();
    const std::optional<ChatMessage> proposal = newestProposal();
    if (!bid || !proposal)
        return;

    // A double booking or a time outside the creator's availability needs a second thought.
    const QList<Conflict> conflicts = conflictsOf(*bid, *proposal->proposal);
    if (!conflicts.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Calendar Conflict"),
                        ConflictText::warning(conflicts, locale()) + QStringLiteral("\n\n")
                            + tr("Accept the proposal anyway?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("conflictConfirmation"));
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("Accept &Anyway"));
        if (box.exec() != QMessageBox::Yes)
            return;
        qCInfo(lcUi) << "creator accepts proposal" << proposal->id << "despite" << conflicts.size()
                     << "conflicts";
    }
    qCInfo(lcUi) << "creator accepts proposal" << proposal->id << "of bid" << bid->id;
    m_session->lifecycle()->acceptProposal(bid->id, proposal->id);
}

void LifecyclePane::cancelBid()
{
    const Bid *bid = currentBid();
    if (!bid)
        return;
    const QString bidId = bid->id;
    const bool meeting = bid->status == BidStatus::Scheduled;

    // A reason is required, so the dialog opens again until one is given or the creator backs out.
    QInputDialog dialog(this);
    dialog.setWindowTitle(meeting ? tr("Cancel Meeting") : tr("Cancel Bid"));
    dialog.setOkButtonText(meeting ? tr("Cancel Meeting") : tr("Cancel Bid"));
    dialog.setCancelButtonText(meeting ? tr("Keep Meeting") : tr("Keep Bid"));
    const QString question = tr("Why are you cancelling? The fan sees this reason and gets a full refund.");
    dialog.setLabelText(question);
    QString reason;
    while (reason.isEmpty()) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.textValue().trimmed();
        dialog.setLabelText(question + QLatin1Char('\n')
                            + tr("Give a reason of 1 to 500 characters so the fan knows why."));
    }
    qCInfo(lcUi) << "creator cancels bid" << bidId;
    m_session->lifecycle()->cancel(bidId, reason);
}

void LifecyclePane::endSession()
{
    if (const Bid *bid = currentBid()) {
        qCInfo(lcUi) << "creator ends the session of bid" << bid->id;
        m_session->lifecycle()->endSession(bid->id);
    }
}

} // namespace mesi::ui
