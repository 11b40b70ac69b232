#pragma once
// A real SMTP server for tests: tests/support/smtp_server.py (Debian's aiosmtpd) on a free
// loopback port, started with the fixture and stopped with it. What it accepted is read
// back from its record, one message per line.
#include <string>
#include <vector>

namespace pmi::testing {

struct ReceivedMail {
    std::string from;
    std::vector<std::string> to;
    std::string data;  // the message as the server received it
    bool tls = false;
    bool authenticated = false;
};

struct SmtpServerOptions {
    std::string user, password;  // AUTH required when set
    bool starttls = false;       // STARTTLS offered and required (a self-signed certificate)
};

class TestSmtpServer {
public:
    // Throws std::runtime_error when the server does not start within 10 s.
    explicit TestSmtpServer(SmtpServerOptions options = {});
    ~TestSmtpServer();
    TestSmtpServer(const TestSmtpServer&) = delete;
    TestSmtpServer& operator=(const TestSmtpServer&) = delete;

    std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
    int port() const { return port_; }
    std::vector<ReceivedMail> received() const;
    // Stops the server (connections are refused until it is gone).
    void stop();

private:
    std::string folder_;
    int pid_ = -1;
    int port_ = 0;
};

// The value of a header in a received message ("" when absent), unfolded.
std::string header(const std::string& message, const std::string& name);
// The decoded text of the MIME part of `type` ("text/plain", "text/html"), or of the whole
// body for a single-part message of that type.
std::string mime_part(const std::string& message, const std::string& type);

}  // namespace pmi::testing
