#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mesi::ui {

/**
 * Asks the creator to confirm a rejection and for an optional reason shown to the fan.
 *
 * The reason is capped at the contract's limit while typing and pasting, with a live counter.
 */
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    /// summary names the bid in a few words, such as "120.00 USD from Alex".
    explicit RejectDialog(const QString &summary, QWidget *parent = nullptr);

    /// Returns the reason as typed without surrounding white space, which may be empty.
    QString reason() const;
    /// Maximum length of the reason in UTF-16 code units.
    static int maxReasonLength();

private:
    void enforceLimit();

    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace mesi::ui
