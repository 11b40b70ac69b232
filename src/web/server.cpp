#include "web/server.hpp"

#include "web/incoming_request.hpp"

#include <restinio/all.hpp>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <limits>
#include <future>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

namespace pmi::web {
namespace {

// The open connections, from RESTinio's accepted and closed notices. At the cap a new
// connection is closed at once, before anything is read, instead of waiting unanswered in
// the listen queue behind clients that hold their connections open (slowloris): the client
// learns straight away that the server is full. Ids, not a bare count, so that a notice
// repeated or missed by the library cannot drift the count for the life of the process. The
// accepted notice comes a moment after the accept, so a burst may overshoot the cap by a few.
class OpenConnections {
public:
    explicit OpenConnections(std::size_t cap) : cap_(cap) {}

    void state_changed(const restinio::connection_state::notice_t& notice) noexcept
    {
        std::lock_guard lock(mutex_);
        if (restinio::holds_alternative<restinio::connection_state::closed_t>(notice.cause()))
            open_.erase(notice.connection_id());
        else if (restinio::holds_alternative<restinio::connection_state::accepted_t>(notice.cause()))
            open_.insert(notice.connection_id());
    }

    restinio::ip_blocker::inspection_result_t inspect(const restinio::ip_blocker::incoming_info_t&) noexcept
    {
        std::lock_guard lock(mutex_);
        return open_.size() < cap_ ? restinio::ip_blocker::allow() : restinio::ip_blocker::deny();
    }

private:
    std::size_t cap_;
    std::mutex mutex_;
    std::unordered_set<restinio::connection_id_t> open_;
};

// A TCP socket that answers as the connection ends when the client sent request bytes that
// got no answer. RESTinio closes the connection without a word on a request its parser
// refuses (an invalid or conflicting Content-Length, Content-Length with Transfer-Encoding,
// a broken chunk, headers over the limits) or that it stops waiting for; RFC 9112 section 6.3
// asks for a 400 before the close, so the client learns the request was refused, not lost:
// 413 when the request declared a body over the transport's limit, 408 when the client had
// gone quiet, else 400.
// RESTinio shuts every connection down through shutdown() before close(): the answer is
// sent there, without blocking (a client that reads nothing simply misses it).
class AnsweringSocket : public asio::ip::tcp::socket {
public:
    using asio::ip::tcp::socket::basic_stream_socket;

    // ServerOptions::max_body_size, set by serve(): RESTinio makes the sockets itself.
    static inline std::atomic<std::uint64_t> max_body_size{std::numeric_limits<std::uint64_t>::max()};

    template <typename Buffers, typename Handler>
    auto async_read_some(const Buffers& buffers, Handler&& handler)
    {
        // The handler keeps the executor it was bound to (RESTinio's strand).
        auto executor = asio::get_associated_executor(handler, get_executor());
        const asio::mutable_buffer into = *asio::buffer_sequence_begin(buffers);
        return asio::ip::tcp::socket::async_read_some(
            buffers, asio::bind_executor(executor, [this, into, inner = std::forward<Handler>(handler)](
                                                       const asio::error_code& error, std::size_t length) mutable {
                         // A request's first bytes hold its headers, as a rule.
                         if (unanswered_ == 0)
                             too_large_ = declares_too_large({static_cast<const char*>(into.data()), std::min(length, into.size())});
                         unanswered_ += length;
                         last_read_ = std::chrono::steady_clock::now();
                         inner(error, length);
                     }));
    }

    template <typename Buffers, typename Handler>
    auto async_write_some(const Buffers& buffers, Handler&& handler)
    {
        unanswered_ = 0;  // an answer is on its way
        return asio::ip::tcp::socket::async_write_some(buffers, std::forward<Handler>(handler));
    }

    void shutdown(shutdown_type what, asio::error_code& error)
    {
        if (unanswered_ > 0 && is_open()) {
            static constexpr std::string_view bad_request =
                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Length: 12\r\n\r\nBad request\n";
            static constexpr std::string_view timed_out =
                "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Length: 16\r\n\r\nRequest timeout\n";
            static constexpr std::string_view too_large =
                "HTTP/1.1 413 Content Too Large\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Length: 18\r\n\r\nContent too large\n";
            const bool quiet = std::chrono::steady_clock::now() - last_read_ >= std::chrono::seconds(1);
            const auto answer = too_large_ ? too_large : quiet ? timed_out : bad_request;
            [[maybe_unused]] auto sent = ::send(native_handle(), answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            unanswered_ = 0;
        }
        asio::ip::tcp::socket::shutdown(what, error);
    }

private:
    // Whether `head` has a Content-Length of digits over max_body_size (one too long to be a
    // number is invalid, not large: 400).
    static bool declares_too_large(std::string_view head)
    {
        static constexpr std::string_view name = "\r\ncontent-length:";
        auto at = std::search(head.begin(), head.end(), name.begin(), name.end(),
                              [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
        if (at == head.end()) return false;
        auto digits = head.substr(static_cast<std::size_t>(at - head.begin()) + name.size());
        digits.remove_prefix(std::min(digits.find_first_not_of(" \t"), digits.size()));
        digits = digits.substr(0, digits.find_first_not_of("0123456789"));
        std::uint64_t value = 0;
        auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        return !digits.empty() && problem == std::errc{} && value > max_body_size.load();
    }

    std::size_t unanswered_ = 0;  // request bytes read since the last answer began
    std::chrono::steady_clock::time_point last_read_;
    bool too_large_ = false;
};

struct Traits : public restinio::default_traits_t {
    using stream_socket_t = AnsweringSocket;
    // Not RESTinio's own connection limiter: in 0.6.16 it loses a slot for every connection
    // the IP blocker turns away, until it accepts no connection at all.
    static constexpr bool use_connection_count_limiter = false;
    using connection_state_listener_t = OpenConnections;
    using ip_blocker_t = OpenConnections;
};
using HttpServer = restinio::http_server_t<Traits>;

int stop_pipe[2] = {-1, -1};
void* kept_server = nullptr;  // see serve(): a plain pointer, never destroyed at exit

void on_stop_signal(int)
{
    char byte = 1;
    [[maybe_unused]] auto written = write(stop_pipe[1], &byte, 1);
}

class Dispatcher {
public:
    Dispatcher(RequestHandler handler) : handler_(std::move(handler)) {}

    restinio::request_handling_status_t operator()(const restinio::request_handle_t& source)
    {
        ++in_flight_;
        Request request = to_request(source->header(), source->body(), source->remote_endpoint().address().to_string());
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

// The connections the process can hold open: `wanted`, or fewer when the limit on open
// files would run out first (then accept() would fail with EMFILE and new clients would wait
// unanswered instead of being refused). The soft limit is raised to the hard one first;
// `reserve` files stay for the database, uploads and logs.
std::size_t connection_cap(std::size_t wanted)
{
    constexpr rlim_t reserve = 128;
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0) return wanted;
    if (files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &files) != 0) getrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur == RLIM_INFINITY || files.rlim_cur >= wanted + reserve) return wanted;
    std::size_t cap = files.rlim_cur > 2 * reserve ? files.rlim_cur - reserve : files.rlim_cur / 2;
    spdlog::warn("the limit of {} open files allows {} connections, not the {} configured", files.rlim_cur, cap, wanted);
    return cap;
}

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
    AnsweringSocket::max_body_size = options.max_body_size;
    const std::size_t max_connections = connection_cap(options.max_connections);
    auto open_connections = std::make_shared<OpenConnections>(max_connections);

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
                              .connection_state_listener(open_connections)
                              .ip_blocker(open_connections)
                              .incoming_http_msg_limits(message_limits(options));
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
