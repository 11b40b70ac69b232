// Upload, removal and download of an application's files.
#include "calls/pages.hpp"
#include "calls/uploaded_file.hpp"
#include "web/download.hpp"

namespace pmi::calls {

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
    return web::file_download(found->path, found->content_type, found->file_name);
}

}  // namespace pmi::calls
