#include "creatoravailability.h"

#include "creatorsession.h"

#include "contract/availabilitycodec.h"
#include "contract/jsonreader.h"
#include "core/logging.h"

#include <QJsonDocument>

namespace mesi::sync {

namespace {

/// sync_state name of the cached availability; an empty value means none is set.
const QString AvailabilityStateName = QStringLiteral("creator_availability");

} // namespace

CreatorAvailability::CreatorAvailability(api::LifecycleApi &api, CreatorSession &session,
                                         QObject *parent)
    : QObject(parent), m_api(api), m_session(session)
{
}

void CreatorAvailability::loadCached()
{
    Result<QString> stored = m_session.cache()->stateValue(AvailabilityStateName);
    if (!stored || stored->isEmpty())
        return;
    Result<QJsonObject> object = contract::parseObject(stored->toUtf8(), QStringLiteral("cached availability"));
    if (!object) {
        qCWarning(lcSync).noquote() << "ignored cached availability:" << object.error().message;
        return;
    }
    Result<Availability> availability = contract::availabilityFromJson(object.value());
    if (!availability) {
        qCWarning(lcSync).noquote() << "ignored cached availability:" << availability.error().message;
        return;
    }
    m_availability = availability.value();
    Q_EMIT availabilityChanged();
}

void CreatorAvailability::apply(const std::optional<Availability> &availability)
{
    m_availability = availability;
    const QString json = availability ? QString::fromUtf8(QJsonDocument(contract::toJson(*availability))
                                                              .toJson(QJsonDocument::Compact))
                                      : QString();
    if (Result<void> saved = m_session.cache()->setStateValue(AvailabilityStateName, json); !saved)
        qCWarning(lcSync).noquote() << "could not cache the availability:" << saved.error().message;
    Q_EMIT availabilityChanged();
}

void CreatorAvailability::refresh()
{
    m_api.getAvailability(this, [this](Result<std::optional<Availability>> availability) {
        if (!availability) {
            qCWarning(lcSync).noquote() << "could not read the availability:"
                                        << availability.error().message;
            return;
        }
        apply(availability.value());
    });
}

void CreatorAvailability::save(const Availability &availability)
{
    m_api.putAvailability(availability, api::newIdempotencyKey(), this,
                          [this](Result<Availability> saved) {
                              if (!saved) {
                                  Q_EMIT availabilitySaveFailed(saved.error());
                                  return;
                              }
                              apply(saved.value());
                          });
}

void CreatorAvailability::setBusyBlocks(const BusyBlocks &blocks)
{
    m_busyBlocks = blocks;
    Q_EMIT busyBlocksChanged();
}

Schedule CreatorAvailability::schedule() const
{
    Schedule schedule;
    schedule.availability = m_availability;
    schedule.busyBlocks = m_busyBlocks;

    const QList<Bid> bids = m_session.bids()->all();
    for (const Bid &bid : bids) {
        if (bid.status == BidStatus::Scheduled && bid.meeting.isValid()) {
            schedule.meetings.append(BookedMeeting{bid.id, bid.fanName, bid.meeting.id,
                                                   bid.meeting.terms, false});
            continue;
        }
        if (bid.status != BidStatus::Accepted)
            continue;

        // Chats not opened in this run are not in the repository, so they come from the cache.
        // NOTE: one query per accepted bid on every check; an account with thousands of
        // accepted bids would want one query for the newest proposal of each bid.
        QList<ChatMessage> messages = m_session.chats()->messages(bid.id);
        if (messages.isEmpty()) {
            Result<QList<ChatMessage>> cached = m_session.cache()->loadMessages(bid.id);
            if (cached)
                messages = cached.value();
        }
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            const QString id = it->id.isEmpty() ? it->clientId : it->id;
            if (!it->proposal || m_session.chats()->delivery(id) == Delivery::Failed)
                continue;
            schedule.meetings.append(BookedMeeting{bid.id, bid.fanName, id, *it->proposal, true});
            break;
        }
    }
    return schedule;
}

QList<Conflict> CreatorAvailability::conflictsFor(const MeetingTerms &terms, const QString &bidId) const
{
    return findConflicts(terms, bidId, schedule());
}

} // namespace mesi::sync
