#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace mesi::ui {

/**
 * The calendar's key: a swatch drawn like the blocks themselves, then the word, for each
 * entry kind, imported busy times, both marker kinds and the current-time line.
 */
class CalendarLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    /// The words of the legend in order, for tests and screen readers.
    QStringList itemTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void repaintSwatches();

    QList<QLabel *> m_swatches;
    QList<QLabel *> m_texts;
    QLabel *m_monthHint = nullptr;
};

} // namespace mesi::ui
