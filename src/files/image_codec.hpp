#pragma once
// Pixels in and out of the three image formats, through Debian's libjpeg-turbo, libpng and
// libwebp. Decoding keeps the pixels only: every metadata block (EXIF and its GPS location,
// XMP, comments, ICC profiles) is left behind, and encode_jpeg writes none.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "files/image_header.hpp"

namespace pmi::files {

// 8-bit RGB, rows top to bottom, no padding.
struct Pixels {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;
};

// The pixels of an image whose header was read as `header`; nothing when the data is
// damaged or cut short (a decoder's warning counts as damage), or uses a colour model the
// decoder cannot turn into RGB (CMYK JPEG, animated WebP). Transparent pixels are laid on
// white. Check the header's dimensions before calling: this allocates width × height × 3.
std::optional<Pixels> decode_image(std::string_view data, const ImageHeader& header);

// A baseline JPEG of `pixels` at `quality` (1 to 100), with no metadata.
std::string encode_jpeg(const Pixels& pixels, int quality);

}  // namespace pmi::files
