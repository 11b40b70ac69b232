#pragma once
// A message as it travels (RFC 5322 with MIME): headers folded under 78 characters, UTF-8
// words in headers encoded per RFC 2047, bodies in base64 lines of 76 characters; a plain
// text part alone, or text and HTML as multipart/alternative.
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace pmi::outbox {

struct MailContent {
    std::string from;  // "Name <address>" or "address"
    std::string to;
    std::string subject;
    std::string text;
    std::string html;              // empty: text only
    std::string message_id;        // the whole id, without angle brackets: "left@domain"
    std::string list_unsubscribe;  // an https address: adds List-Unsubscribe and List-Unsubscribe-Post
    Seconds date = 0;
};

// The message with CRLF line ends, ready for SMTP DATA (before dot-stuffing).
// The caller guarantees that no header value holds a line break.
std::string compose(const MailContent& content);

// "Name <address>" → "address"; an address alone is returned as is.
std::string address_of(std::string_view mailbox);
// The domain of an address ("pmi.example"), or "localhost" when there is none.
std::string domain_of(std::string_view address);

// `name: value`, with the value as RFC 2047 encoded words when it is not printable ASCII or
// too long for one line; every line stays within 76 characters.
std::string encoded_header(std::string_view name, std::string_view value);
// Base64 in lines of 76 characters, each ending in CRLF.
std::string base64_lines(std::string_view data);
// An RFC 5322 date: "Tue, 02 Mar 2027 09:30:00 +0000".
std::string rfc5322_date(Seconds at);

}  // namespace pmi::outbox
