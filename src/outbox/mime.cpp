#include "outbox/mime.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <ctime>

#include "core/crypto.hpp"

namespace pmi::outbox {
namespace {

constexpr std::size_t kLineLimit = 76;
constexpr std::string_view kWordStart = "=?UTF-8?B?";
constexpr std::string_view kWordEnd = "?=";

std::string base64(std::string_view data)
{
    std::string out(sodium_base64_encoded_len(data.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool printable_ascii(std::string_view text)
{
    for (unsigned char c : text)
        if (c < 0x20 || c >= 0x7F) return false;
    return true;
}

// The longest prefix of `text` of at most `bytes` bytes that does not cut a UTF-8 character.
std::size_t whole_characters(std::string_view text, std::size_t bytes)
{
    if (bytes >= text.size()) return text.size();
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
    return bytes;
}

// Raw bytes that fit in an encoded word of `room` characters.
std::size_t raw_bytes_for(std::size_t room)
{
    const std::size_t overhead = kWordStart.size() + kWordEnd.size();
    return room > overhead ? (room - overhead) / 4 * 3 : 0;
}

// A display name as a quoted string (it may hold specials such as commas), or as encoded
// words when it is not ASCII.
std::string mailbox_header(std::string_view name, std::string_view mailbox)
{
    auto open = mailbox.find('<');
    if (open == std::string_view::npos) return std::string(name) + ": " + std::string(mailbox) + "\r\n";
    std::string display(mailbox.substr(0, open));
    while (!display.empty() && display.back() == ' ') display.pop_back();
    std::string address(mailbox.substr(open));
    if (display.empty()) return std::string(name) + ": " + address + "\r\n";
    if (!printable_ascii(display)) {
        std::string header = encoded_header(name, display);
        header.resize(header.size() - 2);  // the CRLF
        return header + "\r\n " + address + "\r\n";
    }
    // A phrase of atoms goes as it is; anything else (commas, dots, ...) in quotes.
    const bool atoms = std::all_of(display.begin(), display.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
    });
    if (!atoms && display.front() != '"') {
        std::string quoted = "\"";
        for (char c : display) {
            if (c == '"' || c == '\\') quoted += '\\';
            quoted += c;
        }
        display = quoted + "\"";
    }
    return std::string(name) + ": " + display + " " + address + "\r\n";
}

std::string part(std::string_view type, std::string_view body)
{
    return "Content-Type: " + std::string(type) + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64_lines(body);
}

}  // namespace

std::string address_of(std::string_view mailbox)
{
    auto open = mailbox.find('<');
    auto close = mailbox.find('>', open);
    if (open == std::string_view::npos || close == std::string_view::npos) return std::string(mailbox);
    return std::string(mailbox.substr(open + 1, close - open - 1));
}

std::string domain_of(std::string_view address)
{
    auto at = address.rfind('@');
    if (at == std::string_view::npos || at + 1 == address.size()) return "localhost";
    return std::string(address.substr(at + 1));
}

std::string encoded_header(std::string_view name, std::string_view value)
{
    std::string header = std::string(name) + ": ";
    if (printable_ascii(value) && header.size() + value.size() <= kLineLimit) return header + std::string(value) + "\r\n";
    // Each line holds one encoded word: the first after the name, the others after a space.
    std::size_t room = kLineLimit - header.size();
    bool first = true;
    while (!value.empty()) {
        std::size_t take = whole_characters(value, raw_bytes_for(room));
        if (take == 0) take = std::min(value.size(), std::size_t{1});
        if (!first) header += "\r\n ";
        header += std::string(kWordStart) + base64(value.substr(0, take)) + std::string(kWordEnd);
        value.remove_prefix(take);
        first = false;
        room = kLineLimit - 1;
    }
    return header + "\r\n";
}

std::string base64_lines(std::string_view data)
{
    const std::string encoded = base64(data);
    std::string out;
    out.reserve(encoded.size() + encoded.size() / kLineLimit * 2 + 2);
    for (std::size_t i = 0; i < encoded.size(); i += kLineLimit) {
        out.append(encoded, i, kLineLimit);
        out += "\r\n";
    }
    return out;
}

std::string rfc5322_date(Seconds at)
{
    char date[64];
    std::time_t t = static_cast<std::time_t>(at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return date;
}

std::string compose(const MailContent& content)
{
    std::string message = "Date: " + rfc5322_date(content.date) + "\r\n";
    message += mailbox_header("From", content.from);
    message += "To: " + content.to + "\r\n";
    message += encoded_header("Subject", content.subject);
    message += "Message-ID: <" + content.message_id + ">\r\n";
    if (!content.list_unsubscribe.empty()) {
        // RFC 8058: a POST of "List-Unsubscribe=One-Click" to this address unsubscribes.
        message += "List-Unsubscribe:\r\n <" + content.list_unsubscribe + ">\r\n";
        message += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    }
    message += "MIME-Version: 1.0\r\n";
    if (content.html.empty()) return message + part("text/plain", content.text);
    const std::string boundary = "=_pmi_" + crypto::random_token(18);
    message += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    message += "--" + boundary + "\r\n" + part("text/plain", content.text);
    message += "--" + boundary + "\r\n" + part("text/html", content.html);
    message += "--" + boundary + "--\r\n";
    return message;
}

}  // namespace pmi::outbox
