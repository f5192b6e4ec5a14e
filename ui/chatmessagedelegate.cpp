#include "chatmessagedelegate.h"

#include "chatmodel.h"

#include "core/displaytext.h"

#include <QListView>
#include <QPainter>

namespace mesi::ui {

namespace {

constexpr int Padding = 6;

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

ChatMessageDelegate::ChatMessageDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view)
{
}

void ChatMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const bool fromCreator =
        index.data(ChatModel::SenderRole).value<ChatSender>() == ChatSender::Creator;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;

    painter->save();
    QColor background = palette.color(fromCreator ? QPalette::AlternateBase : QPalette::Base);
    if (selected)
        background = palette.color(QPalette::Highlight);
    painter->fillRect(option.rect, background);

    const Layout layout = layoutFor(option, index, option.rect.width());
    const QPoint origin = option.rect.topLeft();
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    painter->setFont(boldFont(option.font));
    painter->setPen(textColor);
    painter->drawText(layout.header.translated(origin), Qt::AlignLeft | Qt::TextSingleLine,
                      headerText(index));

    painter->setFont(option.font);
    painter->drawText(layout.body.translated(origin), Qt::AlignLeft | Qt::TextWordWrap,
                      index.data(ChatModel::TextRole).toString());

    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(textColor, 1, Qt::DotLine));
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

QSize ChatMessageDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    return layoutFor(option, index, availableWidth(option)).size;
}

ChatMessageDelegate::Layout ChatMessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                           const QModelIndex &index,
                                                           int width) const
{
    const int textWidth = std::max(width - 2 * Padding, 1);
    const QFontMetrics headerMetrics(boldFont(option.font));
    const QFontMetrics bodyMetrics(option.font);

    Layout layout;
    layout.header = QRect(Padding, Padding, textWidth, headerMetrics.height());
    const QRect bodyBounds =
        bodyMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::AlignLeft | Qt::TextWordWrap,
                                 index.data(ChatModel::TextRole).toString());
    layout.body = QRect(Padding, layout.header.bottom() + 1 + Padding / 2, textWidth,
                        bodyBounds.height());
    layout.size = QSize(width, layout.body.bottom() + 1 + Padding);
    return layout;
}

int ChatMessageDelegate::availableWidth(const QStyleOptionViewItem &option) const
{
    if (!m_view)
        return option.rect.width();
    // Leave room for the view's spacing on both sides, or items would overflow into a scroll bar.
    return std::max(m_view->viewport()->width() - 2 * m_view->spacing(), 1);
}

QString ChatMessageDelegate::headerText(const QModelIndex &index) const
{
    const QString header = tr("%1 · %2").arg(isolatedName(index.data(ChatModel::SenderNameRole).toString()),
                                             index.data(ChatModel::SentAtTextRole).toString());
    // U+1F552 is a clock face, the mark chat apps use for a message that is not sent yet. It is
    // written as the character itself, because lupdate 6.4 misreads the \U escape.
    switch (index.data(ChatModel::DeliveryRole).value<sync::Delivery>()) {
    case sync::Delivery::Pending:
        return tr("%1 · 🕒 waiting to send", "outbox state of a chat message").arg(header);
    case sync::Delivery::Failed:
        return tr("%1 · not sent: %2").arg(header, index.data(ChatModel::FailureRole).toString());
    case sync::Delivery::Sent:
        break;
    }
    return header;
}

} // namespace mesi::ui
