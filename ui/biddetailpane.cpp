#include "biddetailpane.h"

#include "bidtext.h"
#include "lifecyclepane.h"
#include "moneyformat.h"
#include "rejectdialog.h"

#include "core/displaytext.h"
#include "core/logging.h"
#include "sync/creatorsession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

BidDetailPane::BidDetailPane(sync::CreatorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_details = new QWidget(this);
    // A grid, not a QFormLayout, because the form layout clipped word-wrapped values to one line here.
    m_form = new QGridLayout(m_details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);
    m_fan = makeValueLabel(m_details);
    m_amount = makeValueLabel(m_details);
    QFont amountFont = m_amount->font();
    amountFont.setBold(true);
    amountFont.setPointSizeF(amountFont.pointSizeF() * 1.2);
    m_amount->setFont(amountFont);
    m_status = makeValueLabel(m_details);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_escrow = makeValueLabel(m_details);
    m_escrow->setObjectName(QStringLiteral("detailEscrow"));
    m_received = makeValueLabel(m_details);
    m_note = makeValueLabel(m_details);
    m_rejectReason = makeValueLabel(m_details);
    m_rejectReason->setObjectName(QStringLiteral("detailRejectReason"));
    m_fanCaption = addDetailRow(m_fan);
    m_amountCaption = addDetailRow(m_amount);
    m_statusCaption = addDetailRow(m_status);
    m_escrowCaption = addDetailRow(m_escrow);
    m_receivedCaption = addDetailRow(m_received);
    m_noteCaption = addDetailRow(m_note);
    m_rejectReasonCaption = addDetailRow(m_rejectReason);

    m_acceptButton = new QPushButton(this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));

    m_rejectButton = new QPushButton(this);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("detailError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // An icon and words mark the error, so colour is not its only sign.
    m_errorBox = new QWidget(this);
    auto *errorIcon = new QLabel(m_errorBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_error, 1);
    m_errorBox->hide();

    m_closedHint = new QLabel(this);
    m_closedHint->setObjectName(QStringLiteral("detailClosedHint"));
    m_closedHint->setWordWrap(true);
    m_closedHint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_acceptButton);
    buttonRow->addWidget(m_rejectButton);
    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->hide();
    buttonRow->addWidget(m_undoButton);
    buttonRow->addWidget(m_closedHint, 1);
    buttonRow->addWidget(m_errorBox, 1);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttonRow);
    m_lifecyclePane = new LifecyclePane(session, this);
    layout->addWidget(m_lifecyclePane);
    layout->addStretch();

    connect(m_acceptButton, &QPushButton::clicked, this, &BidDetailPane::acceptBid);
    connect(m_rejectButton, &QPushButton::clicked, this, &BidDetailPane::askToReject);
    connect(m_undoButton, &QPushButton::clicked, this, &BidDetailPane::undoAnswer);

    if (session) {
        connect(session->bids(), &sync::BidRepository::bidChanged, this, [this](const Bid &bid) {
            if (bid.id == m_bidId)
                refresh();
        });
        connect(session->bids(), &sync::BidRepository::bidAdded, this, [this](const Bid &bid) {
            if (bid.id == m_bidId)
                refresh();
        });
        connect(session->bids(), &sync::BidRepository::bidsReset, this, &BidDetailPane::refresh);
        connect(session, &sync::CreatorSession::outboxChanged, this, &BidDetailPane::updateButtons);
        connect(session, &sync::CreatorSession::busyChanged, this, [this](const QString &bidId) {
            if (bidId == m_bidId)
                updateButtons();
        });
        connect(session, &sync::CreatorSession::actionFailed, this,
                [this](const QString &bidId, const Error &error) {
                    if (bidId == m_bidId)
                        showError(error.message);
                });
    }

    retranslateUi();
}

void BidDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BidDetailPane::retranslateUi()
{
    m_heading->setText(tr("Bid Details"));
    m_fanCaption->setText(tr("Fan:"));
    m_amountCaption->setText(tr("Amount:"));
    m_statusCaption->setText(tr("Status:"));
    m_escrowCaption->setText(tr("Escrow:"));
    m_receivedCaption->setText(tr("Received:"));
    m_noteCaption->setText(tr("Note:"));
    m_rejectReasonCaption->setText(tr("Reason given:"));

    m_acceptButton->setText(tr("&Accept"));
    m_acceptButton->setAccessibleName(tr("Accept bid"));
    m_acceptButton->setAccessibleDescription(
        tr("Accepts the selected bid and opens a chat with the fan."));
    m_acceptButton->setToolTip(tr("Accept this bid and open a chat with the fan (Alt+A)"));
    m_rejectButton->setText(tr("&Reject…"));
    m_rejectButton->setAccessibleName(tr("Reject bid"));
    m_rejectButton->setAccessibleDescription(
        tr("Asks for an optional reason, rejects the selected bid and refunds the escrow."));
    m_rejectButton->setToolTip(tr("Reject this bid and refund the fan (Alt+R)"));
    m_undoButton->setAccessibleName(tr("Undo or dismiss your answer"));
    m_undoButton->setAccessibleDescription(
        tr("Cancels an answer that has not been sent yet, or dismisses one the server rejected."));
    m_error->setAccessibleName(tr("Action error"));
    m_closedHint->setText(tr("Only pending bids can be accepted or rejected."));

    // The bid's own texts (status, dates, amounts) are built by refresh() in the new language.
    refresh();
}

QLabel *BidDetailPane::addDetailRow(QLabel *value)
{
    const int row = m_form->count() / 2;
    auto *captionLabel = new QLabel(m_details);
    captionLabel->setBuddy(value);
    m_form->addWidget(captionLabel, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(value, row, 1);
    return captionLabel;
}

void BidDetailPane::setBidId(const QString &bidId)
{
    if (bidId == m_bidId)
        return;

    m_bidId = bidId;
    m_lifecyclePane->setBidId(bidId);
    m_error->clear();
    m_errorBox->hide();
    refresh();
}

void BidDetailPane::refresh()
{
    const Bid *bid = (m_session && !m_bidId.isEmpty()) ? m_session->bids()->find(m_bidId) : nullptr;
    if (!bid) {
        m_placeholder->setText(m_bidId.isEmpty()
                                   ? tr("Select a bid in the inbox to see its details.")
                                   : tr("This bid is no longer in the inbox."));
        m_placeholder->show();
        m_details->hide();
        updateButtons();
        return;
    }

    m_placeholder->hide();
    m_details->show();
    showBid(*bid);
    updateButtons();
}

void BidDetailPane::showBid(const Bid &bid)
{
    m_fan->setText(displayName(bid.fanName));
    m_amount->setText(formatMoney(bid.amount));
    m_status->setText(BidText::status(bid.status));
    m_escrow->setText(BidText::escrow(bid.escrow));
    const QLocale locale;
    const QDateTime received = bid.createdAt.toLocalTime();
    m_received->setText(tr("%1, %2").arg(locale.toString(received.date(), QLocale::LongFormat),
                                         locale.toString(received.time(), QLocale::ShortFormat)));
    m_note->setText(bid.note.isEmpty() ? tr("(no note)") : displayText(bid.note));

    const bool rejected = bid.status == BidStatus::Rejected;
    m_rejectReason->setText(bid.rejectReason.isEmpty() ? tr("(none)") : displayText(bid.rejectReason));
    m_rejectReasonCaption->setVisible(rejected);
    m_rejectReason->setVisible(rejected);
}

void BidDetailPane::updateButtons()
{
    const Bid *bid = (m_session && !m_bidId.isEmpty()) ? m_session->bids()->find(m_bidId) : nullptr;
    const bool busy = bid && m_session->isBusy(bid->id);
    const bool actionable = bid && bid->status == BidStatus::Pending && !busy;

    m_acceptButton->setEnabled(actionable);
    m_rejectButton->setEnabled(actionable);
    m_acceptButton->setVisible(bid != nullptr);
    m_rejectButton->setVisible(bid != nullptr);
    m_closedHint->setVisible(bid && bid->status != BidStatus::Pending);
    const sync::OutboxMark *mark = bid ? m_session->bids()->outboxMark(bid->id) : nullptr;
    m_undoButton->setVisible(mark != nullptr);
    if (mark) {
        m_undoButton->setText(mark->failed ? tr("&Dismiss") : tr("&Undo"));
        m_undoButton->setEnabled(m_session->outbox()->isRemovable(mark->entryId));
    }

    if (mark && mark->failed) {
        m_status->setText(tr("%1 (your answer was not accepted: %2)")
                              .arg(BidText::status(bid->status), mark->failure));
    } else if (busy && m_session->connectionState() != sync::CreatorSession::ConnectionState::Online) {
        m_status->setText(tr("%1 (your answer waits to be sent)").arg(BidText::status(bid->status)));
    } else if (busy) {
        m_status->setText(tr("%1 (sending your answer…)").arg(BidText::status(bid->status)));
    } else if (bid) {
        m_status->setText(BidText::status(bid->status));
    }
}

void BidDetailPane::undoAnswer()
{
    const sync::OutboxMark *mark =
        (m_session && !m_bidId.isEmpty()) ? m_session->bids()->outboxMark(m_bidId) : nullptr;
    if (!mark)
        return;
    qCInfo(lcUi) << "creator removes the unsent answer to bid" << m_bidId;
    if (Result<void> removed = m_session->removeOutboxEntry(mark->entryId); !removed)
        showError(removed.error().message);
}

void BidDetailPane::showError(const QString &message)
{
    m_error->setText(tr("Your answer was not sent: %1").arg(message));
    m_errorBox->show();
}

void BidDetailPane::acceptBid()
{
    if (!m_session || m_bidId.isEmpty())
        return;

    m_errorBox->hide();
    qCInfo(lcUi) << "creator accepts bid" << m_bidId;
    m_session->accept(m_bidId);
}

void BidDetailPane::askToReject()
{
    if (!m_session || m_bidId.isEmpty())
        return;
    if (m_rejectDialog) {
        m_rejectDialog->raise();
        m_rejectDialog->activateWindow();
        return;
    }
    const Bid *bid = m_session->bids()->find(m_bidId);
    if (!bid)
        return;

    const QString summary =
        tr("%1 from %2").arg(formatMoney(bid->amount), isolatedName(bid->fanName));
    auto *dialog = new RejectDialog(summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rejectDialog = dialog;

    // The dialog keeps the id it was opened for, even if the selection moves meanwhile.
    const QString bidId = m_bidId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, bidId] {
        if (!m_session)
            return;
        if (bidId == m_bidId)
            m_errorBox->hide();
        qCInfo(lcUi) << "creator rejects bid" << bidId;
        m_session->reject(bidId, dialog->reason());
    });
    dialog->open();
}

} // namespace mesi::ui
