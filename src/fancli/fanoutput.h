#pragma once

#include "core/availability.h"
#include "core/bid.h"

#include <QString>

// Text that mesi-fan prints for bids and chat messages. Times are ISO 8601: UTC with Z, or
// with the offset of the meeting's zone for meeting times.
namespace mesi::fancli {

/**
 * One line of `mesi-fan bids`, fields separated by tabs: id, creator, amount and asset,
 * status, escrow, then details joined by "; " (expiry, KYF, meeting, session, reasons).
 */
QString bidLine(const Bid &bid);

/// The outcome of a change to a bid, such as "bid_1 scheduled; escrow locked; meeting mtg_2".
QString bidChangeSummary(const Bid &bid);

/**
 * One line of `mesi-fan messages`, fields separated by tabs: time, sender name and text.
 * A proposal shows its message id and terms, then the note. Line breaks become spaces.
 */
QString messageLine(const ChatMessage &message);

/**
 * The lines of `mesi-fan availability`, fields separated by tabs: "zone" and the IANA name,
 * "travel-buffer" and the minutes, one "weekly" line per weekday with its windows, and one
 * "blocked" line per blocked date.
 */
QString availabilityText(const Availability &availability);

} // namespace mesi::fancli
