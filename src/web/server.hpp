#pragma once
// The HTTP transport. Only server.cpp and incoming_request.cpp (what it takes from a parsed
// request) know the HTTP library (RESTinio); everything else sees web::Request and
// web::Response, so the library can be replaced in those two files.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "web/http.hpp"

namespace pmi::web {

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    std::size_t threads = 2;
    std::size_t max_connections = 1024;  // more are closed as they arrive
    std::size_t max_url_size = 8 * 1024;
    std::size_t max_header_name_size = 256;
    std::size_t max_header_value_size = 8 * 1024;
    std::size_t max_header_count = 100;
    // Bodies above this are cut off by the transport; below it, routes apply their own
    // (smaller) limits and answer 413 with a page that explains them.
    std::uint64_t max_body_size = 64 * 1024 * 1024;
    std::chrono::seconds read_timeout{10};  // for a whole request, headers and body
    std::chrono::seconds write_timeout{30};
    std::chrono::seconds handler_timeout{30};
    std::chrono::seconds drain_timeout{10};
};

using RequestHandler = std::function<Response(Request&)>;

// Serves until SIGTERM or SIGINT, then stops: in-flight requests finish (up to the drain
// timeout) before the process returns. `on_listening` runs once the socket is open.
// Throws std::runtime_error when the address cannot be bound.
void serve(const ServerOptions& options, RequestHandler handler, const std::function<void()>& on_listening);

}  // namespace pmi::web
