#include "chatmodel.h"

#include "lifecycletext.h"

#include "core/displaytext.h"
#include "sync/chatrepository.h"

namespace mesi::ui {

ChatModel::ChatModel(sync::ChatRepository *repository, QObject *parent)
    : QAbstractListModel(parent), m_repository(repository)
{
    if (repository) {
        connect(repository, &sync::ChatRepository::messageAdded, this, &ChatModel::addMessage);
        connect(repository, &sync::ChatRepository::messageChanged, this, &ChatModel::changeMessage);
        connect(repository, &sync::ChatRepository::messageRemoved, this, &ChatModel::removeMessage);
        connect(repository, &sync::ChatRepository::cleared, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
        connect(repository, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
}

void ChatModel::setBidId(const QString &bidId)
{
    if (bidId == m_bidId)
        return;

    beginResetModel();
    m_bidId = bidId;
    reload();
    endResetModel();
}

void ChatModel::retranslate()
{
    m_locale = QLocale();
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rows[row] = makeRow(m_rows.at(row).message);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Row &row = m_rows.at(index.row());
    const ChatMessage &message = row.message;
    switch (role) {
    case Qt::DisplayRole:
        return row.displayText;
    case Qt::ToolTipRole:
        return message.text;
    case MessageIdRole:
        return message.id;
    case SenderRole:
        return QVariant::fromValue(message.sender);
    case SenderNameRole:
        return message.senderName;
    case TextRole:
        return message.text;
    case SentAtRole:
        return message.sentAt;
    case SentAtTextRole:
        return row.sentAtText;
    case DeliveryRole:
        return QVariant::fromValue(row.delivery);
    case FailureRole:
        return row.failure;
    case ClientIdRole:
        return message.clientId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(SenderRole, "sender");
    names.insert(SenderNameRole, "senderName");
    names.insert(TextRole, "text");
    names.insert(SentAtRole, "sentAt");
    names.insert(SentAtTextRole, "sentAtText");
    names.insert(DeliveryRole, "delivery");
    names.insert(FailureRole, "failure");
    names.insert(ClientIdRole, "clientId");
    return names;
}

ChatModel::Row ChatModel::makeRow(const ChatMessage &message) const
{
    const QString time = m_locale.toString(message.sentAt.toLocalTime(), QLocale::ShortFormat);
    Row row;
    row.message = message;
    row.message.senderName = displayName(message.senderName);
    row.message.text = displayText(message.text);
    // A proposal shows its terms in words; the note, if any, follows on its own line.
    if (message.proposal) {
        const QString terms = tr("Proposed meeting: %1").arg(LifecycleText::meetingSummary(*message.proposal));
        row.message.text = row.message.text.isEmpty() ? terms
                                                      : terms + QLatin1Char('\n') + row.message.text;
    }
    row.sentAtText = time;
    row.displayText = tr("%1, %2\n%3").arg(isolatedName(message.senderName), time, row.message.text);
    if (m_repository) {
        row.delivery = m_repository->delivery(message.id);
        row.failure = m_repository->failure(message.id);
    }
    return row;
}

void ChatModel::changeMessage(const ChatMessage &message, qsizetype row)
{
    if (message.bidId != m_bidId || row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = makeRow(message);
    Q_EMIT dataChanged(index(int(row)), index(int(row)));
}

void ChatModel::removeMessage(const QString &bidId, qsizetype row)
{
    if (bidId != m_bidId || row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, int(row), int(row));
    m_rows.removeAt(row);
    endRemoveRows();
}

void ChatModel::addMessage(const ChatMessage &message, qsizetype row)
{
    if (m_bidId.isEmpty() || message.bidId != m_bidId)
        return;

    // The repository reports the row in its own list, which this model mirrors.
    const int position = int(qBound(qsizetype(0), row, m_rows.size()));
    beginInsertRows({}, position, position);
    m_rows.insert(position, makeRow(message));
    endInsertRows();
}

void ChatModel::reload()
{
    m_rows.clear();
    if (!m_repository || m_bidId.isEmpty())
        return;

    const QList<ChatMessage> messages = m_repository->messages(m_bidId);
    m_rows.reserve(messages.size());
    for (const ChatMessage &message : messages)
        m_rows.append(makeRow(message));
}

} // namespace mesi::ui
