#include "web/http.hpp"

#include <algorithm>
#include <cctype>

namespace pmi::web {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string_view method_name(Method method)
{
    switch (method) {
    case Method::Get: return "GET";
    case Method::Head: return "HEAD";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Patch: return "PATCH";
    case Method::Delete: return "DELETE";
    case Method::Options: return "OPTIONS";
    case Method::Other: return "OTHER";
    }
    return "OTHER";
}

Method method_from_name(std::string_view name)
{
    for (auto m : {Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch, Method::Delete, Method::Options})
        if (method_name(m) == name) return m;
    return Method::Other;
}

bool is_safe(Method method)
{
    return method == Method::Get || method == Method::Head || method == Method::Options;
}

std::optional<std::string_view> Headers::get(std::string_view name) const
{
    for (const auto& [key, value] : entries_)
        if (equal_ignoring_case(key, name)) return std::string_view(value);
    return std::nullopt;
}

void Headers::set(std::string name, std::string value)
{
    std::erase_if(entries_, [&](const auto& entry) { return equal_ignoring_case(entry.first, name); });
    entries_.emplace_back(std::move(name), std::move(value));
}

Fields Fields::parse(std::string_view encoded)
{
    Fields fields;
    while (!encoded.empty()) {
        auto amp = encoded.find('&');
        auto pair = encoded.substr(0, amp);
        encoded = amp == std::string_view::npos ? std::string_view{} : encoded.substr(amp + 1);
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        auto name = pair.substr(0, eq);
        auto value = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        fields.entries_.emplace_back(percent_decode(name, true), percent_decode(value, true));
    }
    return fields;
}

std::string_view Fields::get(std::string_view name) const
{
    for (const auto& [key, value] : entries_)
        if (key == name) return value;
    return {};
}

bool Fields::has(std::string_view name) const
{
    return std::any_of(entries_.begin(), entries_.end(), [&](const auto& e) { return e.first == name; });
}

std::vector<std::string_view> Fields::all(std::string_view name) const
{
    std::vector<std::string_view> values;
    for (const auto& [key, value] : entries_)
        if (key == name) values.emplace_back(value);
    return values;
}

Fields Request::form() const
{
    auto type = headers.get("Content-Type").value_or("");
    if (type.substr(0, 33) != "application/x-www-form-urlencoded") return {};
    return Fields::parse(body);
}

std::optional<std::string> Request::cookie(std::string_view name) const
{
    auto header = headers.get("Cookie");
    if (!header) return std::nullopt;
    std::string_view rest = *header;
    while (!rest.empty()) {
        auto semicolon = rest.find(';');
        auto part = trim(rest.substr(0, semicolon));
        rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
        auto eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        if (trim(part.substr(0, eq)) == name) return std::string(trim(part.substr(eq + 1)));
    }
    return std::nullopt;
}

std::string_view Request::path_parameter(std::string_view name) const
{
    auto found = path_parameters.find(name);
    return found == path_parameters.end() ? std::string_view{} : std::string_view(found->second);
}

bool Request::wants_json() const
{
    return path.rfind("/api/", 0) == 0;
}

std::string Cookie::to_header() const
{
    std::string header = name + "=" + value + "; Path=/";
    if (max_age >= 0) header += "; Max-Age=" + std::to_string(max_age);
    if (http_only) header += "; HttpOnly";
    if (secure) header += "; Secure";
    header += same_site == SameSite::Strict ? "; SameSite=Strict" : "; SameSite=Lax";
    return header;
}

Response Response::text(int status, std::string body)
{
    Response response;
    response.status = status;
    response.content_type = "text/plain; charset=utf-8";
    response.body = std::move(body);
    return response;
}

Response Response::json(int status, std::string body)
{
    Response response;
    response.status = status;
    response.content_type = "application/json";
    response.body = std::move(body);
    return response;
}

Response Response::redirect(std::string location, int status)
{
    Response response;
    response.status = status;
    response.headers.add("Location", std::move(location));
    return response;
}

std::string percent_decode(std::string_view text, bool plus_is_space)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '+' && plus_is_space) {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string percent_encode(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string_view status_reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

}  // namespace pmi::web
