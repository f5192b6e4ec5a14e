// Routes of a creator's availability: the creator reads and replaces it, and any signed-in
// account reads it by the creator's handle.

#include "contract/availabilitycodec.h"
#include "contract/wire.h"
#include "sandboxapi.h"
#include "sandboxstore.h"

namespace mesi::sandbox {

namespace {

/// The 404 of a creator who has not set any availability, with its own code so clients can
/// tell it from an unknown creator.
ApiResponse notSetResponse(const QString &message)
{
    return jsonResponse(404, contract::errorBody(QStringLiteral("availability_not_set"), message));
}

} // namespace

ApiResponse SandboxApi::creatorAvailability(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());
    Result<std::optional<Availability>> availability = m_store.profiles().availability(creator->id);
    if (!availability)
        return errorResponse(availability.error());
    if (!availability.value())
        return notSetResponse(QStringLiteral("no availability set yet; save one with PUT "
                                             "/v1/creator/availability"));
    return jsonResponse(200, contract::toJson(*availability.value()));
}

ApiResponse SandboxApi::updateCreatorAvailability(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    return runIdempotent(request, creator.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        Result<Availability> parsed = contract::availabilityFromJson(body.value());
        if (!parsed) {
            const Error &error = parsed.error();
            return bodyErrorResponse(body.value(),
                                     makeError(ErrorCode::InvalidArgument, error.message, error.field));
        }
        Result<Availability> saved = m_store.profiles().updateAvailability(creator->id, parsed.value());
        if (!saved)
            return errorResponse(saved.error());
        return jsonResponse(200, contract::toJson(saved.value()));
    });
}

ApiResponse SandboxApi::publicAvailability(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());

    const QString handle = request.pathArgs.value(QStringLiteral("handle"));
    Result<std::optional<Creator>> creator = m_store.accounts().findCreatorByHandle(handle);
    if (!creator)
        return errorResponse(creator.error());
    if (!creator.value()) {
        return errorResponse(makeError(ErrorCode::NotFound,
                                       QStringLiteral("no creator with handle '%1'; check the "
                                                      "handle's spelling")
                                           .arg(handle.left(100)),
                                       QStringLiteral("handle")));
    }
    Result<std::optional<Availability>> availability =
        m_store.profiles().availability(creator.value()->id);
    if (!availability)
        return errorResponse(availability.error());
    if (!availability.value())
        return notSetResponse(QStringLiteral("creator '%1' has not set any availability yet")
                                  .arg(creator.value()->handle));
    return jsonResponse(200, contract::toJson(*availability.value()));
}

} // namespace mesi::sandbox
