// IATI imports: any bytes are read into activities or refused with a message on "file";
// whatever is read, every element left out names the element it was.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "iati/activity_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto read = pmi::iati::read_activities(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!read.ok() && read.error().field != "file") std::abort();
    if (read.ok())
        for (const auto& unmapped : read->unmapped)
            if (unmapped.element.empty() || unmapped.message.empty()) std::abort();
    return 0;
}
