// XLSX imports: any bytes (a zip or not) are read or refused with a message, within the
// reader's limits.
#include <cstdint>
#include <string_view>

#include "files/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)pmi::files::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size), {}, "file");
    return 0;
}
