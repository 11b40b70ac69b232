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

Response sandboxed_file(const std::string& path, const std::string& content_type)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    Response response;
    response.content_type = content_type;
    response.body = bytes.str();
    response.compressible = false;
    response.headers.add("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
    return response;
}

}  // namespace

Response file_download(const std::string& path, const std::string& file_name, const std::string& content_type)
{
    auto response = sandboxed_file(path, content_type);
    response.headers.add("Content-Disposition", content_disposition(file_name));
    response.headers.add("Cache-Control", "private, no-store");
    return response;
}

Response inline_image(const std::string& path, const std::string& content_type, Sharing sharing)
{
    auto response = sandboxed_file(path, content_type);
    response.headers.add("Cache-Control", sharing == Sharing::Public ? "public, max-age=86400" : "private, no-store");
    return response;
}

}  // namespace pmi::web
