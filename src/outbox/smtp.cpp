#include "outbox/smtp.hpp"

#include <curl/curl.h>
#include <sodium.h>

#include <cstring>
#include <ctime>

#include "core/crypto.hpp"

namespace pmi::outbox {
namespace {

std::string base64(std::string_view data)
{
    std::string out(sodium_base64_encoded_len(data.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

// RFC 2047: a non-ASCII subject travels as =?UTF-8?B?...?=.
std::string encode_header(const std::string& text)
{
    bool ascii = true;
    for (unsigned char c : text) ascii = ascii && c >= 0x20 && c < 0x7F;
    return ascii ? text : "=?UTF-8?B?" + base64(text) + "?=";
}

std::string address_of(const std::string& from)
{
    auto open = from.find('<');
    auto close = from.find('>', open);
    if (open == std::string::npos || close == std::string::npos) return from;
    return from.substr(open + 1, close - open - 1);
}

struct Upload {
    std::string data;
    std::size_t offset = 0;
};

size_t read_upload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    std::size_t room = size * count;
    std::size_t left = upload->data.size() - upload->offset;
    std::size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.data() + upload->offset, n);
    upload->offset += n;
    return n;
}

}  // namespace

std::string compose(const Message& message, const std::string& from, Seconds now, const std::string& message_id)
{
    char date[64];
    std::time_t t = static_cast<std::time_t>(now);
    std::tm utc{};
    gmtime_r(&t, &utc);
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    std::string encoded = base64(message.body_text);
    std::string body;
    for (std::size_t i = 0; i < encoded.size(); i += 76) body += encoded.substr(i, 76) + "\r\n";
    return "Date: " + std::string(date) + "\r\n" + "From: " + from + "\r\n" + "To: " + message.to_address + "\r\n" +
           "Subject: " + encode_header(message.subject) + "\r\n" + "Message-ID: <" + message_id + ">\r\n" +
           "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n" +
           "Content-Transfer-Encoding: base64\r\n" + "\r\n" + body;
}

Status send(const SmtpSettings& settings, const Message& message, Seconds now)
{
    CURL* curl = curl_easy_init();
    if (!curl) return Error(ErrorCode::Invalid, "smtp", "libcurl could not start");
    std::string domain = address_of(settings.from);
    domain = domain.substr(domain.find('@') + 1);
    Upload upload{compose(message, settings.from, now, crypto::random_token(12) + "@" + domain)};
    curl_slist* recipients = curl_slist_append(nullptr, ("<" + message.to_address + ">").c_str());
    const std::string sender = "<" + address_of(settings.from) + ">";
    curl_easy_setopt(curl, CURLOPT_URL, settings.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, sender.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, settings.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!settings.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, settings.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, settings.password.c_str());
    }
    CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK) return Error(ErrorCode::Invalid, "smtp", curl_easy_strerror(code));
    return Ok{};
}

}  // namespace pmi::outbox
