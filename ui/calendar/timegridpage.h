#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QLabel;
class QToolButton;

namespace mesi::ui {

class TimeGridView;

/// A TimeGridView under a bar with Previous and Next buttons and the shown period's dates.
class TimeGridPage : public QWidget
{
    Q_OBJECT

public:
    /// dayCount is 7 for the week page and 1 for the day page.
    explicit TimeGridPage(int dayCount, QWidget *parent = nullptr);

    TimeGridView *view() const { return m_view; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QLabel *periodLabel() const { return m_period; }

    /// The shown period in words, such as "Week 23: 2–8 June 2025" or "Tuesday, 3 June 2025".
    static QString periodText(QDate firstDay, int dayCount, const QLocale &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePeriod();

    TimeGridView *m_view = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_period = nullptr;
};

} // namespace mesi::ui
