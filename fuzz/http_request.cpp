// HTTP/1.1 requests as the server reads them. The bytes of a connection go through the
// parser RESTinio uses (nodejs http_parser) with the callbacks and limits the server
// installs, once in a single read and again in small reads as a slow client sends them;
// both must give the same requests. Each request becomes pmi's Request as the server makes
// it, and what the pipeline reads first (framing, query, form, cookies, uploads, encodings)
// is read from it.
//
// Built twice: fuzz_http_request takes whole connections (pipelined requests included);
// fuzz_chunked (PMI_FUZZ_CHUNKED) takes the body of a chunked POST: chunk sizes,
// extensions, trailers, truncation.
#include <restinio/all.hpp>
#include <strings.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "web/compression.hpp"
#include "web/incoming_request.hpp"
#include "web/multipart.hpp"

namespace {

#ifdef PMI_FUZZ_CHUNKED
constexpr std::string_view kHead =
    "POST /partnerships/1/expenses HTTP/1.1\r\nHost: pmi.example\r\nTransfer-Encoding: chunked\r\n"
    "Content-Type: application/x-www-form-urlencoded\r\nCookie: pmi_csrf=abc\r\n\r\n";
#else
constexpr std::string_view kHead;
#endif

struct Message {
    restinio::http_request_header_t header;
    std::string body;
    restinio::chunked_input_info_unique_ptr_t chunks;
    bool upgrade = false;
};

struct Connection {
    std::vector<Message> messages;
    bool refused = false;  // the parser or a limit stopped the connection
};

const restinio::incoming_http_msg_limits_t& limits()
{
    static const auto server_limits = pmi::web::message_limits(pmi::web::ServerOptions{});
    return server_limits;
}

// As RESTinio's connection does: parse until a message completes (its callback pauses the
// parser), hand the message over, start afresh on the bytes after it. An upgrade hands the
// connection to another protocol, so nothing after it is HTTP.
Connection read_connection(std::string_view bytes, std::size_t read_size)
{
    static const http_parser_settings settings = restinio::impl::create_parser_settings<restinio::default_http_methods_t>();
    http_parser parser;
    restinio::impl::http_parser_ctx_t context{limits()};
    auto start_message = [&] {
        http_parser_init(&parser, HTTP_REQUEST);
        context.reset();
        parser.data = &context;
    };
    start_message();
    Connection connection;
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t length = std::min(read_size, bytes.size() - at);
        const std::size_t consumed = http_parser_execute(&parser, &settings, bytes.data() + at, length);
        at += consumed;
        if (parser.http_errno != HPE_OK && parser.http_errno != HPE_PAUSED) {
            connection.refused = true;
            break;
        }
        if (context.m_message_complete) {
            const bool upgrade = parser.upgrade != 0;
            connection.messages.push_back(
                {std::move(context.m_header), std::move(context.m_body), context.make_chunked_input_info_if_necessary(), upgrade});
            if (upgrade) break;
            start_message();
        } else if (consumed < length) {
            connection.refused = true;  // the parser stopped without saying why: the server would wait forever
            break;
        }
    }
    return connection;
}

std::vector<std::pair<std::string, std::string>> fields_of(const restinio::http_header_fields_t& fields)
{
    std::vector<std::pair<std::string, std::string>> list;
    fields.for_each_field([&](const restinio::http_header_field_t& field) { list.emplace_back(field.name(), field.value()); });
    return list;
}

std::vector<std::pair<std::size_t, std::size_t>> chunks_of(const Message& message)
{
    std::vector<std::pair<std::size_t, std::size_t>> list;
    if (message.chunks)
        for (const auto& chunk : message.chunks->chunks()) list.emplace_back(chunk.started_at(), chunk.size());
    return list;
}

bool same_message(const Message& a, const Message& b)
{
    if (a.header.request_target() != b.header.request_target() || a.header.method() != b.header.method() ||
        a.header.should_keep_alive() != b.header.should_keep_alive() || a.body != b.body || a.upgrade != b.upgrade ||
        fields_of(a.header) != fields_of(b.header) || !a.chunks != !b.chunks || chunks_of(a) != chunks_of(b))
        return false;
    return !a.chunks || fields_of(a.chunks->trailing_fields()) == fields_of(b.chunks->trailing_fields());
}

std::size_t count_of(const pmi::web::Request& request, std::string_view name)
{
    std::size_t count = 0;
    for (const auto& [field, value] : request.headers.entries())
        if (field.size() == name.size() && strncasecmp(field.c_str(), name.data(), name.size()) == 0) ++count;
    return count;
}

// The chunks of a chunked body follow each other and make up the whole body.
void check_chunks(const Message& message)
{
    std::size_t end = 0;
    for (const auto& [start, size] : chunks_of(message)) {
        if (start != end || size == 0) std::abort();
        end += size;
    }
    if (message.chunks && end != message.body.size()) std::abort();
}

void check_request(const Message& message)
{
    if (message.body.size() > limits().max_body_size()) std::abort();
    check_chunks(message);
    const auto request = pmi::web::to_request(message.header, message.body, "203.0.113.9");
    if (request.headers.entries().size() != message.header.fields_count()) std::abort();
    // Smuggling: a body's length is told one way only (RFC 9112 section 6.3).
    const std::size_t lengths = count_of(request, "Content-Length");
    if (lengths > 1 || (lengths == 1 && count_of(request, "Transfer-Encoding") > 0)) std::abort();
    const int problem = pmi::web::framing_problem(request);
    if (problem != 0 && problem != 400) std::abort();
    if (problem == 0 && count_of(request, "Host") != 1) std::abort();
    if (problem != 0) return;  // answered 400 before anything else reads it

    (void)request.query();
    (void)request.form();
    (void)request.wants_json();
    for (const char* name : {"pmi_session", "__Host-pmi_session", "pmi_csrf", "pmi_lang"})
        if (auto value = request.cookie(name); value && value->find(';') != std::string::npos) std::abort();
    (void)pmi::web::choose_encoding(request.headers.get("Accept-Encoding").value_or(""));
    if (auto form = pmi::web::form_with_file(request, "file"); form.ok() && form->file) {
        const auto& data = form->file->data;
        if (data.data() < request.body.data() || data.data() + data.size() > request.body.data() + request.body.size()) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string bytes(kHead);
    bytes.append(reinterpret_cast<const char*>(data), size);
    const auto whole = read_connection(bytes, bytes.size());
    const auto trickled = read_connection(bytes, 1 + size % 16);
    if (whole.refused != trickled.refused || whole.messages.size() != trickled.messages.size()) std::abort();
    for (std::size_t k = 0; k < whole.messages.size(); ++k) {
        if (!same_message(whole.messages[k], trickled.messages[k])) std::abort();
        check_request(whole.messages[k]);
    }
    return 0;
}
