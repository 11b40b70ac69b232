#pragma once
// Configuration: built-in defaults, then the TOML file, then PMI_* environment variables,
// then command-line flags; each overrides the one before.
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "web/forwarded.hpp"

namespace pmi::app {

struct Config {
    std::string data_dir = "data";
    std::string database_url;  // empty: sqlite:<data_dir>/pmi.db
    std::string listen = "127.0.0.1:8080";
    std::string public_origin;  // for links in mail; empty: http://<listen>
    std::size_t threads = 0;    // 0: one per core
    std::size_t database_pool = 8;
    // Connections open at once; more are closed as they arrive (slow clients holding
    // connections open cannot queue everyone else behind them).
    std::size_t max_connections = 1024;
    // Seconds a client has to send a whole request, headers and body; a slower one is cut
    // off (slowloris, slow bodies).
    std::int64_t request_read_seconds = 10;
    bool secure_cookies = false;  // set when served over HTTPS
    // Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; none by default.
    web::TrustedProxies trusted_proxies;
    bool development = false;     // read templates from src/ and reload them on change
    bool production = false;      // pmi serve refuses insecure settings (see app/production.hpp)
    std::string log_level = "info";
    std::int64_t session_idle_seconds = 30 * 60;
    std::int64_t session_absolute_seconds = 12 * 60 * 60;
    bool sessions_in_memory = true;  // on PostgreSQL: see accounts/session_cache.hpp
    std::size_t max_form_bytes = 1024 * 1024;
    // How long a public page rendered for signed-out visitors is served again; 0: never.
    std::int64_t page_cache_ms = 1000;
    // GET /metrics asks for this bearer token; empty: it answers only to this machine (a
    // loopback client not behind a proxy).
    std::string metrics_token;
    // A reviewer from a municipality is in conflict with every application from its province.
    bool province_conflicts = true;
    std::string smtp_url;  // smtp://host:port; empty: mail stays in the outbox
    std::string mail_from = "PMI-LED <no-reply@pmi.example>";
    std::string smtp_username;
    std::string smtp_password;
    std::string smtp_tls = "try";  // try, require or never
    bool smtp_verify_certificate = true;
    double mail_rate = 0;    // messages per second per sending process; 0: no limit
    bool mail_worker = true;  // pmi serve sends mail itself
    // The distribution list's sender, when the admin has not set it in the site.
    std::string mailing_sender_name, mailing_postal_address, mailing_contact_email, mailing_contact_phone, mailing_website;
    // The program office's IATI organisation identifier: the reporting organisation of the
    // activity file and the prefix of its activity identifiers. The default is a demo value.
    std::string iati_reporting_org_ref = "CA-CRA_ACR-0000000000-DEMO";

    std::string effective_database_url() const;
    std::string effective_public_origin() const;
};

// Reads `path` (when it names a file) and the environment over the defaults.
// Fails with a message naming the file, the key and what is expected.
Result<Config> load_config(const std::string& path);

struct ListenAddress {
    std::string host;
    std::uint16_t port = 0;
};
Result<ListenAddress> parse_listen(const std::string& text);

}  // namespace pmi::app
