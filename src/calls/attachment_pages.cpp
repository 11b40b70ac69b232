// Upload, removal and download of an application's files.
#include <fstream>
#include <sstream>

#include "calls/pages.hpp"
#include "calls/uploaded_file.hpp"

namespace pmi::calls {
namespace {

// RFC 6266: an ASCII fallback and the real name in UTF-8.
std::string content_disposition(const std::string& name)
{
    std::string ascii;
    for (unsigned char c : name) ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + web::percent_encode(name);
}

}  // namespace

web::Response CallPages::upload(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    auto upload = uploaded_file(exchange.request);
    Status result = Ok{};
    if (!upload.ok()) result = upload.error();
    else if (auto attached = attachments_.attach(exchange.actor, id, upload->question, upload->file_name, upload->data); !attached.ok())
        result = attached.error();
    return after_status_change(exchange, id, result);
}

web::Response CallPages::remove_file(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    FileId file{std::atoll(std::string(exchange.request.path_parameter("file")).c_str())};
    return after_status_change(exchange, id, attachments_.detach(exchange.actor, id, file));
}

web::Response CallPages::download(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    FileId file{std::atoll(std::string(exchange.request.path_parameter("file")).c_str())};
    auto found = attachments_.download(exchange.actor, id, file);
    if (!found.ok()) return refuse(exchange, found.error());
    std::ifstream in(found->path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    web::Response response;
    response.content_type = found->content_type;
    response.body = bytes.str();
    response.compressible = false;
    response.headers.add("Content-Disposition", content_disposition(found->file_name));
    // Even a file that fooled the type check never runs as a page of this site.
    response.headers.add("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
    response.headers.add("Cache-Control", "private, no-store");
    return response;
}

}  // namespace pmi::calls
