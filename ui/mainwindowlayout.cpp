// MainWindow's size, splitter positions and inbox columns, restored from and saved to the
// profile's settings.

#include "mainwindow.h"

#include "bidfiltermodel.h"
#include "bidinboxmodel.h"
#include "bidtext.h"

#include "core/logging.h"
#include "desktop/consolesettings.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTableView>

namespace mesi::ui {

namespace {

constexpr int MaxInitialColumnWidth = 320;
constexpr int DefaultWidth = 1280;
constexpr int DefaultHeight = 800;

} // namespace

void MainWindow::resizeToFitScreen()
{
    // The default size, shrunk to the screen, which at 200 % scaling can be smaller than it.
    QSize size(DefaultWidth, DefaultHeight);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;

    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty() && !restoreGeometry(geometry))
        qCWarning(lcUi) << "the saved window geometry is invalid; using the default size";

    for (QSplitter *splitter : {m_mainSplitter, m_detailSplitter}) {
        const QByteArray state = m_settings->splitterState(splitter->objectName());
        if (!state.isEmpty() && !splitter->restoreState(state))
            qCWarning(lcUi) << "the saved layout of" << splitter->objectName() << "is invalid; using the default";
    }

    QHeaderView *header = m_inboxView->horizontalHeader();
    const QByteArray headerState = m_settings->inboxHeaderState();
    if (headerState.isEmpty())
        return;
    if (!header->restoreState(headerState)) {
        qCWarning(lcUi) << "the saved inbox columns are invalid; using the default columns";
        return;
    }
    m_columnsSized = true;
    m_inboxView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const QList<QAction *> columnActions = header->actions();
    for (int column = 0; column < columnActions.size(); ++column)
        columnActions.at(column)->setChecked(!header->isSectionHidden(column));
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    for (QSplitter *splitter : {m_mainSplitter, m_detailSplitter})
        m_settings->setSplitterState(splitter->objectName(), splitter->saveState());
    m_settings->setInboxHeaderState(m_inboxView->horizontalHeader()->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::sizeColumnsToContents()
{
    // Sized once, from the first bids, so later bids do not make the columns jump.
    if (m_filterModel->rowCount() == 0)
        return;
    if (m_columnsSized) {
        // Widths saved under another language may be too narrow for this one's dates and headers.
        if (!m_restoredColumnsChecked) {
            m_restoredColumnsChecked = true;
            widenColumnsToContents();
        }
        return;
    }
    m_columnsSized = true;
    QHeaderView *header = m_inboxView->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column) {
        m_inboxView->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column), MaxInitialColumnWidth));
    }
    fitStateColumns();
}

void MainWindow::fitStateColumns()
{
    // The first bids are mostly pending, so sizing to them would cut "Scheduled" or
    // "Released to you" later. These columns fit the longest word of their kind instead.
    const QFontMetrics metrics = m_inboxView->fontMetrics();
    const int padding = 2 * m_inboxView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    int statusWidth = 0;
    for (BidStatus status : allBidStatuses())
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(BidText::status(status)));
    int escrowWidth = 0;
    for (EscrowState state : {EscrowState::Locked, EscrowState::Released, EscrowState::Refunded})
        escrowWidth = qMax(escrowWidth, metrics.horizontalAdvance(BidText::escrow(state)));
    QHeaderView *header = m_inboxView->horizontalHeader();
    const std::pair<int, int> wanted[] = {{BidInboxModel::StatusColumn, statusWidth + padding},
                                          {BidInboxModel::EscrowColumn, escrowWidth + padding}};
    for (const auto &[column, width] : wanted) {
        if (header->sectionSize(column) < width)
            header->resizeSection(column, qMin(width, MaxInitialColumnWidth));
    }
}

void MainWindow::widenColumnsToContents()
{
    // Another language can make headers, dates and amounts longer. Columns only grow here, so
    // widths the creator chose are kept unless the new texts would be cut.
    QHeaderView *header = m_inboxView->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column) {
        if (header->isSectionHidden(column))
            continue;
        // QTableView makes sizeHintForColumn() protected; QAbstractItemView declares it public.
        const QAbstractItemView *view = m_inboxView;
        const int contents = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        const int needed = qMin(contents, MaxInitialColumnWidth);
        if (needed > header->sectionSize(column))
            header->resizeSection(column, needed);
    }
    fitStateColumns();
}

} // namespace mesi::ui
