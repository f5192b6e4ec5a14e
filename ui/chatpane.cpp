#include "chatpane.h"

#include "bidtext.h"
#include "chatmessagedelegate.h"
#include "chatmodel.h"

#include "core/logging.h"
#include "sync/creatorsession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mesi::ui {

ChatPane::ChatPane(sync::CreatorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new ChatModel(session ? session->chats() : nullptr, this);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("chatExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    m_chatPage = new QWidget(this);
    m_messages = new QListView(m_chatPage);
    m_messages->setObjectName(QStringLiteral("chatMessages"));
    m_messages->setModel(m_model);
    m_messages->setWordWrap(true);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setSpacing(4);
    m_messages->setItemDelegate(new ChatMessageDelegate(m_messages));
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_readOnlyNotice = new QLabel(m_chatPage);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setForegroundRole(QPalette::PlaceholderText);

    m_inputRow = new QWidget(m_chatPage);
    m_input = new QLineEdit(m_inputRow);
    m_input->setObjectName(QStringLiteral("chatInput"));
    // No maxLength here: QLineEdit would silently cut restored text, so the session checks
    // the length and an over-long message comes back with an error instead.
    m_input->setClearButtonEnabled(true);
    m_sendButton = new QPushButton(m_inputRow);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    auto *inputLayout = new QHBoxLayout(m_inputRow);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_input, 1);
    inputLayout->addWidget(m_sendButton);

    m_error = new QLabel(m_chatPage);
    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *chatLayout = new QVBoxLayout(m_chatPage);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_messages, 1);
    chatLayout->addWidget(m_readOnlyNotice);
    chatLayout->addWidget(m_inputRow);
    chatLayout->addWidget(m_error);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_explanation);
    m_stack->addWidget(m_chatPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &ChatPane::sendMessage);
    connect(m_input, &QLineEdit::textChanged, this, &ChatPane::updateSendButton);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatPane::sendMessage);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_messages, &QListView::scrollToBottom);
    connect(m_model, &QAbstractItemModel::modelReset, m_messages, &QListView::scrollToBottom);
    m_messages->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messages, &QWidget::customContextMenuRequested, this, &ChatPane::showMessageMenu);

    if (session) {
        connect(session->bids(), &sync::BidRepository::bidChanged, this, [this](const Bid &bid) {
            if (bid.id == m_bidId)
                refresh();
        });
        connect(session->bids(), &sync::BidRepository::bidsReset, this, &ChatPane::refresh);
        connect(session, &sync::CreatorSession::messageSendFailed, this, &ChatPane::restoreUnsent);
        connect(session, &sync::CreatorSession::chatFailed, this,
                [this](const QString &bidId, const Error &error) {
                    if (bidId == m_bidId)
                        showError(tr("The chat could not be loaded: %1").arg(error.message));
                });
    }

    updateSendButton();
    retranslateUi();
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChatPane::retranslateUi()
{
    m_heading->setText(tr("Chat"));
    m_messages->setAccessibleName(tr("Chat messages"));
    m_messages->setAccessibleDescription(tr("Messages with the fan, oldest first."));
    m_input->setPlaceholderText(tr("Write to the fan and press Enter"));
    m_input->setAccessibleName(tr("Message to the fan"));
    m_sendButton->setText(tr("&Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send the message (Enter or Alt+S)"));
    m_error->setAccessibleName(tr("Chat error"));

    m_model->retranslate();
    refresh();
}

void ChatPane::setBidId(const QString &bidId)
{
    if (bidId == m_bidId)
        return;

    if (!m_bidId.isEmpty() && !m_input->text().isEmpty())
        m_drafts.insert(m_bidId, m_input->text());

    m_bidId = bidId;
    m_loadedBidId.clear();
    m_input->setText(m_drafts.take(bidId));
    m_error->hide();
    m_model->setBidId(bidId);
    refresh();
}

bool ChatPane::isInputAvailable() const
{
    return m_stack->currentWidget() == m_chatPage && !m_inputRow->isHidden();
}

void ChatPane::refresh()
{
    const Bid *bid = (m_session && !m_bidId.isEmpty()) ? m_session->bids()->find(m_bidId) : nullptr;
    if (!bid) {
        m_explanation->setText(tr("Select a bid to see its chat."));
        m_stack->setCurrentWidget(m_explanation);
        return;
    }

    const bool open = bid->status == BidStatus::Accepted || bid->status == BidStatus::Scheduled;
    const bool readOnly = bid->status == BidStatus::Completed || bid->status == BidStatus::Cancelled;
    if (!open && !readOnly) {
        m_explanation->setText(BidText::chatUnavailableReason(bid->status));
        m_stack->setCurrentWidget(m_explanation);
        return;
    }

    m_inputRow->setVisible(open);
    m_readOnlyNotice->setVisible(readOnly);
    m_readOnlyNotice->setText(BidText::chatUnavailableReason(bid->status));
    m_stack->setCurrentWidget(m_chatPage);

    // Load once per selection, because later messages arrive over the events socket.
    if (m_loadedBidId != m_bidId) {
        m_loadedBidId = m_bidId;
        m_session->loadChat(m_bidId);
    }
}

void ChatPane::sendMessage()
{
    const QString text = m_input->text();
    if (!m_session || m_bidId.isEmpty() || text.trimmed().isEmpty())
        return;

    m_error->hide();
    m_input->clear();
    qCInfo(lcUi) << "creator sends a message in the chat of bid" << m_bidId;
    m_session->sendMessage(m_bidId, text);
}

void ChatPane::restoreUnsent(const QString &bidId, const QString &text, const Error &error)
{
    // Put the text back in front of anything typed since, so nothing the creator wrote is lost.
    const QString typedSince = bidId == m_bidId ? m_input->text() : m_drafts.value(bidId);
    const QString restored = typedSince.isEmpty() ? text : text + QLatin1Char(' ') + typedSince;

    if (bidId != m_bidId) {
        m_drafts.insert(bidId, restored);
        return;
    }
    m_input->setText(restored);
    showError(tr("Your message was not sent: %1").arg(error.message));
}

void ChatPane::showMessageMenu(const QPoint &position)
{
    const QModelIndex index = m_messages->indexAt(position);
    if (!m_session || !index.isValid())
        return;
    const auto delivery = index.data(ChatModel::DeliveryRole).value<sync::Delivery>();
    if (delivery == sync::Delivery::Sent)
        return;

    // An outbox message's client id is its outbox entry id.
    const QString entryId = index.data(ChatModel::ClientIdRole).toString();
    QMenu menu(this);
    QAction *remove = menu.addAction(delivery == sync::Delivery::Pending ? tr("Cancel sending")
                                                                          : tr("Dismiss"));
    remove->setEnabled(m_session->outbox()->isRemovable(entryId));
    if (menu.exec(m_messages->viewport()->mapToGlobal(position)) != remove)
        return;
    if (Result<void> removed = m_session->removeOutboxEntry(entryId); !removed)
        showError(tr("The message could not be cancelled: %1").arg(removed.error().message));
}

void ChatPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ChatPane::updateSendButton()
{
    m_sendButton->setEnabled(!m_input->text().trimmed().isEmpty());
}

} // namespace mesi::ui
