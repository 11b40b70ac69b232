#include "web/incoming_request.hpp"

#include <strings.h>

namespace pmi::web {

restinio::incoming_http_msg_limits_t message_limits(const ServerOptions& options)
{
    restinio::incoming_http_msg_limits_t limits;
    limits.max_url_size(options.max_url_size)
        .max_field_name_size(options.max_header_name_size)
        .max_field_value_size(options.max_header_value_size)
        .max_field_count(options.max_header_count)
        .max_body_size(options.max_body_size);
    return limits;
}

Request to_request(const restinio::http_request_header_t& header, std::string body, std::string remote_address)
{
    Request request;
    request.method_text = std::string(header.method().c_str());
    request.method = method_from_name(request.method_text);
    request.target = std::string(header.request_target());
    auto question = request.target.find('?');
    request.path = percent_decode(std::string_view(request.target).substr(0, question), false);
    if (question != std::string::npos) request.query_string = request.target.substr(question + 1);
    header.for_each_field([&](const restinio::http_header_field_t& field) {
        request.headers.add(std::string(field.name()), std::string(field.value()));
    });
    request.body = std::move(body);
    request.remote_address = std::move(remote_address);
    request.client_address = request.remote_address;
    return request;
}

// A request without exactly one Host (RFC 9112 section 3.2; the transport does not tell
// HTTP/1.0 from 1.1, so 1.0 requests need one too) or with whitespace in a field name
// (section 5.1).
int framing_problem(const Request& request)
{
    std::size_t hosts = 0;
    for (const auto& [name, value] : request.headers.entries()) {
        if (name.find_first_of(" \t") != std::string::npos) return 400;
        if (name.size() == 4 && strncasecmp(name.c_str(), "host", 4) == 0) ++hosts;
    }
    return hosts == 1 ? 0 : 400;
}

}  // namespace pmi::web
