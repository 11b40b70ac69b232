#include "web/download.hpp"

#include <fstream>
#include <sstream>

namespace pmi::web {
namespace {

std::string content_disposition(const std::string& name)
{
    std::string ascii;
    for (unsigned char c : name) ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percent_encode(name);
}

}  // namespace

Response file_download(const std::string& path, const std::string& file_name, const std::string& content_type)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    Response response;
    response.content_type = content_type;
    response.body = bytes.str();
    response.compressible = false;
    response.headers.add("Content-Disposition", content_disposition(file_name));
    response.headers.add("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
    response.headers.add("Cache-Control", "private, no-store");
    return response;
}

}  // namespace pmi::web
