#include "timegridpage.h"

#include "timegridheader.h"
#include "timegridview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace mesi::ui {

TimeGridPage::TimeGridPage(int dayCount, QWidget *parent)
    : QWidget(parent)
{
    m_view = new TimeGridView(dayCount, this);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
    m_period = new QLabel(this);
    QFont bold = m_period->font();
    bold.setBold(true);
    m_period->setFont(bold);
    m_period->setAlignment(Qt::AlignCenter);

    const QString prefix = dayCount == 1 ? QStringLiteral("calendarDay") : QStringLiteral("calendarWeek");
    m_view->setObjectName(prefix + QStringLiteral("Grid"));
    m_previous->setObjectName(prefix + QStringLiteral("Previous"));
    m_next->setObjectName(prefix + QStringLiteral("Next"));
    m_period->setObjectName(prefix + QStringLiteral("Period"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_period, 1);
    bar->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { m_view->navigateBy(-m_view->dayCount()); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_view->navigateBy(m_view->dayCount()); });
    connect(m_view, &TimeGridView::periodChanged, this, &TimeGridPage::updatePeriod);
    retranslateUi();
}

QString TimeGridPage::periodText(QDate firstDay, int dayCount, const QLocale &locale)
{
    if (dayCount == 1)
        return locale.toString(firstDay, QLocale::LongFormat);
    const QDate lastDay = firstDay.addDays(dayCount - 1);
    const QString last = locale.toString(lastDay, QLocale::LongFormat);
    const QString first = locale.toString(firstDay, QLocale::ShortFormat);
    return tr("Week %1: %2 – %3", "ISO week number, first day, last day")
        .arg(locale.toString(firstDay.addDays(3).weekNumber()), first, last);
}

void TimeGridPage::updatePeriod()
{
    m_period->setText(periodText(m_view->firstDay(), m_view->dayCount(), locale()));
}

void TimeGridPage::retranslateUi()
{
    const bool day = m_view->dayCount() == 1;
    m_previous->setAccessibleName(day ? tr("Previous day") : tr("Previous week"));
    m_previous->setToolTip(day ? tr("Previous day (PageUp)") : tr("Previous week (PageUp)"));
    m_next->setAccessibleName(day ? tr("Next day") : tr("Next week"));
    m_next->setToolTip(day ? tr("Next day (PageDown)") : tr("Next week (PageDown)"));
    m_period->setAccessibleName(day ? tr("Shown day") : tr("Shown week"));
    m_view->setAccessibleName(day ? tr("Day grid") : tr("Week grid"));
    m_view->setAccessibleDescription(
        tr("Meetings by hour. Left and Right move the day, PageUp and PageDown the period, Home goes to today, "
           "Up and Down select meetings, Enter opens one and the Menu key offers its chat and pass."));
    m_view->header()->setAccessibleName(day ? tr("Day and deadlines") : tr("Days and deadlines"));
    updatePeriod();
}

void TimeGridPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
}

} // namespace mesi::ui
