// Uploaded photos' headers, read before anything is decoded: any bytes give a type and
// dimensions within what the header can declare, or nothing, and never a read out of bounds.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "files/image_header.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (auto header = pmi::files::read_image_header(bytes); header && (header->width == 0 || header->height == 0)) std::abort();
    const int orientation = pmi::files::exif_orientation(bytes);
    if (orientation < 1 || orientation > 8) std::abort();
    return 0;
}
