// Fuzzes the events reader: one WebSocket text message goes through readServerMessage(),
// and an event's data through the reader the client applies for its type.

#include "fuzzsupport.h"

#include "contract/codec.h"
#include "contract/eventframe.h"
#include "contract/lifecyclecodec.h"

using namespace mesi;

namespace {

void readEventData(const contract::Event &event)
{
    switch (event.type) {
    case contract::EventType::BidCreated:
    case contract::EventType::BidUpdated:
        (void)contract::bidFromJson(event.data);
        return;
    case contract::EventType::MessageCreated:
        (void)contract::chatMessageFromJson(event.data);
        return;
    case contract::EventType::SettingsUpdated:
        (void)contract::creatorSettingsFromJson(event.data);
        return;
    case contract::EventType::Unknown:
        return;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // QWebSocket delivers text messages as QString, so the bytes are decoded to one first.
    const QString text = QString::fromUtf8(fuzz::inputBytes(data, size));
    const Result<contract::ServerMessage> message = contract::readServerMessage(text);
    if (!message || message->kind != contract::ServerMessage::Kind::Event)
        return 0;

    const contract::Event &event = message->event;
    const Result<contract::Event> again = contract::eventFromJson(contract::toJson(event));
    if (!again)
        fuzz::fail("a written event reads again", again.error().message);
    if (again->seq != event.seq || again->typeName != event.typeName || again->data != event.data)
        fuzz::fail("an event round-trips", event.typeName);

    readEventData(event);
    return 0;
}
