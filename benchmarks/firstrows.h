#pragma once

#include <QElapsedTimer>
#include <QTableView>

namespace mesi::sync {
class BidRepository;
}

namespace mesi::ui {
class BidFilterModel;
class BidInboxModel;
} // namespace mesi::ui

namespace mesi::bench {

/// CLOCK_MONOTONIC in nanoseconds; the same clock in every process, so a parent and its child can compare.
qint64 monotonicNanoseconds();

/**
 * The bid inbox as the console's main window builds it: BidInboxModel under BidFilterModel,
 * sorting on, newest first. Emits painted after each paint of its viewport has finished.
 */
class InboxView : public QTableView
{
    Q_OBJECT

public:
    explicit InboxView(sync::BidRepository *bids, QWidget *parent = nullptr);

    ui::BidInboxModel *inboxModel() const { return m_inboxModel; }

Q_SIGNALS:
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ui::BidInboxModel *m_inboxModel = nullptr;
    ui::BidFilterModel *m_filterModel = nullptr;
};

/**
 * Runs the first-rows measurement in this process: opens the cache at cachePath, builds a
 * CreatorSession on it and the inbox view, shows it and prints one line with the times of
 * the first finished paint. sinceMain was started first thing in main(). Returns the exit code.
 */
int runFirstRows(const QString &cachePath, const QElapsedTimer &sinceMain);

} // namespace mesi::bench
