#include "kyf.h"

namespace mesi {

namespace {

struct FieldName
{
    KyfField field;
    const char *name;
};
constexpr FieldName FieldNames[] = {
    {KyfField::LegalName, "legal_name"},
    {KyfField::Over18, "over_18"},
    {KyfField::Country, "country"},
    {KyfField::VerifiedPhoto, "verified_photo"},
};

struct StateName
{
    KyfState state;
    const char *name;
};
constexpr StateName StateNames[] = {
    {KyfState::NotRequired, "not_required"},
    {KyfState::Requested, "requested"},
    {KyfState::Consented, "consented"},
    {KyfState::Declined, "declined"},
    {KyfState::Expired, "expired"},
};

} // namespace

QString toWire(KyfField field)
{
    for (const FieldName &entry : FieldNames) {
        if (entry.field == field)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

Result<KyfField> kyfFieldFromWire(const QString &name)
{
    for (const FieldName &entry : FieldNames) {
        if (name == QLatin1String(entry.name))
            return entry.field;
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown KYF field '%1'; expected legal_name, over_18, "
                                    "country or verified_photo")
                         .arg(name.left(60)),
                     QStringLiteral("fields"));
}

const QList<KyfField> &allKyfFields()
{
    static const QList<KyfField> fields = {KyfField::LegalName, KyfField::Over18,
                                           KyfField::Country, KyfField::VerifiedPhoto};
    return fields;
}

QString toWire(KyfState state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

Result<KyfState> kyfStateFromWire(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return makeError(ErrorCode::Protocol,
                     QStringLiteral("unknown KYF state '%1'; expected not_required, requested, "
                                    "consented, declined or expired")
                         .arg(name.left(60)),
                     QStringLiteral("kyf.state"));
}

} // namespace mesi
