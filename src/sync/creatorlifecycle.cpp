#include "creatorlifecycle.h"

#include "creatoravailability.h"
#include "creatorsession.h"

#include "contract/lifecyclecodec.h"
#include "contract/wire.h"
#include "core/logging.h"
#include "pass/meetingpass.h"
#include "pass/rotation.h"

#include <QJsonDocument>

namespace mesi::sync {

namespace {

const QString SettingsStateName = QStringLiteral("creator_settings");
/// How long before the start and after the end of a meeting its pass is valid.
constexpr qint64 PassMarginSeconds = 60 * 60;

} // namespace

CreatorLifecycle::CreatorLifecycle(api::ApiClient &client, CreatorSession &session, QObject *parent)
    : QObject(parent), m_api(client), m_session(session)
{
    m_availability = new CreatorAvailability(m_api, session, this);
    connectOutbox();
}

void CreatorLifecycle::connectOutbox()
{
    using Kind = store::OutboxEntry::Kind;
    const auto isLifecycle = [](Kind kind) {
        return kind == Kind::Propose || kind == Kind::AcceptProposal || kind == Kind::Cancel;
    };
    Outbox *outbox = m_session.outbox();
    outbox->setLifecycleApi(m_api);

    // The outbox stored the bid or message in the cache already, so only the repository
    // takes it here, before actionDone is emitted.
    connect(outbox, &Outbox::actionDelivered, this,
            [this, isLifecycle](const store::OutboxEntry &entry, const Bid &bid) {
                if (!isLifecycle(entry.kind))
                    return;
                m_session.bids()->apply(bid);
                Q_EMIT actionDone(entry.bidId);
            });
    connect(outbox, &Outbox::messageDelivered, this,
            [this, isLifecycle](const store::OutboxEntry &entry, const ChatMessage &message) {
                if (!isLifecycle(entry.kind))
                    return;
                m_session.chats()->add(message);
                Q_EMIT actionDone(entry.bidId);
            });
    connect(outbox, &Outbox::entryFailed, this,
            [this, isLifecycle](const store::OutboxEntry &entry, const Error &error) {
                if (isLifecycle(entry.kind))
                    Q_EMIT actionFailed(entry.bidId, error);
            });
}

void CreatorLifecycle::queue(store::OutboxEntry::Kind kind, const QString &bidId,
                             const QString &text)
{
    Result<store::OutboxEntry> queued = m_session.queueEntry(kind, bidId, text);
    if (!queued)
        Q_EMIT actionFailed(bidId, queued.error());
}

CreatorLifecycle::~CreatorLifecycle() = default;

void CreatorLifecycle::loadCachedSettings()
{
    m_availability->loadCached();
    Result<QString> stored = m_session.cache()->stateValue(SettingsStateName);
    if (!stored || stored->isEmpty())
        return;
    Result<QJsonObject> object = contract::parseObject(stored->toUtf8(), QStringLiteral("cached settings"));
    if (!object)
        return;
    Result<CreatorSettings> settings = contract::creatorSettingsFromJson(object.value());
    if (!settings) {
        qCWarning(lcSync).noquote() << "ignored cached settings:" << settings.error().message;
        return;
    }
    m_settings = settings.value();
    Q_EMIT settingsChanged(settings.value());
}

void CreatorLifecycle::applySettings(const CreatorSettings &settings)
{
    m_settings = settings;
    const QByteArray json = QJsonDocument(contract::toJson(settings)).toJson(QJsonDocument::Compact);
    if (Result<void> saved = m_session.cache()->setStateValue(SettingsStateName, QString::fromUtf8(json));
        !saved) {
        qCWarning(lcSync).noquote() << "could not cache the settings:" << saved.error().message;
    }
    Q_EMIT settingsChanged(settings);
}

void CreatorLifecycle::refreshSettings()
{
    m_availability->refresh();
    m_api.getSettings(this, [this](Result<CreatorSettings> settings) {
        if (!settings) {
            qCWarning(lcSync).noquote() << "could not read the settings:" << settings.error().message;
            return;
        }
        applySettings(settings.value());
    });
}

void CreatorLifecycle::saveSettings(const CreatorSettings &settings)
{
    m_api.putSettings(settings, api::newIdempotencyKey(), this,
                      [this](Result<CreatorSettings> saved) {
                          if (!saved) {
                              Q_EMIT settingsSaveFailed(saved.error());
                              return;
                          }
                          applySettings(saved.value());
                      });
}

void CreatorLifecycle::fetchKyfAnswers(const QString &bidId)
{
    m_api.getKyfAnswers(bidId, this, [this, bidId](Result<KyfAnswers> answers) {
        if (!answers) {
            Q_EMIT kyfAnswersFailed(bidId, answers.error());
            return;
        }
        Q_EMIT kyfAnswersReady(bidId, answers.value());
    });
}

void CreatorLifecycle::propose(const QString &bidId, const MeetingTerms &terms, const QString &note)
{
    // Checked now, because a queued proposal may reach the server long after the dialog closed.
    if (Result<void> valid = validateMeetingTerms(terms); !valid) {
        Q_EMIT actionFailed(bidId, valid.error());
        return;
    }
    if (note.size() > contract::MaxMessageLength) {
        Q_EMIT actionFailed(bidId, makeError(ErrorCode::InvalidArgument,
                                             tr("The note has %1 characters. Shorten it to at "
                                                "most %2.")
                                                 .arg(note.size())
                                                 .arg(contract::MaxMessageLength),
                                             QStringLiteral("note")));
        return;
    }
    queue(store::OutboxEntry::Kind::Propose, bidId, store::proposalEntryText(terms, note));
}

void CreatorLifecycle::finishAction(const QString &bidId, const Result<Bid> &bid)
{
    if (!bid) {
        Q_EMIT actionFailed(bidId, bid.error());
        return;
    }
    m_session.applyBid(bid.value());
    Q_EMIT actionDone(bidId);
}

void CreatorLifecycle::acceptProposal(const QString &bidId, const QString &messageId)
{
    queue(store::OutboxEntry::Kind::AcceptProposal, bidId, messageId);
}

void CreatorLifecycle::cancel(const QString &bidId, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxCancelReasonLength) {
        Q_EMIT actionFailed(bidId, makeError(ErrorCode::InvalidArgument,
                                             tr("The reason has %1 characters. Give the fan a "
                                                "reason of 1 to %2 characters.")
                                                 .arg(trimmed.size())
                                                 .arg(MaxCancelReasonLength),
                                             QStringLiteral("reason")));
        return;
    }
    queue(store::OutboxEntry::Kind::Cancel, bidId, trimmed);
}

void CreatorLifecycle::endSession(const QString &bidId)
{
    m_api.endSession(bidId, api::newIdempotencyKey(), this,
                     [this, bidId](Result<Bid> bid) { finishAction(bidId, bid); });
}

Result<QString> CreatorLifecycle::issuePassFor(const Bid &bid, const QDateTime &at)
{
    if (bid.status != BidStatus::Scheduled || !bid.meeting.isValid()) {
        return makeError(ErrorCode::Conflict,
                         tr("bid %1 has no scheduled meeting, so it has no pass").arg(bid.id));
    }
    if (!m_key) {
        return makeError(ErrorCode::Conflict,
                         tr("this device's pass key is not loaded yet; unlock the secrets file "
                            "or wait until the secret store answers"));
    }
    if (!isPassKeyRegistered()) {
        return makeError(ErrorCode::Conflict,
                         tr("this device's pass key is not registered with the server yet, so "
                            "a fan's scan would be rejected; go online once to register it"));
    }
    pass::PassClaims claims;
    claims.meetingId = bid.meeting.id;
    claims.fanId = bid.fanId;
    claims.validFrom = bid.meeting.terms.start.addSecs(-PassMarginSeconds);
    claims.validUntil = bid.meeting.terms.end.addSecs(PassMarginSeconds);
    claims.stepSeconds = pass::RotationStepSeconds;
    claims.step = pass::rotationStep(at, claims.stepSeconds);
    return pass::issuePass(claims, *m_key);
}

void CreatorLifecycle::confirmByFanCode(const Bid &bid, const QString &code, QObject *context,
                                        std::function<void(Result<api::PassRedemption>)> done)
{
    const QString meetingId = bid.meeting.id;
    m_api.confirmByFanCode(meetingId, code, api::newIdempotencyKey(), context,
                           [this, meetingId, done](Result<api::PassRedemption> redemption) {
                               if (redemption && redemption->bid) {
                                   m_session.applyBid(*redemption->bid);
                                   qCInfo(lcSync).noquote()
                                       << "meeting" << meetingId << "confirmed by the fan's code";
                               } else if (redemption) {
                                   qCInfo(lcSync).noquote() << "the server rejected the fan's code for meeting"
                                                            << meetingId << "as" << redemption->rejectionReason;
                               } else {
                                   qCWarning(lcSync).noquote() << "cannot send the fan's code for meeting"
                                                               << meetingId << ":" << redemption.error().message;
                               }
                               done(redemption);
                           });
}

} // namespace mesi::sync
