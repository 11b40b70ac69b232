#include "support/smtp_server.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sodium.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

extern char** environ;

namespace pmi::testing {
namespace {

std::string lowercase(std::string text)
{
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string decode_base64(const std::string& text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), "\r\n \t",
                          &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return "<invalid base64>";
    out.resize(length);
    return out;
}

// Headers and body of a message or MIME part (line ends CRLF or LF).
std::pair<std::string, std::string> split(const std::string& message)
{
    for (std::string_view gap : {"\r\n\r\n", "\n\n"}) {
        auto at = message.find(gap);
        if (at != std::string::npos) return {message.substr(0, at + gap.size() / 2), message.substr(at + gap.size())};
    }
    return {message, ""};
}

}  // namespace

TestSmtpServer::TestSmtpServer(SmtpServerOptions options)
{
    folder_ = (std::filesystem::temp_directory_path() / ("pmi-smtp-" + std::to_string(getpid()) + "-" +
                                                          std::to_string(reinterpret_cast<std::uintptr_t>(this))))
                  .string();
    std::filesystem::create_directories(folder_);
    std::vector<std::string> arguments = {"/usr/bin/python3", std::string(PMI_SOURCE_DIR) + "/tests/support/smtp_server.py",
                                          "--out", folder_ + "/received.jsonl"};
    if (!options.user.empty()) arguments.insert(arguments.end(), {"--user", options.user, "--password", options.password});
    if (options.starttls) {
        const std::string command = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout " + folder_ +
                                    "/key.pem -out " + folder_ + "/cert.pem >/dev/null 2>&1";
        if (std::system(command.c_str()) != 0) throw std::runtime_error("openssl could not make a test certificate");
        arguments.insert(arguments.end(), {"--tls-cert", folder_ + "/cert.pem", "--tls-key", folder_ + "/key.pem"});
    }
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], 1);
    posix_spawn_file_actions_addclose(&actions, pipe_ends[0]);
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    int spawned = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_ends[1]);
    if (spawned != 0) {
        close(pipe_ends[0]);
        throw std::runtime_error("cannot start /usr/bin/python3 (apt-get install python3-aiosmtpd)");
    }
    std::string line;
    pollfd descriptor{pipe_ends[0], POLLIN, 0};
    while (line.find('\n') == std::string::npos && poll(&descriptor, 1, 10000) > 0) {
        char buffer[64];
        ssize_t got = read(pipe_ends[0], buffer, sizeof buffer);
        if (got <= 0) break;
        line.append(buffer, static_cast<std::size_t>(got));
    }
    close(pipe_ends[0]);
    if (line.rfind("PORT ", 0) != 0) {
        stop();
        throw std::runtime_error("the test SMTP server did not start: " + line);
    }
    port_ = std::atoi(line.c_str() + 5);
}

TestSmtpServer::~TestSmtpServer()
{
    stop();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
}

void TestSmtpServer::stop()
{
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
}

std::vector<ReceivedMail> TestSmtpServer::received() const
{
    std::vector<ReceivedMail> mails;
    std::ifstream in(folder_ + "/received.jsonl");
    std::string line;
    while (std::getline(in, line)) {
        auto json = nlohmann::json::parse(line, nullptr, false);
        if (json.is_discarded()) continue;
        ReceivedMail mail;
        mail.from = json.value("from", "");
        mail.to = json.value("to", std::vector<std::string>{});
        mail.data = json.value("data", "");
        mail.tls = json.value("tls", false);
        mail.authenticated = json.value("authenticated", false);
        mails.push_back(std::move(mail));
    }
    return mails;
}

std::string header(const std::string& message, const std::string& name)
{
    const std::string headers = split(message).first;
    const std::string wanted = lowercase(name) + ":";
    std::string value;
    bool inside = false;
    std::size_t start = 0;
    while (start < headers.size()) {
        auto end = headers.find('\n', start);
        if (end == std::string::npos) end = headers.size();
        std::string line = headers.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        start = end + 1;
        if (inside && !line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            value += (value.empty() ? "" : " ") + line.substr(line.find_first_not_of(" \t"));
            continue;
        }
        if (inside) break;
        if (lowercase(line.substr(0, wanted.size())) == wanted) {
            inside = true;
            value = line.substr(wanted.size());
            while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        }
    }
    return value;
}

std::string mime_part(const std::string& message, const std::string& type)
{
    const std::string content_type = lowercase(header(message, "Content-Type"));
    auto decode = [](const std::string& part) {
        auto [headers, body] = split(part);
        return lowercase(header(part, "Content-Transfer-Encoding")) == "base64" ? decode_base64(body) : body;
    };
    if (content_type.rfind(type, 0) == 0) return decode(message);
    auto at = content_type.find("boundary=\"");
    if (at == std::string::npos) return "";
    const std::string original = header(message, "Content-Type");
    const std::string boundary = "--" + original.substr(at + 10, original.find('"', at + 10) - at - 10);
    const std::string body = split(message).second;
    std::size_t start = body.find(boundary);
    while (start != std::string::npos) {
        start = body.find('\n', start) + 1;
        auto end = body.find(boundary, start);
        if (end == std::string::npos) break;
        std::string part = body.substr(start, end - start);
        if (lowercase(header(part, "Content-Type")).rfind(type, 0) == 0) return decode(part);
        start = end;
    }
    return "";
}

}  // namespace pmi::testing
