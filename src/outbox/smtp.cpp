#include "outbox/smtp.hpp"

#include <curl/curl.h>
#include <poll.h>

#include <chrono>
#include <optional>
#include <variant>

#include "outbox/mime.hpp"

namespace pmi::outbox {
namespace {

constexpr std::size_t kMaxReplyBytes = 64 * 1024;

struct Reply {
    int code = 0;
    std::string text;
    bool accepted() const { return code >= 200 && code < 400; }
    bool temporary() const { return code >= 400 && code < 500; }
};

// 550, 551 and 553 at RCPT, or an enhanced status 5.1.x: the mailbox does not exist.
bool unknown_mailbox(const Reply& reply)
{
    if (reply.code == 550 || reply.code == 551 || reply.code == 553) return true;
    return reply.text.rfind("5.1.", 0) == 0 || reply.text.find(" 5.1.") != std::string::npos;
}

long curl_tls(Tls tls)
{
    switch (tls) {
    case Tls::Try: return CURLUSESSL_TRY;
    case Tls::Require: return CURLUSESSL_ALL;
    case Tls::Never: return CURLUSESSL_NONE;
    }
    return CURLUSESSL_TRY;
}

}  // namespace

struct SmtpSession::Connection {
    CURL* curl = nullptr;
    curl_socket_t socket = CURL_SOCKET_BAD;
    std::string received;  // bytes read past the last reply
    long timeout_seconds = 30;

    ~Connection()
    {
        if (curl) curl_easy_cleanup(curl);  // sends QUIT when the connection still stands
    }

    bool wait(short events)
    {
        pollfd descriptor{socket, events, 0};
        return poll(&descriptor, 1, static_cast<int>(timeout_seconds * 1000)) > 0;
    }

    // Fails with the network's error; the connection is then unusable.
    std::optional<std::string> write(std::string_view data)
    {
        while (!data.empty()) {
            std::size_t sent = 0;
            CURLcode code = curl_easy_send(curl, data.data(), data.size(), &sent);
            if (code == CURLE_AGAIN) {
                if (!wait(POLLOUT)) return "the SMTP server stopped reading";
                continue;
            }
            if (code != CURLE_OK) return curl_easy_strerror(code);
            data.remove_prefix(sent);
        }
        return std::nullopt;
    }

    // The next reply (all lines of a multi-line one), or the network's error.
    std::variant<Reply, std::string> read()
    {
        for (;;) {
            if (auto reply = take_reply()) return *reply;
            if (received.size() > kMaxReplyBytes) return std::string("the SMTP server's reply is too long");
            char buffer[4096];
            std::size_t got = 0;
            CURLcode code = curl_easy_recv(curl, buffer, sizeof buffer, &got);
            if (code == CURLE_AGAIN) {
                if (!wait(POLLIN)) return std::string("the SMTP server did not answer in time");
                continue;
            }
            if (code != CURLE_OK) return std::string(curl_easy_strerror(code));
            if (got == 0) return std::string("the SMTP server closed the connection");
            received.append(buffer, got);
        }
    }

    // A complete reply from `received`: lines "250-..." continue, "250 ..." ends it.
    std::optional<Reply> take_reply()
    {
        std::size_t start = 0;
        Reply reply;
        for (;;) {
            auto end = received.find("\r\n", start);
            if (end == std::string::npos) return std::nullopt;
            std::string_view line(received.data() + start, end - start);
            if (line.size() >= 3) reply.code = std::atoi(std::string(line.substr(0, 3)).c_str());
            if (!reply.text.empty()) reply.text += ' ';
            reply.text += line.size() > 4 ? std::string(line.substr(4)) : std::string{};
            start = end + 2;
            if (line.size() < 4 || line[3] != '-') break;
        }
        received.erase(0, start);
        if (reply.text.size() > 500) reply.text.resize(500);
        return reply;
    }
};

SmtpSession::SmtpSession(SmtpSettings settings) : settings_(std::move(settings)) {}

SmtpSession::~SmtpSession() = default;

void SmtpSession::close()
{
    connection_.reset();
}

Status SmtpSession::connect()
{
    auto connection = std::make_unique<Connection>();
    connection->timeout_seconds = settings_.timeout_seconds;
    connection->curl = curl_easy_init();
    if (!connection->curl) return Error(ErrorCode::Invalid, "smtp", "libcurl could not start");
    CURL* curl = connection->curl;
    curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, curl_tls(settings_.tls));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, settings_.verify_peer ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, settings_.verify_peer ? 2L : 0L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, settings_.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, settings_.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!settings_.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    if (CURLcode code = curl_easy_perform(curl); code != CURLE_OK)
        return Error(ErrorCode::Invalid, "smtp", std::string("connecting to the SMTP server: ") + curl_easy_strerror(code));
    // The whole transfer timeout covered the connection; replies have their own below.
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
    curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &connection->socket);
    if (connection->socket == CURL_SOCKET_BAD) return Error(ErrorCode::Invalid, "smtp", "the SMTP connection has no socket");
    connection_ = std::move(connection);
    return Ok{};
}

Delivered SmtpSession::fail(Outcome outcome, std::string detail, bool handed_over)
{
    // After a refusal the transaction is reset and the connection kept; after a network
    // failure (or a failed reset) it is dropped and the next message connects again.
    if (connection_ && !handed_over) {
        bool reset = !connection_->write("RSET\r\n");
        if (reset) {
            auto reply = connection_->read();
            reset = std::holds_alternative<Reply>(reply) && std::get<Reply>(reply).accepted();
        }
        if (!reset) close();
    }
    return Delivered{outcome, std::move(detail), handed_over};
}

Delivered SmtpSession::send(const std::string& to, const std::string& data, const std::function<void()>& before_handover)
{
    if (!connection_) {
        if (auto connected = connect(); !connected.ok()) return Delivered{Outcome::Temporary, connected.error().message, false};
    }
    auto& connection = *connection_;
    auto network = [this](const std::string& error, bool handed_over) {
        close();
        return Delivered{Outcome::Temporary, error, handed_over};
    };
    // One command and its reply; nullopt when the server accepted it.
    auto step = [&](const std::string& line, bool recipient) -> std::optional<Delivered> {
        if (auto error = connection.write(line)) return network(*error, false);
        auto answer = connection.read();
        if (auto* error = std::get_if<std::string>(&answer)) return network(*error, false);
        const Reply& reply = std::get<Reply>(answer);
        if (reply.accepted()) return std::nullopt;
        const std::string detail = std::to_string(reply.code) + " " + reply.text;
        if (reply.temporary()) return fail(Outcome::Temporary, detail);
        return fail(recipient && unknown_mailbox(reply) ? Outcome::HardBounce : Outcome::Permanent, detail);
    };
    if (auto refused = step("MAIL FROM:<" + address_of(settings_.from) + ">\r\n", false)) return *refused;
    if (auto refused = step("RCPT TO:<" + to + ">\r\n", true)) return *refused;
    if (auto refused = step("DATA\r\n", false)) return *refused;
    if (auto error = connection.write(dot_stuffed(data))) return network(*error, false);
    before_handover();
    if (auto error = connection.write(".\r\n")) return network(*error, true);
    auto answer = connection.read();
    if (auto* error = std::get_if<std::string>(&answer)) return network(*error, true);
    const Reply& reply = std::get<Reply>(answer);
    const std::string detail = std::to_string(reply.code) + " " + reply.text;
    if (reply.accepted()) return Delivered{Outcome::Sent, detail, true};
    return Delivered{reply.temporary() ? Outcome::Temporary : Outcome::Permanent, detail, true};
}

std::string dot_stuffed(const std::string& data)
{
    std::string out;
    out.reserve(data.size() + 16);
    bool line_start = true;
    for (char c : data) {
        if (line_start && c == '.') out += '.';
        out += c;
        line_start = c == '\n';
    }
    if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
    return out;
}

}  // namespace pmi::outbox
