// Photos as hostile uploaders send them: a PNG that declares 100000 × 100000 pixels, a cut
// JPEG, a JPEG carrying a GPS location, text and ZIP files under image names; and the sizes,
// orientation and metadata of what is kept.
#include "files/photo.hpp"

#include <gtest/gtest.h>
#include <png.h>
#include <webp/encode.h>

#include <cstdlib>

namespace pmi::files {
namespace {

// A picture with something to see: a gradient and a dark square near the top-left corner,
// so that a turned image can be told from an upright one.
Pixels picture(int width, int height)
{
    Pixels p{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            auto* px = &p.rgb[(static_cast<std::size_t>(y) * width + x) * 3];
            const bool mark = x < width / 4 && y < height / 4;
            px[0] = mark ? 10 : static_cast<std::uint8_t>(255 * x / width);
            px[1] = mark ? 10 : static_cast<std::uint8_t>(255 * y / height);
            px[2] = mark ? 10 : 200;
        }
    return p;
}

std::string big_endian_16(int value)
{
    return {static_cast<char>((value >> 8) & 0xFF), static_cast<char>(value & 0xFF)};
}

// An EXIF segment (big-endian TIFF) with an orientation and a GPS latitude, as cameras write.
std::string exif_segment(int orientation)
{
    std::string tiff("MM\0\x2a\0\0\0\x08", 8);
    tiff += std::string("\0\x02", 2);                                                     // two entries
    tiff += std::string("\x01\x12\0\x03\0\0\0\x01", 8) + big_endian_16(orientation) + std::string(2, '\0');  // orientation
    tiff += std::string("\x88\x25\0\x04\0\0\0\x01\0\0\0\x26", 12);                         // GPS IFD at 38
    tiff += std::string(4, '\0');                                                          // no next IFD
    tiff += std::string("\0\x01", 2);                                                      // GPS: one entry
    tiff += std::string("\0\x01\0\x02\0\0\0\x02N\0\0\0", 12);                              // latitude ref "N"
    tiff += std::string(4, '\0') + "GPS 45.4215 N 75.6972 W";
    const std::string body = std::string("Exif\0\0", 6) + tiff;
    return std::string("\xFF\xE1", 2) + big_endian_16(static_cast<int>(body.size()) + 2) + body;
}

std::string jpeg_with_exif(const Pixels& pixels, int orientation)
{
    const std::string plain = encode_jpeg(pixels, 90);
    return plain.substr(0, 2) + exif_segment(orientation) + plain.substr(2);
}

std::string png_of(const Pixels& pixels)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(pixels.width);
    image.height = static_cast<png_uint_32>(pixels.height);
    image.format = PNG_FORMAT_RGB;
    png_alloc_size_t size = 0;
    EXPECT_TRUE(png_image_write_to_memory(&image, nullptr, &size, 0, pixels.rgb.data(), 0, nullptr));
    std::string out(size, '\0');
    EXPECT_TRUE(png_image_write_to_memory(&image, out.data(), &size, 0, pixels.rgb.data(), 0, nullptr));
    out.resize(size);
    return out;
}

std::string webp_of(const Pixels& pixels)
{
    std::uint8_t* output = nullptr;
    const auto size = WebPEncodeRGB(pixels.rgb.data(), pixels.width, pixels.height, pixels.width * 3, 80, &output);
    std::string out(reinterpret_cast<const char*>(output), size);
    WebPFree(output);
    return out;
}

bool carries_metadata(const std::string& jpeg)
{
    return jpeg.find("Exif") != std::string::npos || jpeg.find("GPS") != std::string::npos || jpeg.find("\xFF\xE1") != std::string::npos;
}

TEST(PhotoTest, ReadsTheDimensionsEachHeaderDeclares)
{
    const auto jpeg = read_image_header(encode_jpeg(picture(64, 48), 80));
    ASSERT_TRUE(jpeg);
    EXPECT_EQ(jpeg->type, ImageType::Jpeg);
    EXPECT_EQ(jpeg->width, 64u);
    EXPECT_EQ(jpeg->height, 48u);
    const auto png = read_image_header(png_of(picture(33, 17)));
    ASSERT_TRUE(png);
    EXPECT_EQ(png->type, ImageType::Png);
    EXPECT_EQ(png->width, 33u);
    EXPECT_EQ(png->height, 17u);
    const auto webp = read_image_header(webp_of(picture(50, 30)));
    ASSERT_TRUE(webp);
    EXPECT_EQ(webp->type, ImageType::Webp);
    EXPECT_EQ(webp->width, 50u);
    EXPECT_EQ(webp->height, 30u);
    EXPECT_FALSE(read_image_header(""));
    EXPECT_FALSE(read_image_header("\xFF\xD8\xFF"));
}

TEST(PhotoTest, RefusesADecompressionBombFromItsHeaderAlone)
{
    // A PNG signature and an IHDR chunk claiming 100000 × 100000 pixels, and nothing else: a
    // decoder would ask for 30 GB before finding out that the data is missing.
    std::string bomb("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    bomb += std::string("\0\x01\x86\xa0\0\x01\x86\xa0\x08\x02\0\0\0", 13) + std::string(4, '\0');
    const auto header = read_image_header(bomb);
    ASSERT_TRUE(header);
    EXPECT_EQ(header->width, 100000u);
    auto refused = photo_renditions(bomb, "photo");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "photo");
    EXPECT_NE(refused.error().message.find("40 megapixels"), std::string::npos);
    EXPECT_EQ(refused.error().arguments, (std::vector<std::string>{"100000", "100000"}));
}

TEST(PhotoTest, RefusesFilesThatAreNotPhotosWhateverTheirName)
{
    EXPECT_EQ(photo_renditions("These are minutes of the market committee, saved as photo.jpg.", "photo").error().message,
              "Only JPEG, PNG and WebP photos are accepted; this file is none of them.");
    const std::string zip("PK\x03\x04\x14\0\0\0\x08\0", 10);
    EXPECT_EQ(photo_renditions(zip + std::string(200, 'x'), "photo").error().code, ErrorCode::Invalid);
    EXPECT_EQ(photo_renditions("", "photo").error().field, "photo");
    EXPECT_EQ(photo_renditions(std::string(kMaxPhotoBytes + 1, 'x'), "photo").error().code, ErrorCode::PayloadTooLarge);
}

TEST(PhotoTest, RefusesATruncatedJpeg)
{
    const auto whole = encode_jpeg(picture(200, 150), 90);
    ASSERT_TRUE(photo_renditions(whole, "photo").ok());
    auto cut = photo_renditions(whole.substr(0, whole.size() / 2), "photo");
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().message, "This photo is damaged or incomplete; export it again and upload the new file.");
    EXPECT_FALSE(photo_renditions(png_of(picture(200, 150)).substr(0, 120), "photo").ok());
}

TEST(PhotoTest, KeepsNoMetadataOfTheUpload)
{
    const auto upload = jpeg_with_exif(picture(1200, 800), 1);
    ASSERT_TRUE(carries_metadata(upload));
    auto renditions = photo_renditions(upload, "photo");
    ASSERT_TRUE(renditions.ok()) << renditions.error().message;
    for (const auto& rendition : *renditions) {
        EXPECT_FALSE(carries_metadata(rendition.jpeg)) << rendition.width;
        EXPECT_EQ(exif_orientation(rendition.jpeg), 1);
    }
}

TEST(PhotoTest, ResizesToEachWidthKeepingTheAspectRatioAndNeverEnlarges)
{
    auto large = photo_renditions(encode_jpeg(picture(2000, 1500), 85), "photo").value();
    ASSERT_EQ(large.size(), 3u);
    EXPECT_EQ(std::make_pair(large[0].width, large[0].height), std::make_pair(480, 360));
    EXPECT_EQ(std::make_pair(large[1].width, large[1].height), std::make_pair(960, 720));
    EXPECT_EQ(std::make_pair(large[2].width, large[2].height), std::make_pair(1600, 1200));
    for (const auto& r : large) {
        auto header = read_image_header(r.jpeg);
        ASSERT_TRUE(header);
        EXPECT_EQ(header->type, ImageType::Jpeg);
        EXPECT_EQ(static_cast<int>(header->width), r.width);
        EXPECT_EQ(static_cast<int>(header->height), r.height);
    }
    auto middle = photo_renditions(png_of(picture(700, 350)), "photo").value();
    ASSERT_EQ(middle.size(), 2u);
    EXPECT_EQ(std::make_pair(middle[0].width, middle[0].height), std::make_pair(480, 240));
    EXPECT_EQ(std::make_pair(middle[1].width, middle[1].height), std::make_pair(700, 350));
    auto small = photo_renditions(webp_of(picture(300, 200)), "photo").value();
    ASSERT_EQ(small.size(), 1u);
    EXPECT_EQ(small[0].width, 300);

    EXPECT_EQ(fitted_size(3000, 2000, 1600), std::make_pair(1600, 1067));
    EXPECT_EQ(fitted_size(4000, 1, 480), std::make_pair(480, 1));
    EXPECT_EQ(fitted_size(100, 80, 480), std::make_pair(100, 80));
}

TEST(PhotoTest, TurnsThePhotoUprightByItsExifOrientation)
{
    // Orientation 6: the camera was turned a quarter clockwise; the upright photo is taller.
    auto turned = photo_renditions(jpeg_with_exif(picture(800, 400), 6), "photo").value();
    ASSERT_FALSE(turned.empty());
    EXPECT_EQ(std::make_pair(turned.back().width, turned.back().height), std::make_pair(400, 800));
    EXPECT_EQ(exif_orientation(jpeg_with_exif(picture(8, 8), 3)), 3);

    // The dark mark of the top-left corner moves to the top-right corner.
    const Pixels upright = oriented(picture(8, 4), 6);
    ASSERT_EQ(upright.width, 4);
    ASSERT_EQ(upright.height, 8);
    EXPECT_EQ(upright.rgb[(0 * 4 + 3) * 3], 10);
    EXPECT_NE(upright.rgb[(0 * 4 + 0) * 3], 10);
    const Pixels mirrored = oriented(picture(8, 4), 2);
    EXPECT_EQ(mirrored.rgb[(0 * 8 + 7) * 3], 10);
}

}  // namespace
}  // namespace pmi::files
