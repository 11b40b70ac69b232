#include "files/photo.hpp"

#include <algorithm>
#include <iterator>

namespace pmi::files {

std::pair<int, int> fitted_size(int width, int height, int target_width)
{
    if (target_width >= width) return {width, height};
    const auto scaled = (static_cast<std::int64_t>(height) * target_width * 2 + width) / (2 * static_cast<std::int64_t>(width));
    return {target_width, static_cast<int>(std::max<std::int64_t>(1, scaled))};
}

Pixels oriented(Pixels pixels, int orientation)
{
    if (orientation < 2 || orientation > 8) return pixels;
    const int w = pixels.width, h = pixels.height;
    const bool turned = orientation >= 5;
    Pixels out{turned ? h : w, turned ? w : h, {}};
    out.rgb.resize(pixels.rgb.size());
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            int sx = x, sy = y;
            switch (orientation) {
                case 2: sx = w - 1 - x; break;
                case 3: sx = w - 1 - x, sy = h - 1 - y; break;
                case 4: sy = h - 1 - y; break;
                case 5: sx = y, sy = x; break;
                case 6: sx = y, sy = h - 1 - x; break;
                case 7: sx = w - 1 - y, sy = h - 1 - x; break;
                case 8: sx = w - 1 - y, sy = x; break;
            }
            const auto from = (static_cast<std::size_t>(sy) * w + sx) * 3;
            const auto to = (static_cast<std::size_t>(y) * out.width + x) * 3;
            std::copy_n(pixels.rgb.begin() + static_cast<std::ptrdiff_t>(from), 3, out.rgb.begin() + static_cast<std::ptrdiff_t>(to));
        }
    return out;
}

Pixels shrunk(const Pixels& pixels, int width, int height)
{
    if (width >= pixels.width && height >= pixels.height) return pixels;
    Pixels out{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
    for (int y = 0; y < height; ++y) {
        const int y0 = static_cast<int>(static_cast<std::int64_t>(y) * pixels.height / height);
        const int y1 = std::max(y0 + 1, static_cast<int>(static_cast<std::int64_t>(y + 1) * pixels.height / height));
        for (int x = 0; x < width; ++x) {
            const int x0 = static_cast<int>(static_cast<std::int64_t>(x) * pixels.width / width);
            const int x1 = std::max(x0 + 1, static_cast<int>(static_cast<std::int64_t>(x + 1) * pixels.width / width));
            std::uint64_t sum[3] = {0, 0, 0};
            for (int sy = y0; sy < y1; ++sy)
                for (int sx = x0; sx < x1; ++sx)
                    for (int c = 0; c < 3; ++c) sum[c] += pixels.rgb[(static_cast<std::size_t>(sy) * pixels.width + sx) * 3 + c];
            const std::uint64_t area = static_cast<std::uint64_t>(y1 - y0) * static_cast<std::uint64_t>(x1 - x0);
            for (int c = 0; c < 3; ++c)
                out.rgb[(static_cast<std::size_t>(y) * width + x) * 3 + c] = static_cast<std::uint8_t>((sum[c] + area / 2) / area);
        }
    }
    return out;
}

Result<std::vector<Rendition>> photo_renditions(std::string_view data, const std::string& field)
{
    if (data.empty()) return invalid(field, "Choose a photo to upload; this file is empty.");
    if (data.size() > kMaxPhotoBytes) return Error(ErrorCode::PayloadTooLarge, field, "A photo may be at most 10 MB; this one is larger.");
    const auto header = read_image_header(data);
    if (!header) return invalid(field, "Only JPEG, PNG and WebP photos are accepted; this file is none of them.");
    if (static_cast<std::uint64_t>(header->width) * header->height > kMaxPhotoPixels)
        return invalid(field, "A photo may have at most 40 megapixels; this one declares {1} by {2} pixels. Resize it and upload it again.",
                       {std::to_string(header->width), std::to_string(header->height)});
    auto decoded = decode_image(data, *header);
    if (!decoded) return invalid(field, "This photo is damaged or incomplete; export it again and upload the new file.");
    Pixels upright = oriented(std::move(*decoded), header->type == ImageType::Jpeg ? exif_orientation(data) : 1);
    // Widest first, each from the one before: the large source is averaged once.
    std::vector<Rendition> renditions;
    const Pixels* source = &upright;
    Pixels previous;
    for (auto it = std::rbegin(kPhotoWidths); it != std::rend(kPhotoWidths); ++it) {
        const auto [width, height] = fitted_size(upright.width, upright.height, *it);
        if (!renditions.empty() && renditions.back().width == width) continue;  // narrower than this width: one rendition at its own
        Pixels pixels = shrunk(*source, width, height);
        renditions.push_back({width, height, encode_jpeg(pixels, kPhotoQuality)});
        previous = std::move(pixels);
        source = &previous;
    }
    std::reverse(renditions.begin(), renditions.end());
    return renditions;
}

}  // namespace pmi::files
