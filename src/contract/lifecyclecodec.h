#pragma once

#include "core/aisession.h"
#include "core/bid.h"
#include "core/creatorsettings.h"
#include "core/kyf.h"
#include "core/meeting.h"
#include "core/result.h"

#include <QJsonObject>

// Wire forms of the parts of a bid that the lifecycle adds: KYF, meetings, AI sessions
// and creator settings. Readers return Protocol errors that name the field at fault.
namespace mesi::contract {

QJsonObject toJson(const MeetingTerms &terms);
Result<MeetingTerms> meetingTermsFromJson(const QJsonObject &object, const QString &subject);

QJsonObject toJson(const Meeting &meeting);
Result<Meeting> meetingFromJson(const QJsonObject &object, const QString &subject);

QJsonObject toJson(const KyfRequest &request);
Result<KyfRequest> kyfRequestFromJson(const QJsonObject &object, const QString &subject);

/// {"legal_name": "...", ...}: the fan's consented answers, sent only while a bid is open.
QJsonObject toJson(const KyfAnswers &answers);
Result<KyfAnswers> kyfAnswersFromJson(const QJsonObject &object);

/// The session of an AI bid; tierPrice is in the bid's asset.
QJsonObject toJson(const AiSession &session);
Result<AiSession> aiSessionFromJson(const QJsonObject &object, const Asset &asset,
                                    const QString &subject);

QJsonObject toJson(const CreatorSettings &settings);
Result<CreatorSettings> creatorSettingsFromJson(const QJsonObject &object);

/// Adds the lifecycle fields of bid to its wire object.
void writeLifecycle(const Bid &bid, QJsonObject &object);
/// Reads the lifecycle fields of a bid from its wire object into bid.
Result<void> readLifecycle(const QJsonObject &object, const QString &subject, Bid &bid);

} // namespace mesi::contract
