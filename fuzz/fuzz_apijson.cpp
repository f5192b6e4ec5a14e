// Fuzzes the readers of API response bodies: bid and message pages, bids, chat messages,
// the lifecycle objects, creator settings and error bodies. See apireaders.h for the layout.

#include "apireaders.h"
#include "fuzzsupport.h"

using namespace mesi;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto reader = static_cast<fuzz::ApiReader>(
        data[0] % static_cast<std::uint8_t>(fuzz::ApiReader::ReaderCount));
    fuzz::runApiReader(reader, fuzz::inputBytes(data + 1, size - 1));
    return 0;
}
