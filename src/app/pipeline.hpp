#pragma once
// What happens to every request before and after its handler: static files, language,
// session, CSRF check, body limit, the handler itself (exceptions become a 500 page),
// cookies, security headers, compression, metrics and the access log.
#include <atomic>
#include <string>

#include "accounts/account_service.hpp"
#include "app/config.hpp"
#include "web/metrics.hpp"
#include "web/page_cache.hpp"
#include "web/page.hpp"
#include "web/router.hpp"
#include "web/static_files.hpp"

namespace pmi::app {

struct PipelineParts {
    const Config& config;
    const web::Router& router;
    const web::Views& views;
    const web::StaticFiles& static_files;
    web::Metrics& metrics;
    accounts::AccountService& accounts;
    std::string csrf_secret;
};

class Pipeline {
public:
    explicit Pipeline(PipelineParts parts);
    web::Response handle(web::Request& request);

    std::string session_cookie_name() const;
    std::string csrf_cookie_name() const;

private:
    web::Response dispatch(web::Exchange& exchange, web::Request& request, std::string& route_name);
    void choose_language(web::Exchange& exchange) const;
    void prepare_csrf(web::Exchange& exchange) const;
    bool csrf_valid(const web::Exchange& exchange) const;
    // Whether the signed-in user still has to set up the second factor their role requires.
    bool resolve_session(web::Exchange& exchange);
    web::Response second_factor_first(const web::Exchange& exchange) const;
    void finish(const web::Request& request, web::Exchange& exchange, web::Response& response) const;
    web::Response refuse(const web::Exchange& exchange, const Error& error) const;
    bool serves_from_cache(const web::Exchange& exchange) const;
    web::Response public_page(web::Exchange& exchange, const web::Route& route);

    PipelineParts parts_;
    std::string request_id_prefix_;
    web::PageCache page_cache_;
    std::string token_slot_;  // stands for the CSRF token in pages the cache keeps
    std::atomic<std::uint64_t> next_request_ = 1;
};

}  // namespace pmi::app
