#pragma once
// What an uploaded image is, read from its first bytes without decoding it: the type by its
// magic bytes (never by its name or the Content-Type it came with) and the dimensions its
// header declares, so that a decompression bomb is refused before any pixel is allocated.
#include <cstdint>
#include <optional>
#include <string_view>

namespace pmi::files {

enum class ImageType { Jpeg, Png, Webp };

struct ImageHeader {
    ImageType type = ImageType::Jpeg;
    std::uint32_t width = 0, height = 0;
};

// The type and declared dimensions of a JPEG, PNG or WebP image; nothing when the bytes are
// not one of the three, or the header is cut short or declares a zero dimension.
std::optional<ImageHeader> read_image_header(std::string_view data);

// The EXIF orientation (1 to 8) a JPEG carries in its APP1 segment; 1 when it has none or
// the segment is malformed.
int exif_orientation(std::string_view jpeg);

}  // namespace pmi::files
