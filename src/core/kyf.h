#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace mesi {

/// How long a fan has to answer a KYF request after the creator accepts the bid.
inline constexpr qint64 KyfAnswerSeconds = 48 * 60 * 60;

/**
 * A field of the KYC form a fan filled in at registration that a creator may ask to see.
 * The wire names are snake_case ("legal_name").
 */
enum class KyfField {
    LegalName,
    Over18,
    Country,
    VerifiedPhoto,
};

/// Stage of a Know Your Fan request on an accepted bid.
enum class KyfState {
    NotRequired, ///< The creator did not ask for KYF when the bid was accepted.
    Requested,   ///< Waiting for the fan's answer until the deadline.
    Consented,   ///< The fan shares the requested fields while the bid is open.
    Declined,    ///< The fan said no; the bid is cancelled and refunded.
    Expired,     ///< No answer by the deadline; the bid is cancelled and refunded.
};

QString toWire(KyfField field);
Result<KyfField> kyfFieldFromWire(const QString &name);
const QList<KyfField> &allKyfFields();
QString toWire(KyfState state);
Result<KyfState> kyfStateFromWire(const QString &name);

/// The KYF part of a bid. It never carries the fan's answers, only what was asked and when.
struct KyfRequest
{
    KyfState state = KyfState::NotRequired;
    QList<KyfField> fields;
    QDateTime deadline; ///< UTC; set while requested and kept afterwards for the record.

    friend bool operator==(const KyfRequest &, const KyfRequest &) = default;
};

/**
 * The fan's consented answers, fetched on demand and held only in memory.
 * Nothing may write them to the local cache or to a log.
 */
using KyfAnswers = QMap<KyfField, QString>;

} // namespace mesi

Q_DECLARE_METATYPE(mesi::KyfAnswers)
