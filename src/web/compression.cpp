#include "web/compression.hpp"

#include <brotli/encode.h>
#include <zlib.h>

#include <stdexcept>

namespace pmi::web {
namespace {

// True when `name` appears in the header as a coding with a non-zero weight.
bool accepts(std::string_view header, std::string_view name)
{
    std::size_t at = 0;
    while ((at = header.find(name, at)) != std::string_view::npos) {
        bool starts = at == 0 || header[at - 1] == ' ' || header[at - 1] == ',';
        auto end = at + name.size();
        bool ends = end == header.size() || header[end] == ',' || header[end] == ';' || header[end] == ' ';
        if (starts && ends) {
            auto comma = header.find(',', end);
            auto parameters = header.substr(end, comma == std::string_view::npos ? std::string_view::npos : comma - end);
            auto q = parameters.find("q=");
            return q == std::string_view::npos || parameters.substr(q + 2, 1) != "0" ||
                   parameters.substr(q + 2).find_first_of("123456789") != std::string_view::npos;
        }
        at = end;
    }
    return false;
}

}  // namespace

Encoding choose_encoding(std::string_view accept_encoding)
{
    if (accepts(accept_encoding, "br")) return Encoding::Brotli;
    if (accepts(accept_encoding, "gzip")) return Encoding::Gzip;
    return Encoding::Identity;
}

std::string gzip(std::string_view data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib failed to start");
    std::string out(deflateBound(&stream, data.size()), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END) throw std::runtime_error("gzip compression failed");
    out.resize(stream.total_out);
    return out;
}

std::string brotli(std::string_view data, int quality)
{
    std::size_t size = BrotliEncoderMaxCompressedSize(data.size());
    if (size == 0) size = data.size() + 1024;
    std::string out(size, '\0');
    if (!BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                               reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                               reinterpret_cast<std::uint8_t*>(out.data())))
        throw std::runtime_error("brotli compression failed");
    out.resize(size);
    return out;
}

std::string_view encoding_name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Gzip: return "gzip";
    case Encoding::Brotli: return "br";
    case Encoding::Identity: return "identity";
    }
    return "identity";
}

bool compressible_type(std::string_view type)
{
    return type.rfind("text/", 0) == 0 || type.rfind("application/json", 0) == 0 ||
           type.rfind("application/javascript", 0) == 0 || type.rfind("image/svg+xml", 0) == 0 ||
           type.rfind("application/xml", 0) == 0;
}

}  // namespace pmi::web
