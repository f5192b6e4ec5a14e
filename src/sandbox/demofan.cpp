#include "demofan.h"

#include "core/logging.h"
#include "demoseed.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace mesi::sandbox {

namespace {

const QStringList &fanNames()
{
    static const QStringList names{
        QStringLiteral("Iris Berg"),    QStringLiteral("Jonas Keller"), QStringLiteral("Kemi Adeyemi"),
        QStringLiteral("Luca Ferri"),   QStringLiteral("Maya Cohen"),   QStringLiteral("Nils Dahl"),
        QStringLiteral("Omar Khalil"),  QStringLiteral("Priya Nair"),   QStringLiteral("Quinn Walsh"),
        QStringLiteral("Rosa Jimenez"),
    };
    return names;
}

const QStringList &notes()
{
    static const QStringList texts{
        QStringLiteral("Big fan, would love to meet!"),
        QStringLiteral("A coffee and a photo?"),
        QStringLiteral("Could you sign my poster?"),
        QStringLiteral("Five minutes on a video call would make my year."),
        QStringLiteral("Saw your last show twice."),
        QString(),
    };
    return texts;
}

template<typename List>
const auto &pick(const List &list)
{
    return list.at(QRandomGenerator::global()->bounded(int(list.size())));
}

/// A random amount with every decimal of the asset, between 5 and 500 whole units.
QString randomAmount(const Asset &asset)
{
    QRandomGenerator *random = QRandomGenerator::global();
    QString text = QString::number(random->bounded(5, 501));
    if (asset.decimals() > 0) {
        text += QLatin1Char('.');
        for (int i = 0; i < asset.decimals(); ++i)
            text += QChar(u'0' + random->bounded(10));
    }
    return text;
}

} // namespace

DemoFan::DemoFan(SandboxStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        Result<std::optional<Bid>> placed = placeBid();
        if (!placed)
            qCWarning(lcSandboxDemo).noquote()
                << "demo fan failed to place a bid:" << placed.error().message;
    });
}

void DemoFan::start(int intervalSeconds)
{
    if (intervalSeconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(intervalSeconds * 1000);
}

Result<std::optional<Bid>> DemoFan::placeBid()
{
    Result<std::optional<Creator>> creator = m_store.accounts().findCreatorByHandle(
        demoCreatorHandle());
    if (!creator)
        return creator.error();
    if (!creator.value()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("creator '%1' does not exist; start with --seed demo on an "
                                        "empty data folder")
                             .arg(demoCreatorHandle()));
    }

    Result<qint64> pending = m_store.bids().pendingCount(creator.value()->id);
    if (!pending)
        return pending.error();
    if (pending.value() >= MaxPendingBids) {
        if (!m_paused) {
            qCInfo(lcSandboxDemo).noquote() << "demo fan paused:" << pending.value() << "bids are pending,"
                                  << "it resumes below" << MaxPendingBids;
        }
        m_paused = true;
        return std::optional<Bid>();
    }
    if (m_paused)
        qCInfo(lcSandboxDemo).noquote() << "demo fan resumed";
    m_paused = false;

    const Asset &asset = pick(Asset::all());
    const QJsonObject body{{QStringLiteral("creator"), demoCreatorHandle()},
                           {QStringLiteral("amount"), randomAmount(asset)},
                           {QStringLiteral("asset"), asset.code()},
                           {QStringLiteral("note"), pick(notes())}};
    const QString fanName = pick(fanNames());

    std::optional<Bid> placed;
    Result<void> done = m_store.change([&]() -> Result<void> {
        const QDateTime now = nowUtc();
        Result<Fan> fan = m_store.accounts().findOrCreateFan(fanName, now);
        if (!fan)
            return fan.error();
        Result<Bid> bid = m_store.placeBidFromJson(fan.value(), body, now);
        if (!bid)
            return bid.error();
        placed = bid.value();
        return {};
    });
    if (!done)
        return done.error();

    qCInfo(lcSandboxDemo).noquote() << "demo fan placed bid" << placed->id;
    return placed;
}

} // namespace mesi::sandbox
