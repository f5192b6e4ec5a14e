#include "firstrows.h"

#include "store/localcache.h"
#include "sync/creatorsession.h"
#include "ui/bidfiltermodel.h"
#include "ui/bidinboxmodel.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace mesi::bench {

namespace {

constexpr int PaintTimeoutMs = 30000;

/**
 * Milliseconds since the kernel started this process, from field 22 of /proc/self/stat
 * (clock ticks since boot, usually 10 ms each) and CLOCK_BOOTTIME; -1 when unreadable.
 */
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name in field 2 may contain spaces, so count fields after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeIndex = 22 - 3;
    if (fields.size() <= StartTimeIndex)
        return -1;

    const double ticksPerSecond = static_cast<double>(::sysconf(_SC_CLK_TCK));
    const double startSeconds = fields.at(StartTimeIndex).toDouble() / ticksPerSecond;
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    return (nowSeconds - startSeconds) * 1000.0;
}

} // namespace

qint64 monotonicNanoseconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

InboxView::InboxView(sync::BidRepository *bids, QWidget *parent)
    : QTableView(parent),
      m_inboxModel(new ui::BidInboxModel(bids, this)),
      m_filterModel(new ui::BidFilterModel(this))
{
    m_filterModel->setSourceModel(m_inboxModel);
    setModel(m_filterModel);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    // As in the main window: the indicator first, so enabling sorting sorts only once.
    horizontalHeader()->setSortIndicator(ui::BidInboxModel::ReceivedColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
}

void InboxView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    Q_EMIT painted();
}

int runFirstRows(const QString &cachePath, const QElapsedTimer &sinceMain)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(cachePath);
    if (!cache) {
        std::fprintf(stderr, "mesi-bench: opening the cache %s failed: %s\n",
                     qPrintable(cachePath), qPrintable(cache.error().message));
        return 1;
    }

    // No sign-in, because the rows must come from the cache alone, as when the console starts
    // offline or before the server responds. The address is never contacted.
    sync::CreatorSession session(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                 std::move(cache).value());
    InboxView view(session.bids());
    view.resize(1200, 800);

    bool painted = false;
    QObject::connect(&view, &InboxView::painted, &view, [&] {
        if (painted)
            return;
        painted = true;
        const qint64 paintedAtNs = monotonicNanoseconds();
        const double mainMs = static_cast<double>(sinceMain.nsecsElapsed()) / 1e6;
        const double processMs = millisecondsSinceProcessStart();
        const int visibleRows = view.rowAt(view.viewport()->height() - 1) + 1;
        std::printf("first-rows painted_ns=%lld since_main_ms=%.1f since_process_start_ms=%.0f "
                    "rows=%d visible_rows=%d\n",
                    static_cast<long long>(paintedAtNs), mainMs, processMs,
                    view.model()->rowCount(), visibleRows > 0 ? visibleRows : view.model()->rowCount());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });

    view.show();
    QTimer::singleShot(PaintTimeoutMs, qApp, [] {
        std::fprintf(stderr, "mesi-bench: the inbox was not painted within %d s\n",
                     PaintTimeoutMs / 1000);
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}

} // namespace mesi::bench
