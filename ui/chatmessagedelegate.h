#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace mesi::ui {

/**
 * Draws one chat message of a ChatModel: the sender in bold with the time, then the
 * text wrapped to the width of the view. The creator's own messages get the
 * palette's alternate base colour, so the two sides of the chat stand apart.
 */
class ChatMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Lays messages out for the width of the viewport of view, which also becomes the parent.
    explicit ChatMessageDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect header;
        QRect body;
        QSize size;
    };

    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int availableWidth(const QStyleOptionViewItem &option) const;
    QString headerText(const QModelIndex &index) const;

    QListView *m_view = nullptr;
};

} // namespace mesi::ui
