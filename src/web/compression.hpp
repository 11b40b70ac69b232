#pragma once
// Response compression: brotli when the client accepts it, else gzip, else none.
#include <string>
#include <string_view>

namespace pmi::web {

enum class Encoding { Identity, Gzip, Brotli };

Encoding choose_encoding(std::string_view accept_encoding);
std::string gzip(std::string_view data, int level = 6);
std::string brotli(std::string_view data, int quality = 5);
std::string_view encoding_name(Encoding encoding);
bool compressible_type(std::string_view content_type);

}  // namespace pmi::web
