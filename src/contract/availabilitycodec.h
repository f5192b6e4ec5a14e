#pragma once

#include "core/availability.h"
#include "core/result.h"

#include <QJsonObject>

// Wire form of a creator's availability:
// {"timeZone": "Europe/Berlin",
//  "windows": [{"day": "monday", "start": "10:00", "end": "13:00"}, ...],
//  "blockedDates": ["2026-12-24", ...], "travelBufferMinutes": 30}
namespace mesi::contract {

QJsonObject toJson(const Availability &availability);

/**
 * Reads availability and checks it with validateAvailability() after dropping repeated
 * windows and dates. Errors are Protocol errors that name the field and the value at fault.
 */
Result<Availability> availabilityFromJson(const QJsonObject &object);

} // namespace mesi::contract
