#pragma once
// Response compression: brotli when the client accepts it, else gzip, else none.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pmi::web {

enum class Encoding { Identity, Gzip, Brotli };

Encoding choose_encoding(std::string_view accept_encoding);
bool accepts_gzip(std::string_view accept_encoding);
std::string gzip(std::string_view data, int level = 6);
std::string brotli(std::string_view data, int quality = 5);
std::string_view encoding_name(Encoding encoding);
bool compressible_type(std::string_view content_type);

// A text gzipped once in pieces, so that a short string that differs on each request can be
// put between them without compressing again. Each piece is a raw deflate stream that starts
// afresh and ends on a byte boundary (a sync flush), so the pieces, stored blocks holding the
// string, and a final empty block make one valid deflate stream; the gzip trailer's CRC is
// combined from the parts.
class GzipPieces {
public:
    explicit GzipPieces(const std::vector<std::string>& pieces, int level = 6);
    // The gzip of the pieces joined by `filler` (at most 65,535 bytes).
    std::string join(std::string_view filler) const;

private:
    struct Piece {
        std::string deflated;
        unsigned long crc = 0;
        std::size_t size = 0;
    };
    std::vector<Piece> pieces_;
};

}  // namespace pmi::web
