#pragma once

#include <QByteArray>
#include <QString>

// The API JSON readers that fuzz_apijson covers. The first input byte picks one, modulo
// ReaderCount, and the rest is the response body; the corpus generator writes seeds the same way.
namespace mesi::fuzz {

enum class ApiReader : quint8 {
    BidPage,
    Bid,
    MessagePage,
    ChatMessage,
    MeetingTerms,
    Meeting,
    KyfRequest,
    KyfAnswers,
    AiSession,
    CreatorSettings,
    ErrorBody,
    ReaderCount,
};

/// Name of a reader, used as the file name prefix of its seeds.
QString readerName(ApiReader reader);

/// Runs reader on body and checks that whatever it accepts, written back by the matching
/// toJson(), reads again as the same value.
void runApiReader(ApiReader reader, const QByteArray &body);

} // namespace mesi::fuzz
