#include "app/pipeline.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <utility>

#include "core/crypto.hpp"
#include "core/text.hpp"
#include "db/statement_count.hpp"
#include "web/compression.hpp"
#include "web/json.hpp"
#include "web/multipart.hpp"

namespace pmi::app {
namespace {

constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
constexpr std::int64_t kYear = 365 * 24 * 60 * 60;
constexpr std::size_t kMinimumCompressedSize = 512;

std::string origin_of(std::string_view url)
{
    auto scheme = url.find("://");
    if (scheme == std::string_view::npos) return std::string(url);
    auto slash = url.find('/', scheme + 3);
    return std::string(url.substr(0, slash));
}

// Whether every field of the query, and of a form body, is UTF-8 text: other bytes reach no
// handler (PostgreSQL refuses them as parameters, a server error instead of an answer).
bool fields_are_text(const web::Request& request)
{
    auto all_text = [](const web::Fields& fields) {
        for (const auto& [name, value] : fields.entries())
            if (!text::valid_utf8(name) || !text::valid_utf8(value)) return false;
        return true;
    };
    return all_text(request.query()) && (web::is_safe(request.method) || all_text(request.form()));
}

}  // namespace

Pipeline::Pipeline(PipelineParts parts)
    : parts_(std::move(parts)),
      request_id_prefix_(crypto::random_token(4)),
      page_cache_(std::chrono::milliseconds(parts_.config.page_cache_ms)),
      token_slot_("csrfslot" + crypto::random_token(24))
{
}

std::string Pipeline::session_cookie_name() const
{
    return parts_.config.secure_cookies ? "__Host-pmi_session" : "pmi_session";
}

std::string Pipeline::csrf_cookie_name() const
{
    return parts_.config.secure_cookies ? "__Host-pmi_csrf" : "pmi_csrf";
}

web::Response Pipeline::handle(web::Request& request)
{
    const auto started = std::chrono::steady_clock::now();
    const auto statements_before = db::statements_run_on_this_thread();
    request.client_address = parts_.config.trusted_proxies.client_address(request);
    request.forwarded_scheme = parts_.config.trusted_proxies.forwarded_scheme(request);
    std::string route_name = "static";
    web::Exchange exchange(request, request_id_prefix_ + "-" + std::to_string(next_request_++));
    web::Response response;
    if (request.path.rfind("/static/", 0) == 0 && web::is_safe(request.method)) {
        response = parts_.static_files.serve(request);
    } else {
        try {
            response = dispatch(exchange, request, route_name);
        } catch (const std::exception& error) {
            spdlog::error("request {} {} {} failed: {}", exchange.request_id, request.method_text, request.path, error.what());
            auto failure = Error(ErrorCode::Invalid, "", "Something went wrong on our side. Try again; if it goes on, tell the program office and quote {1}.",
                          {exchange.request_id});
            response = request.wants_json() ? web::json_error(parts_.views.i18n, exchange, failure)
                                            : web::error_page(parts_.views, exchange, failure);
            response.status = 500;
        }
    }
    // Whatever a change touched, the public pages rendered before it are not served again. A
    // refused request (4xx, or a 500 whose transaction rolled back) changed nothing, and must
    // not let anyone empty the cache at will.
    if (!web::is_safe(request.method) && response.status < 400) {
        page_cache_.invalidate();
        // Whatever it changed of anyone's account or roles holds at once for every next
        // request here; other servers hear of it from the database a moment later.
        parts_.accounts.forget_kept_sessions();
    }
    finish(request, exchange, response);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    parts_.metrics.record(route_name, response.status, seconds);
    spdlog::info(R"({{"request":"{}","method":"{}","path":"{}","route":"{}","status":{},"ms":{:.2f},"bytes":{},"user":{},"queries":{}}})",
                 exchange.request_id, request.method_text, request.path.substr(0, 200), route_name, response.status,
                 seconds * 1000, response.body.size(), exchange.actor.user_id.value,
                 db::statements_run_on_this_thread() - statements_before);
    return response;
}

web::Response Pipeline::dispatch(web::Exchange& exchange, web::Request& request, std::string& route_name)
{
    auto match = parts_.router.match(request.method, request.path);
    route_name = match.route ? match.route->pattern : (match.path_known ? "method-not-allowed" : "not-found");
    prepare_csrf(exchange);
    const bool second_factor_missing = resolve_session(exchange);
    choose_language(exchange);
    if (!match.route) {
        if (match.path_known) {
            auto response = web::Response::text(405, parts_.views.i18n.translate(exchange.language, "This address does not accept that method.") + "\n");
            std::string allow;
            for (auto method : match.allowed) {
                allow += (allow.empty() ? "" : ", ") + std::string(web::method_name(method));
                if (method == web::Method::Get) allow += ", HEAD";
            }
            response.headers.add("Allow", allow);
            return response;
        }
        return refuse(exchange, not_found());
    }
    if (!fields_are_text(request))
        return refuse(exchange, invalid("", "The address or the form holds bytes that are not text. Follow a link of this site, or type the text again."));
    for (auto& [name, value] : match.parameters) {
        // No object is named by bytes that are not UTF-8 (PostgreSQL would refuse them as a
        // parameter, a server error instead of a 404).
        if (!text::valid_utf8(value)) return refuse(exchange, not_found());
        request.path_parameters.emplace(name, value);
    }
    if (!web::is_safe(request.method)) {
        const std::size_t limit = match.route->max_body ? match.route->max_body : parts_.config.max_form_bytes;
        if (request.body.size() > limit)
            return refuse(exchange, Error(ErrorCode::PayloadTooLarge, "", "What you sent is larger than {1} KB. Shorten the text and send it again.",
                                          {std::to_string(limit / 1024)}));
        if (match.route->csrf == web::Csrf::Required && !csrf_valid(exchange))
            return refuse(exchange, forbidden("This form has expired or did not come from this site. Go back, reload the page and send it again."));
    }
    if (second_factor_missing && match.route->second_factor == web::SecondFactor::Required) return second_factor_first(exchange);
    if (match.route->cache == web::Cache::Public && serves_from_cache(exchange)) return public_page(exchange, *match.route);
    return match.route->handler(exchange);
}

// Only visitors the page cannot tell apart: signed out, no cookie but the CSRF and language
// ones, and no language asked for in the address (that answer sets a cookie).
bool Pipeline::serves_from_cache(const web::Exchange& exchange) const
{
    const auto& request = exchange.request;
    if (!page_cache_.enabled() || request.method != web::Method::Get || exchange.actor.signed_in()) return false;
    if (request.query().has("lang")) return false;
    const std::string csrf_cookie = csrf_cookie_name();
    for (std::string_view cookies = request.headers.get("Cookie").value_or(""); !cookies.empty();) {
        auto end = cookies.find(';');
        auto cookie = cookies.substr(0, end);
        cookies = end == std::string_view::npos ? std::string_view{} : cookies.substr(end + 1);
        while (!cookie.empty() && cookie.front() == ' ') cookie.remove_prefix(1);
        auto name = cookie.substr(0, cookie.find('='));
        if (!name.empty() && name != csrf_cookie && name != "pmi_lang") return false;
    }
    return true;
}

// The page from the cache, or rendered with a slot for the token and kept when the handler
// treated the visitor as anyone (no cookie of its own, no cache rule, a plain 200).
web::Response Pipeline::public_page(web::Exchange& exchange, const web::Route& route)
{
    const std::string key = web::PageCache::key(exchange.language, exchange.request.target);
    const bool gzip = web::accepts_gzip(exchange.request.headers.get("Accept-Encoding").value_or(""));
    auto page = page_cache_.find(key);
    parts_.metrics.record_page_cache(page != nullptr);
    if (page) return page->respond(exchange.csrf_token, gzip);

    const auto generation = page_cache_.generation();
    const std::size_t cookies_before = exchange.cookies.size();
    std::string token = std::exchange(exchange.csrf_token, token_slot_);
    web::Response fresh = route.handler(exchange);
    exchange.csrf_token = std::move(token);
    const bool keepable = fresh.status == 200 && fresh.compressible && exchange.cookies.size() == cookies_before &&
                          !exchange.actor.signed_in() && !fresh.headers.get("Cache-Control") &&
                          fresh.body.size() <= web::PageCache::kMaxPageBytes;
    if (!keepable) {
        fresh.body = web::fill_slots(fresh.body, token_slot_, exchange.csrf_token);
        return fresh;
    }
    return page_cache_.store(key, fresh, token_slot_, generation)->respond(exchange.csrf_token, gzip);
}

web::Response Pipeline::refuse(const web::Exchange& exchange, const Error& error) const
{
    if (exchange.request.wants_json()) return web::json_error(parts_.views.i18n, exchange, error);
    return web::error_page(parts_.views, exchange, error);
}

void Pipeline::choose_language(web::Exchange& exchange) const
{
    exchange.remember_language = [this, &exchange](const std::string& language) {
        exchange.cookies.push_back(web::Cookie{"pmi_lang", language, kYear, true, parts_.config.secure_cookies, web::SameSite::Lax});
    };
    const auto& i18n = parts_.views.i18n;
    const web::Fields query = exchange.request.query();
    std::string asked(query.get("lang"));
    if (!asked.empty() && i18n.supports(asked)) {
        exchange.language = asked;
        exchange.remember_language(asked);
        return;
    }
    if (auto cookie = exchange.request.cookie("pmi_lang"); cookie && i18n.supports(*cookie)) {
        exchange.language = *cookie;
        return;
    }
    if (exchange.actor.signed_in() && i18n.supports(exchange.actor.language)) {
        exchange.language = exchange.actor.language;
        return;
    }
    exchange.language = i18n.negotiate(exchange.request.headers.get("Accept-Language").value_or(""));
}

// The CSRF token is an HMAC of a random cookie under the server's secret: a page from
// another site can neither read the cookie nor compute the token.
void Pipeline::prepare_csrf(web::Exchange& exchange) const
{
    auto cookie = exchange.request.cookie(csrf_cookie_name());
    std::string value = cookie && cookie->size() >= 32 && cookie->size() <= 64 ? *cookie : std::string{};
    auto issue = [this, &exchange](std::string fresh) {
        exchange.cookies.push_back(web::Cookie{csrf_cookie_name(), fresh, -1, true, parts_.config.secure_cookies, web::SameSite::Lax});
        exchange.csrf_token = crypto::hmac(parts_.csrf_secret, fresh);
    };
    if (value.empty()) issue(crypto::random_token());
    else exchange.csrf_token = crypto::hmac(parts_.csrf_secret, value);

    exchange.start_session = [this, &exchange, issue](const std::string& session_id) {
        exchange.cookies.push_back(web::Cookie{session_cookie_name(), session_id, -1, true, parts_.config.secure_cookies, web::SameSite::Lax});
        issue(crypto::random_token());
        exchange.session_id = session_id;
    };
    exchange.end_session = [this, &exchange]() {
        exchange.cookies.push_back(web::Cookie{session_cookie_name(), "", 0, true, parts_.config.secure_cookies, web::SameSite::Lax});
        exchange.session_id.reset();
    };
}

bool Pipeline::csrf_valid(const web::Exchange& exchange) const
{
    const auto& request = exchange.request;
    if (auto origin = request.headers.get("Origin"); origin && *origin != "null") {
        std::string expected = origin_of(parts_.config.effective_public_origin());
        // The scheme the visitor used: a trusted proxy's word for it, else what the settings say.
        std::string scheme = request.forwarded_scheme;
        if (scheme.empty()) scheme = parts_.config.secure_cookies ? "https" : "http";
        std::string host_origin = scheme + "://" + std::string(request.headers.get("Host").value_or(""));
        if (*origin != expected && *origin != host_origin) return false;
    }
    if (!request.cookie(csrf_cookie_name())) return false;
    std::string sent(request.headers.get("X-CSRF-Token").value_or(""));
    if (sent.empty()) sent = std::string(request.form().get("csrf_token"));
    if (sent.empty()) sent = web::multipart_field(request, "csrf_token");
    return !sent.empty() && crypto::constant_time_equal(sent, exchange.csrf_token);
}

bool Pipeline::resolve_session(web::Exchange& exchange)
{
    auto cookie = exchange.request.cookie(session_cookie_name());
    if (!cookie || cookie->empty()) return false;
    if (auto session = parts_.accounts.resolve(*cookie)) {
        exchange.actor = std::move(session->actor);
        exchange.session_id = *cookie;
        return session->second_factor_missing;
    }
    exchange.cookies.push_back(web::Cookie{session_cookie_name(), "", 0, true, parts_.config.secure_cookies, web::SameSite::Lax});
    return false;
}

// Pages are sent to the set-up page; anything else (a form, the API) is refused.
web::Response Pipeline::second_factor_first(const web::Exchange& exchange) const
{
    const auto& request = exchange.request;
    if (web::is_safe(request.method) && !request.wants_json())
        return web::Response::redirect("/account/two-factor?notice=second-factor-needed");
    return refuse(exchange, forbidden("Your role requires two-step sign-in. Set it up on your account's two-step sign-in page first."));
}

void Pipeline::finish(const web::Request& request, web::Exchange& exchange, web::Response& response) const
{
    for (const auto& cookie : exchange.cookies) response.set_cookie(cookie);
    auto& headers = response.headers;
    if (!headers.get("Content-Security-Policy")) headers.set("Content-Security-Policy", std::string(kContentSecurityPolicy));
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    if (parts_.config.secure_cookies) headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    if (!headers.get("Cache-Control")) {
        headers.set("Cache-Control", exchange.actor.signed_in() || !web::is_safe(request.method) ? "no-store" : "no-cache");
        headers.set("Vary", "Cookie, Accept-Language, Accept-Encoding");
    }
    if (!response.compressible || response.body.size() < kMinimumCompressedSize || !web::compressible_type(response.content_type))
        return;
    auto encoding = web::choose_encoding(request.headers.get("Accept-Encoding").value_or(""));
    if (encoding == web::Encoding::Identity) return;
    response.body = encoding == web::Encoding::Brotli ? web::brotli(response.body) : web::gzip(response.body);
    headers.set("Content-Encoding", std::string(web::encoding_name(encoding)));
}

}  // namespace pmi::app
