#pragma once
// Photos that the public site shows (partnership stories): checked by content, refused when
// their header declares more pixels than kMaxPhotoPixels (before any decoding), turned
// upright by their EXIF orientation, and kept only as JPEG renditions re-encoded from the
// pixels at a few widths. The upload itself is never stored: nothing of its metadata (the
// EXIF GPS location above all) reaches the site.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "files/image_codec.hpp"

namespace pmi::files {

inline constexpr std::size_t kMaxPhotoBytes = 10 * 1024 * 1024;
inline constexpr std::uint64_t kMaxPhotoPixels = 40'000'000;
// The widths pages offer in srcset; a photo narrower than one gets no rendition at it
// (nothing is enlarged) but one at its own width.
inline constexpr int kPhotoWidths[] = {480, 960, 1600};
inline constexpr int kPhotoQuality = 82;

struct Rendition {
    int width = 0, height = 0;
    std::string jpeg;
};

// The size of `width` × `height` scaled to `target_width`, keeping the aspect ratio; the
// same size when the target is not narrower. Heights are rounded, never below 1.
std::pair<int, int> fitted_size(int width, int height, int target_width);

// The pixels turned as EXIF orientation 1 to 8 says (mirrored and rotated).
Pixels oriented(Pixels pixels, int orientation);

// The pixels shrunk to `width` × `height` (not larger than the source) by averaging
// each output pixel's area of the source.
Pixels shrunk(const Pixels& pixels, int width, int height);

// The renditions of an uploaded photo, narrowest first. Fails naming `field` when the file
// is empty, larger than kMaxPhotoBytes (PayloadTooLarge), not a JPEG, PNG or WebP by its
// content, declares more than kMaxPhotoPixels, or is damaged or cut short.
Result<std::vector<Rendition>> photo_renditions(std::string_view data, const std::string& field);

}  // namespace pmi::files
