#pragma once
// Sending one message over SMTP (libcurl), with STARTTLS when the server offers it.
#include <string>

#include "core/result.hpp"
#include "outbox/outbox.hpp"

namespace pmi::outbox {

struct SmtpSettings {
    std::string url;   // smtp://host:port or smtps://host:port
    std::string from;  // "Name <address>"
    std::string username;
    std::string password;
    long timeout_seconds = 30;
};

// The message as RFC 5322 text: UTF-8 subject encoded per RFC 2047, body in base64.
std::string compose(const Message& message, const std::string& from, Seconds now, const std::string& message_id);

// Fails with the SMTP server's or the network's error, to be retried later.
Status send(const SmtpSettings& settings, const Message& message, Seconds now);

}  // namespace pmi::outbox
