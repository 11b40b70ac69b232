#include "web/server.hpp"

#include <restinio/all.hpp>
#include <signal.h>
#include <strings.h>
#include <unistd.h>

#include <cerrno>

#include <atomic>
#include <future>
#include <vector>
#include <thread>

namespace pmi::web {
namespace {

struct Traits : public restinio::default_traits_t {
    static constexpr bool use_connection_count_limiter = true;
};
using HttpServer = restinio::http_server_t<Traits>;

int stop_pipe[2] = {-1, -1};
void* kept_server = nullptr;  // see serve(): a plain pointer, never destroyed at exit

void on_stop_signal(int)
{
    char byte = 1;
    [[maybe_unused]] auto written = write(stop_pipe[1], &byte, 1);
}

Request to_request(const restinio::request_handle_t& source)
{
    Request request;
    const auto& header = source->header();
    request.method_text = std::string(header.method().c_str());
    request.method = method_from_name(request.method_text);
    request.target = std::string(header.request_target());
    auto question = request.target.find('?');
    request.path = percent_decode(std::string_view(request.target).substr(0, question), false);
    if (question != std::string::npos) request.query_string = request.target.substr(question + 1);
    header.for_each_field([&](const restinio::http_header_field_t& field) {
        request.headers.add(std::string(field.name()), std::string(field.value()));
    });
    request.body = source->body();
    request.remote_address = source->remote_endpoint().address().to_string();
    request.client_address = request.remote_address;
    return request;
}

// Framing the HTTP parser lets through but RFC 9112 forbids, which proxies in front may
// read differently (request smuggling): a request without exactly one Host (section 3.2;
// the transport does not tell HTTP/1.0 from 1.1, so 1.0 requests need one too) or with
// whitespace in a field name (section 5.1). 400 for those, 0 when the request is well framed.
int framing_problem(const Request& request)
{
    std::size_t hosts = 0;
    for (const auto& [name, value] : request.headers.entries()) {
        if (name.find_first_of(" \t") != std::string::npos) return 400;
        if (name.size() == 4 && strncasecmp(name.c_str(), "host", 4) == 0) ++hosts;
    }
    return hosts == 1 ? 0 : 400;
}

class Dispatcher {
public:
    Dispatcher(RequestHandler handler) : handler_(std::move(handler)) {}

    restinio::request_handling_status_t operator()(const restinio::request_handle_t& source)
    {
        ++in_flight_;
        Request request = to_request(source);
        if (int status = framing_problem(request); status != 0) {
            source->create_response(status_line(status)).connection_close().done();
            --in_flight_;
            return restinio::request_accepted();
        }
        Response response = handler_(request);
        if (request.method == Method::Head) {
            // HEAD: the headers of the GET, with its length, and no body.
            auto reply = source->create_response<restinio::user_controlled_output_t>(status_line(response.status));
            add_headers(reply, response);
            reply.set_content_length(response.body.size());
            reply.done();
        } else {
            auto reply = source->create_response(status_line(response.status));
            add_headers(reply, response);
            reply.set_body(std::move(response.body));
            reply.done();
        }
        --in_flight_;
        return restinio::request_accepted();
    }

    static restinio::http_status_line_t status_line(int status)
    {
        return restinio::http_status_line_t{restinio::http_status_code_t{static_cast<std::uint16_t>(status)},
                                            std::string(status_reason(status))};
    }

    template <typename Reply>
    void add_headers(Reply& reply, const Response& response)
    {
        reply.append_header(restinio::http_field::content_type, response.content_type);
        for (const auto& [name, value] : response.headers.entries()) reply.append_header(name, value);
        if (draining_) reply.connection_close();
    }

    void start_draining() { draining_ = true; }
    int in_flight() const { return in_flight_; }

private:
    RequestHandler handler_;
    std::atomic<int> in_flight_{0};
    std::atomic<bool> draining_{false};
};

}  // namespace

void serve(const ServerOptions& options, RequestHandler handler, const std::function<void()>& on_listening)
{
    // SIGTERM and SIGINT only write a byte to a pipe, whichever thread they land on (some
    // runtimes start threads of their own before main); this thread waits for that byte.
    if (pipe(stop_pipe) != 0) throw std::runtime_error("cannot create the signal pipe");
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    auto dispatcher = std::make_shared<Dispatcher>(std::move(handler));
    restinio::incoming_http_msg_limits_t limits;
    limits.max_url_size(options.max_url_size)
        .max_field_name_size(options.max_header_name_size)
        .max_field_value_size(options.max_header_value_size)
        .max_field_count(options.max_header_count)
        .max_body_size(options.max_body_size);

    // RESTinio 0.6.16 destroys the keep-alive connections still open at shutdown after the
    // connection limiter they report to, a use-after-free. A stopped server is therefore
    // kept (reachable, so not a leak) instead of destroyed; a process serves only once.
    auto* owned = new HttpServer{restinio::own_io_context(), [&](auto& settings) {
                          settings.address(options.host)
                              .port(options.port)
                              .request_handler([dispatcher](auto request) { return (*dispatcher)(request); })
                              .read_next_http_message_timelimit(options.read_timeout)
                              .write_http_response_timelimit(options.write_timeout)
                              .handle_request_timeout(options.handler_timeout)
                              .max_parallel_connections(options.max_connections)
                              .incoming_http_msg_limits(limits);
                      }};
    kept_server = owned;
    HttpServer& server = *owned;

    restinio::on_pool_runner_t<HttpServer> runner{options.threads, server};
    std::promise<void> started;
    runner.start([&started]() noexcept { started.set_value(); },
                 [&started](std::exception_ptr error) noexcept { started.set_exception(error); });
    started.get_future().get();  // rethrows a bind failure
    on_listening();

    char byte = 0;
    while (read(stop_pipe[0], &byte, 1) < 0 && errno == EINTR) {
    }
    dispatcher->start_draining();
    auto deadline = std::chrono::steady_clock::now() + options.drain_timeout;
    while (dispatcher->in_flight() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let the last writes reach their sockets
    runner.stop();
    runner.wait();
}

}  // namespace pmi::web
