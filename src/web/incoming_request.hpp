#pragma once
// What the server takes from a request RESTinio has parsed: the limits its parser applies,
// pmi's own Request built from the parsed header, and the framing pmi refuses on top. Kept
// apart from server.cpp (sockets and threads) so tests and fuzzing run this very code on
// what the same parser reads.
#include <restinio/http_headers.hpp>
#include <restinio/incoming_http_msg_limits.hpp>

#include <string>

#include "web/http.hpp"
#include "web/server.hpp"

namespace pmi::web {

restinio::incoming_http_msg_limits_t message_limits(const ServerOptions& options);

Request to_request(const restinio::http_request_header_t& header, std::string body, std::string remote_address);

// Framing the HTTP parser lets through but RFC 9112 forbids, which proxies in front may
// read differently (request smuggling): 400 for those, 0 when the request is well framed.
int framing_problem(const Request& request);

}  // namespace pmi::web
