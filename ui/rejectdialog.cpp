#include "rejectdialog.h"

#include "contract/wire.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

namespace mesi::ui {

RejectDialog::RejectDialog(const QString &summary, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Reject Bid"));

    auto *question = new QLabel(
        tr("Reject the bid of %1? The escrow is refunded to the fan.").arg(summary), this);
    question->setWordWrap(true);

    auto *reasonLabel = new QLabel(tr("Reason for the fan (&optional):"), this);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("For example: I am travelling that month."));
    m_reasonEdit->setAccessibleName(tr("Reason for the fan"));
    m_reasonEdit->setAccessibleDescription(
        tr("Optional. Shown to the fan with the rejection. At most %1 characters.")
            .arg(maxReasonLength()));
    reasonLabel->setBuddy(m_reasonEdit);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("reasonCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setAccessibleName(tr("Characters used"));

    auto *buttons = new QDialogButtonBox(this);
    m_rejectButton = buttons->addButton(tr("&Reject Bid"), QDialogButtonBox::AcceptRole);
    m_rejectButton->setObjectName(QStringLiteral("confirmRejectButton"));
    m_rejectButton->setAccessibleName(tr("Reject bid"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // Cancel is the default, so Enter never rejects a bid by accident.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(m_counter);
    layout->addWidget(buttons);

    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &RejectDialog::enforceLimit);
    enforceLimit();
    m_reasonEdit->setFocus();
    resize(440, sizeHint().height());
}

QString RejectDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

int RejectDialog::maxReasonLength()
{
    return contract::MaxRejectReasonLength;
}

void RejectDialog::enforceLimit()
{
    QString text = m_reasonEdit->toPlainText();
    if (text.size() > maxReasonLength()) {
        // Cut typed or pasted text at the limit and keep the cursor at the end of what remains.
        qsizetype length = maxReasonLength();
        if (text.at(length - 1).isHighSurrogate())
            --length; // Never keep half of a character outside the Basic Multilingual Plane.
        text.truncate(length);
        const QSignalBlocker blocker(m_reasonEdit);
        m_reasonEdit->setPlainText(text);
        m_reasonEdit->moveCursor(QTextCursor::End);
    }

    m_counter->setText(tr("%1 / %2").arg(text.size()).arg(maxReasonLength()));
}

} // namespace mesi::ui
