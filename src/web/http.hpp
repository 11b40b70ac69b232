#pragma once
// Our own request and response types: modules see these, never the HTTP library's.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pmi::web {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

std::string_view method_name(Method method);
Method method_from_name(std::string_view name);
bool is_safe(Method method);  // GET, HEAD, OPTIONS change nothing

// Header names compare case-insensitively; the first value of a repeated header wins.
class Headers {
public:
    void add(std::string name, std::string value) { entries_.emplace_back(std::move(name), std::move(value)); }
    std::optional<std::string_view> get(std::string_view name) const;
    void set(std::string name, std::string value);
    const std::vector<std::pair<std::string, std::string>>& entries() const { return entries_; }

private:
    std::vector<std::pair<std::string, std::string>> entries_;
};

// Decoded `application/x-www-form-urlencoded` fields (also used for query strings).
class Fields {
public:
    static Fields parse(std::string_view encoded);
    // The first value of a field, or "" when absent.
    std::string_view get(std::string_view name) const;
    bool has(std::string_view name) const;
    std::vector<std::string_view> all(std::string_view name) const;
    const std::vector<std::pair<std::string, std::string>>& entries() const { return entries_; }
    std::size_t size() const { return entries_.size(); }
    void add(std::string name, std::string value) { entries_.emplace_back(std::move(name), std::move(value)); }

private:
    std::vector<std::pair<std::string, std::string>> entries_;
};

struct Request {
    Method method = Method::Get;
    std::string method_text;
    std::string target;  // as received: path and query
    std::string path;    // percent-decoded path
    std::string query_string;
    Headers headers;
    std::string body;
    std::string remote_address;  // the peer: the visitor, or a proxy in front
    // The visitor's address and the scheme it used (https, http; empty: not known), as the
    // pipeline reads them from a trusted proxy's headers; the peer's address otherwise.
    std::string client_address;
    std::string forwarded_scheme;
    std::map<std::string, std::string, std::less<>> path_parameters;  // filled by the router

    Fields query() const { return Fields::parse(query_string); }
    // Form fields of a urlencoded body; empty for any other content type.
    Fields form() const;
    std::optional<std::string> cookie(std::string_view name) const;
    std::string_view path_parameter(std::string_view name) const;
    bool wants_json() const;
};

enum class SameSite { Lax, Strict };

struct Cookie {
    std::string name;
    std::string value;
    std::int64_t max_age = -1;  // -1: session cookie; 0: delete
    bool http_only = true;
    bool secure = false;
    SameSite same_site = SameSite::Lax;
    std::string to_header() const;
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    Headers headers;
    std::string body;
    bool compressible = true;

    static Response text(int status, std::string body);
    static Response json(int status, std::string body);
    // 303 See Other: after a form post, the browser follows with a GET.
    static Response redirect(std::string location, int status = 303);
    void set_cookie(const Cookie& cookie) { headers.add("Set-Cookie", cookie.to_header()); }
    // Tells a refused client when to try again (429, 503); nothing for 0.
    void retry_after(int seconds)
    {
        if (seconds > 0) headers.add("Retry-After", std::to_string(seconds));
    }
};

std::string percent_decode(std::string_view text, bool plus_is_space);
std::string percent_encode(std::string_view text);
std::string_view status_reason(int status);

}  // namespace pmi::web
