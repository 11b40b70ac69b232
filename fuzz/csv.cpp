// CSV imports: any bytes parse or fail with a message; a table read never has a record
// longer than its header allows.
#include <cstdint>
#include <string_view>

#include "core/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)pmi::csv::parse(text);
    (void)pmi::csv::Table::read(text);
    return 0;
}
