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

std::string deflate_piece(std::string_view data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib failed to start");
    std::string out(deflateBound(&stream, data.size()) + 16, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&stream, Z_SYNC_FLUSH);
    const auto written = stream.total_out;
    const bool drained = stream.avail_in == 0;
    deflateEnd(&stream);
    if (rc != Z_OK || !drained) throw std::runtime_error("deflate failed");
    out.resize(written);
    return out;
}

void put_le32(std::string& out, unsigned long value)
{
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xff));
}

// A non-final stored block: the 3 header bits are zero and padded to the byte boundary.
void put_stored_block(std::string& out, std::string_view data, bool final)
{
    const auto size = static_cast<unsigned>(data.size());
    out.push_back(final ? '\x01' : '\x00');
    out.push_back(static_cast<char>(size & 0xff));
    out.push_back(static_cast<char>(size >> 8));
    out.push_back(static_cast<char>(~size & 0xff));
    out.push_back(static_cast<char>((~size >> 8) & 0xff));
    out.append(data);
}

}  // namespace

GzipPieces::GzipPieces(const std::vector<std::string>& pieces, int level)
{
    pieces_.reserve(pieces.size());
    for (const auto& piece : pieces) {
        Piece deflated{deflate_piece(piece, level), 0, piece.size()};
        deflated.crc = crc32(0L, reinterpret_cast<const Bytef*>(piece.data()), static_cast<uInt>(piece.size()));
        pieces_.push_back(std::move(deflated));
    }
}

std::string GzipPieces::join(std::string_view filler) const
{
    if (filler.size() > 0xffff) throw std::invalid_argument("GzipPieces::join: filler too long");
    static constexpr char kHeader[] = {'\x1f', '\x8b', '\x08', 0, 0, 0, 0, 0, 0, '\xff'};
    const auto filler_crc = crc32(0L, reinterpret_cast<const Bytef*>(filler.data()), static_cast<uInt>(filler.size()));
    std::string out(kHeader, sizeof kHeader);
    unsigned long crc = 0;
    std::size_t size = 0;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
        if (i > 0) {
            put_stored_block(out, filler, false);
            crc = crc32_combine(crc, filler_crc, static_cast<z_off_t>(filler.size()));
            size += filler.size();
        }
        out += pieces_[i].deflated;
        crc = i == 0 ? pieces_[i].crc : crc32_combine(crc, pieces_[i].crc, static_cast<z_off_t>(pieces_[i].size));
        size += pieces_[i].size;
    }
    put_stored_block(out, {}, true);
    put_le32(out, crc);
    put_le32(out, static_cast<unsigned long>(size & 0xffffffffUL));
    return out;
}

Encoding choose_encoding(std::string_view accept_encoding)
{
    if (accepts(accept_encoding, "br")) return Encoding::Brotli;
    if (accepts(accept_encoding, "gzip")) return Encoding::Gzip;
    return Encoding::Identity;
}

bool accepts_gzip(std::string_view accept_encoding)
{
    return accepts(accept_encoding, "gzip");
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
