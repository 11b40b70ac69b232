#pragma once
// One SMTP connection that sends many messages. libcurl opens it: the connection, the
// greeting and EHLO, STARTTLS and authentication, as configured. pmi then speaks the mail
// transaction itself (MAIL, RCPT, DATA), so that it knows each reply, reuses the connection
// for the next message, and chooses the moment the message changes hands: the end-of-data
// line, sent right after the caller has recorded the handover.
#include <functional>
#include <memory>
#include <string>

#include "core/result.hpp"

namespace pmi::outbox {

enum class Tls { Try, Require, Never };

struct SmtpSettings {
    std::string url;   // smtp://host:port (STARTTLS as `tls` says) or smtps://host:port
    std::string from;  // "Name <address>"
    std::string username;
    std::string password;
    Tls tls = Tls::Try;
    bool verify_peer = true;  // check the server's certificate
    long timeout_seconds = 30;
};

// How one message fared.
enum class Outcome {
    Sent,
    Temporary,   // 4xx or a network failure: try again later
    Permanent,   // 5xx: do not try again
    HardBounce,  // the recipient's address does not exist (5.1.x at RCPT): do not write to it again
};

struct Delivered {
    Outcome outcome = Outcome::Temporary;
    std::string detail;        // the server's reply or the network error
    bool handed_over = false;  // the end of data was sent, so the server may hold the message
};

class SmtpSession {
public:
    explicit SmtpSession(SmtpSettings settings);
    ~SmtpSession();
    SmtpSession(const SmtpSession&) = delete;
    SmtpSession& operator=(const SmtpSession&) = delete;

    // Sends `data` (the composed message) from the configured sender to `to`, connecting
    // first when needed. `before_handover` runs just before the end-of-data line leaves.
    // Never throws for what the server or the network does: that is the outcome.
    Delivered send(const std::string& to, const std::string& data, const std::function<void()>& before_handover);
    // Closes the connection (QUIT); the next send connects again.
    void close();

private:
    struct Connection;
    Status connect();
    Delivered fail(Outcome outcome, std::string detail, bool handed_over = false);

    SmtpSettings settings_;
    std::unique_ptr<Connection> connection_;
};

// Lines that begin with a dot get a second one (RFC 5321 §4.5.2); the text ends with CRLF.
std::string dot_stuffed(const std::string& data);

}  // namespace pmi::outbox
