#include "files/image_codec.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>
#include <png.h>
#include <webp/decode.h>

namespace pmi::files {
namespace {

// libjpeg reports errors through a callback that must not return: it jumps back to the
// decoding function, which has no C++ object built after the jump point.
struct JpegErrors {
    jpeg_error_mgr manager;
    std::jmp_buf jump;
};

void jpeg_fail(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<JpegErrors*>(info->err)->jump, 1);
}

void jpeg_quiet(j_common_ptr info, int level)
{
    if (level < 0) ++info->err->num_warnings;  // counted, and refused after decoding; never printed
}

bool decode_jpeg_into(std::string_view data, Pixels& pixels)
{
    jpeg_decompress_struct info{};
    JpegErrors errors{};
    info.err = jpeg_std_error(&errors.manager);
    errors.manager.error_exit = jpeg_fail;
    errors.manager.emit_message = jpeg_quiet;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(data.data()), static_cast<unsigned long>(data.size()));
    jpeg_read_header(&info, TRUE);
    if (info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK || static_cast<int>(info.image_width) != pixels.width ||
        static_cast<int>(info.image_height) != pixels.height) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    const std::size_t stride = static_cast<std::size_t>(pixels.width) * 3;
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels.rgb.data() + info.output_scanline * stride;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    const bool complete = errors.manager.num_warnings == 0;
    jpeg_destroy_decompress(&info);
    return complete;
}

bool decode_png_into(std::string_view data, Pixels& pixels)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, data.data(), data.size())) return false;
    if (static_cast<int>(image.width) != pixels.width || static_cast<int>(image.height) != pixels.height) {
        png_image_free(&image);
        return false;
    }
    image.format = PNG_FORMAT_RGB;
    const png_color white{255, 255, 255};
    const bool read = png_image_finish_read(&image, &white, pixels.rgb.data(), 0, nullptr) != 0;
    png_image_free(&image);
    return read && image.warning_or_error == 0;
}

bool decode_webp_into(std::string_view data, Pixels& pixels)
{
    WebPDecoderConfig config;
    if (!WebPInitDecoderConfig(&config)) return false;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(data.data());
    if (WebPGetFeatures(bytes, data.size(), &config.input) != VP8_STATUS_OK || config.input.has_animation ||
        config.input.width != pixels.width || config.input.height != pixels.height)
        return false;
    // Transparent WebP pixels are decoded onto the white that a PNG's are laid on.
    config.output.colorspace = config.input.has_alpha ? MODE_RGBA : MODE_RGB;
    if (WebPDecode(bytes, data.size(), &config) != VP8_STATUS_OK) return false;
    const std::uint8_t* decoded = config.output.u.RGBA.rgba;
    const std::size_t count = static_cast<std::size_t>(pixels.width) * static_cast<std::size_t>(pixels.height);
    for (std::size_t i = 0; i < count; ++i) {
        for (int c = 0; c < 3; ++c) {
            if (!config.input.has_alpha) {
                pixels.rgb[i * 3 + c] = decoded[i * 3 + c];
                continue;
            }
            const unsigned alpha = decoded[i * 4 + 3];
            pixels.rgb[i * 3 + c] = static_cast<std::uint8_t>((decoded[i * 4 + c] * alpha + 255 * (255 - alpha) + 127) / 255);
        }
    }
    WebPFreeDecBuffer(&config.output);
    return true;
}

}  // namespace

std::optional<Pixels> decode_image(std::string_view data, const ImageHeader& header)
{
    Pixels pixels;
    pixels.width = static_cast<int>(header.width);
    pixels.height = static_cast<int>(header.height);
    pixels.rgb.assign(static_cast<std::size_t>(header.width) * header.height * 3, 0);
    bool decoded = false;
    switch (header.type) {
        case ImageType::Jpeg: decoded = decode_jpeg_into(data, pixels); break;
        case ImageType::Png: decoded = decode_png_into(data, pixels); break;
        case ImageType::Webp: decoded = decode_webp_into(data, pixels); break;
    }
    if (!decoded) return std::nullopt;
    return pixels;
}

std::string encode_jpeg(const Pixels& pixels, int quality)
{
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);  // encoding our own pixels into memory cannot fail but for memory
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = static_cast<JDIMENSION>(pixels.width);
    info.image_height = static_cast<JDIMENSION>(pixels.height);
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    info.optimize_coding = TRUE;
    jpeg_start_compress(&info, TRUE);
    const std::size_t stride = static_cast<std::size_t>(pixels.width) * 3;
    while (info.next_scanline < info.image_height) {
        auto* row = const_cast<JSAMPROW>(pixels.rgb.data() + info.next_scanline * stride);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    std::string jpeg(reinterpret_cast<const char*>(buffer), size);
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return jpeg;
}

}  // namespace pmi::files
