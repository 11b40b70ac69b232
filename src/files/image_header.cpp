#include "files/image_header.hpp"

namespace pmi::files {
namespace {

std::uint32_t big_endian(std::string_view data, std::size_t at, int bytes)
{
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) value = (value << 8) | static_cast<unsigned char>(data[at + static_cast<std::size_t>(i)]);
    return value;
}

std::uint32_t little_endian(std::string_view data, std::size_t at, int bytes)
{
    std::uint32_t value = 0;
    for (int i = bytes - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(data[at + static_cast<std::size_t>(i)]);
    return value;
}

std::optional<ImageHeader> sized(ImageType type, std::uint32_t width, std::uint32_t height)
{
    if (width == 0 || height == 0) return std::nullopt;
    return ImageHeader{type, width, height};
}

std::optional<ImageHeader> png_header(std::string_view data)
{
    // The signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
    if (data.size() < 24 || data.substr(12, 4) != "IHDR") return std::nullopt;
    return sized(ImageType::Png, big_endian(data, 16, 4), big_endian(data, 20, 4));
}

bool start_of_frame(unsigned char marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

std::optional<ImageHeader> jpeg_header(std::string_view data)
{
    std::size_t at = 2;
    while (at + 4 <= data.size()) {
        if (static_cast<unsigned char>(data[at]) != 0xFF) return std::nullopt;
        const auto marker = static_cast<unsigned char>(data[at + 1]);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // markers without a length
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // the image data before any frame header
        const std::uint32_t length = big_endian(data, at + 2, 2);
        if (length < 2) return std::nullopt;
        if (start_of_frame(marker)) {
            if (at + 9 > data.size()) return std::nullopt;
            return sized(ImageType::Jpeg, big_endian(data, at + 7, 2), big_endian(data, at + 5, 2));
        }
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<ImageHeader> webp_header(std::string_view data)
{
    if (data.size() < 30) return std::nullopt;
    const auto chunk = data.substr(12, 4);
    if (chunk == "VP8X") return sized(ImageType::Webp, little_endian(data, 24, 3) + 1, little_endian(data, 27, 3) + 1);
    if (chunk == "VP8L") {
        if (static_cast<unsigned char>(data[20]) != 0x2F) return std::nullopt;
        const std::uint32_t bits = little_endian(data, 21, 4);
        return sized(ImageType::Webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8 ") {
        if (data.substr(23, 3) != "\x9d\x01\x2a") return std::nullopt;
        return sized(ImageType::Webp, little_endian(data, 26, 2) & 0x3FFF, little_endian(data, 28, 2) & 0x3FFF);
    }
    return std::nullopt;
}

// The orientation entry (tag 0x0112) of the first IFD of a TIFF structure.
int tiff_orientation(std::string_view tiff)
{
    if (tiff.size() < 8) return 1;
    const bool little = tiff.substr(0, 2) == "II";
    if (!little && tiff.substr(0, 2) != "MM") return 1;
    auto read = [&](std::size_t at, int bytes) { return little ? little_endian(tiff, at, bytes) : big_endian(tiff, at, bytes); };
    const std::size_t ifd = read(4, 4);
    if (ifd > tiff.size() || tiff.size() - ifd < 2) return 1;
    const std::size_t entries = read(ifd, 2);
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t entry = ifd + 2 + i * 12;
        if (entry + 12 > tiff.size()) return 1;
        if (read(entry, 2) != 0x0112) continue;
        const auto value = read(entry + 8, 2);
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
    return 1;
}

}  // namespace

std::optional<ImageHeader> read_image_header(std::string_view data)
{
    if (data.size() >= 8 && data.substr(0, 8) == "\x89PNG\r\n\x1a\n") return png_header(data);
    if (data.size() >= 3 && data.substr(0, 3) == "\xFF\xD8\xFF") return jpeg_header(data);
    if (data.size() >= 12 && data.substr(0, 4) == "RIFF" && data.substr(8, 4) == "WEBP") return webp_header(data);
    return std::nullopt;
}

int exif_orientation(std::string_view jpeg)
{
    if (jpeg.size() < 4 || jpeg.substr(0, 2) != "\xFF\xD8") return 1;
    std::size_t at = 2;
    while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        if (marker == 0xDA || marker == 0xD9) return 1;
        const std::size_t length = big_endian(jpeg, at + 2, 2);
        if (length < 2 || at + 2 + length > jpeg.size()) return 1;
        const auto segment = jpeg.substr(at + 4, length - 2);
        if (marker == 0xE1 && segment.size() > 6 && segment.substr(0, 6) == std::string_view("Exif\0\0", 6))
            return tiff_orientation(segment.substr(6));
        at += 2 + length;
    }
    return 1;
}

}  // namespace pmi::files
