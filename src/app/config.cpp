#include "app/config.hpp"

#include <toml++/toml.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <thread>
#include <vector>

namespace pmi::app {
namespace {

std::vector<std::string> comma_separated(std::string_view list)
{
    std::vector<std::string> items;
    for (std::string_view rest = list; !rest.empty();) {
        const auto comma = rest.find(',');
        if (auto item = rest.substr(0, comma); item.find_first_not_of(' ') != std::string_view::npos) items.emplace_back(item);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return items;
}

Status read_trusted_proxies(const std::vector<std::string>& entries, Config& config)
{
    config.trusted_proxies = TRY(web::TrustedProxies::parse(entries));
    return Ok{};
}

Status read_environment(Config& config)
{
    auto text = [](const char* name, std::string& target) {
        if (const char* value = std::getenv(name); value && *value) target = value;
    };
    auto flag = [](const char* name, bool& target) {
        if (const char* value = std::getenv(name); value && *value)
            target = std::string_view(value) == "1" || std::string_view(value) == "true";
    };
    text("PMI_DATA", config.data_dir);
    text("PMI_DATABASE", config.database_url);
    text("PMI_LISTEN", config.listen);
    text("PMI_PUBLIC_ORIGIN", config.public_origin);
    text("PMI_LOG_LEVEL", config.log_level);
    text("PMI_METRICS_TOKEN", config.metrics_token);
    text("PMI_SMTP_URL", config.smtp_url);
    text("PMI_MAIL_FROM", config.mail_from);
    text("PMI_SMTP_USERNAME", config.smtp_username);
    text("PMI_SMTP_PASSWORD", config.smtp_password);
    text("PMI_SMTP_TLS", config.smtp_tls);
    flag("PMI_SMTP_VERIFY_CERTIFICATE", config.smtp_verify_certificate);
    flag("PMI_MAIL_WORKER", config.mail_worker);
    text("PMI_MAILING_SENDER_NAME", config.mailing_sender_name);
    text("PMI_MAILING_POSTAL_ADDRESS", config.mailing_postal_address);
    text("PMI_MAILING_CONTACT_EMAIL", config.mailing_contact_email);
    text("PMI_MAILING_CONTACT_PHONE", config.mailing_contact_phone);
    text("PMI_MAILING_WEBSITE", config.mailing_website);
    text("PMI_IATI_REPORTING_ORG_REF", config.iati_reporting_org_ref);
    if (const char* value = std::getenv("PMI_MAIL_RATE"); value && *value) config.mail_rate = std::strtod(value, nullptr);
    flag("PMI_SECURE_COOKIES", config.secure_cookies);
    flag("PMI_DEVELOPMENT", config.development);
    flag("PMI_PRODUCTION", config.production);
    flag("PMI_REVIEW_PROVINCE_CONFLICTS", config.province_conflicts);
    flag("PMI_SESSIONS_IN_MEMORY", config.sessions_in_memory);
    if (const char* value = std::getenv("PMI_PAGE_CACHE_MS"); value && *value) config.page_cache_ms = std::strtoll(value, nullptr, 10);
    if (const char* value = std::getenv("PMI_THREADS"); value && *value) config.threads = std::strtoul(value, nullptr, 10);
    if (const char* value = std::getenv("PMI_MAX_CONNECTIONS"); value && *value) config.max_connections = std::strtoul(value, nullptr, 10);
    if (const char* value = std::getenv("PMI_REQUEST_READ_SECONDS"); value && *value)
        config.request_read_seconds = std::strtoll(value, nullptr, 10);
    if (const char* value = std::getenv("PMI_TRUSTED_PROXIES"); value && *value) return read_trusted_proxies(comma_separated(value), config);
    return Ok{};
}

Status read_file(const std::string& path, Config& config)
{
    toml::table table;
    try {
        table = toml::parse_file(path);
    } catch (const toml::parse_error& error) {
        return invalid("config", "The configuration file {1} is not valid TOML: {2}",
                       {path, std::string(error.description())});
    }
    config.data_dir = table["data"].value_or(config.data_dir);
    config.database_url = table["database"].value_or(config.database_url);
    config.listen = table["server"]["listen"].value_or(config.listen);
    config.public_origin = table["server"]["public_origin"].value_or(config.public_origin);
    config.threads = table["server"]["threads"].value_or(config.threads);
    config.max_connections = table["server"]["max_connections"].value_or(config.max_connections);
    config.request_read_seconds = table["server"]["request_read_seconds"].value_or(config.request_read_seconds);
    config.secure_cookies = table["server"]["secure_cookies"].value_or(config.secure_cookies);
    config.development = table["server"]["development"].value_or(config.development);
    config.max_form_bytes = table["server"]["max_form_bytes"].value_or(config.max_form_bytes);
    config.page_cache_ms = table["server"]["page_cache_ms"].value_or(config.page_cache_ms);
    config.metrics_token = table["server"]["metrics_token"].value_or(config.metrics_token);
    if (const auto* proxies = table["server"]["trusted_proxies"].as_array()) {
        std::vector<std::string> entries;
        for (const auto& entry : *proxies) {
            if (!entry.is_string())
                return invalid("server.trusted_proxies", "The setting server.trusted_proxies is a list of addresses in quotes, such as [\"10.0.0.5\"].");
            entries.push_back(*entry.value<std::string>());
        }
        TRY(read_trusted_proxies(entries, config));
    }
    config.database_pool = table["database_pool"].value_or(config.database_pool);
    config.log_level = table["log_level"].value_or(config.log_level);
    config.production = table["production"].value_or(config.production);
    config.session_idle_seconds = table["sessions"]["idle_minutes"].value_or(config.session_idle_seconds / 60) * 60;
    config.session_absolute_seconds =
        table["sessions"]["absolute_hours"].value_or(config.session_absolute_seconds / 3600) * 3600;
    config.sessions_in_memory = table["sessions"]["in_memory"].value_or(config.sessions_in_memory);
    config.smtp_url = table["mail"]["smtp_url"].value_or(config.smtp_url);
    config.province_conflicts = table["review"]["province_conflicts"].value_or(config.province_conflicts);
    config.mail_from = table["mail"]["from"].value_or(config.mail_from);
    config.smtp_username = table["mail"]["username"].value_or(config.smtp_username);
    config.smtp_password = table["mail"]["password"].value_or(config.smtp_password);
    config.smtp_tls = table["mail"]["tls"].value_or(config.smtp_tls);
    config.smtp_verify_certificate = table["mail"]["verify_certificate"].value_or(config.smtp_verify_certificate);
    config.mail_rate = table["mail"]["rate"].value_or(config.mail_rate);
    config.mail_worker = table["mail"]["worker"].value_or(config.mail_worker);
    config.mailing_sender_name = table["mailing"]["sender_name"].value_or(config.mailing_sender_name);
    config.mailing_postal_address = table["mailing"]["postal_address"].value_or(config.mailing_postal_address);
    config.mailing_contact_email = table["mailing"]["contact_email"].value_or(config.mailing_contact_email);
    config.mailing_contact_phone = table["mailing"]["contact_phone"].value_or(config.mailing_contact_phone);
    config.mailing_website = table["mailing"]["website"].value_or(config.mailing_website);
    config.iati_reporting_org_ref = table["iati"]["reporting_org_ref"].value_or(config.iati_reporting_org_ref);
    return Ok{};
}

}  // namespace

std::string Config::effective_database_url() const
{
    if (!database_url.empty() && database_url != "sqlite:") return database_url;
    return "sqlite:" + (std::filesystem::path(data_dir) / "pmi.db").string();
}

std::string Config::effective_public_origin() const
{
    if (!public_origin.empty()) return public_origin;
    return "http://" + listen;
}

Result<Config> load_config(const std::string& path)
{
    Config config;
    if (!path.empty()) {
        if (!std::filesystem::exists(path))
            return invalid("config", "The configuration file {1} does not exist.", {path});
        TRY(read_file(path, config));
    }
    TRY(read_environment(config));
    if (config.threads == 0) config.threads = std::max(1u, std::thread::hardware_concurrency());
    TRY(parse_listen(config.listen));
    if (config.smtp_tls != "try" && config.smtp_tls != "require" && config.smtp_tls != "never")
        return invalid("mail.tls", "The mail setting tls is \"{1}\"; write try, require or never.", {config.smtp_tls});
    if (config.page_cache_ms < 0 || config.page_cache_ms > 60 * 60 * 1000)
        return invalid("server.page_cache_ms", "The page cache keeps pages for 0 to 3600000 milliseconds; write 0 to turn it off.");
    if (config.max_connections < 1 || config.max_connections > 100000)
        return invalid("server.max_connections", "The server keeps 1 to 100000 connections open at once; the default is 1024.");
    if (config.request_read_seconds < 1 || config.request_read_seconds > 300)
        return invalid("server.request_read_seconds",
                       "A client has 1 to 300 seconds to send a request; the default, 10, cuts off clients that hold connections open.");
    if (config.mail_rate < 0) return invalid("mail.rate", "The mail rate is messages per second; write 0 for no limit, or more.");
    return config;
}

Result<ListenAddress> parse_listen(const std::string& text)
{
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return invalid("listen", "The listen address \"{1}\" must be HOST:PORT, for example 127.0.0.1:8080.", {text});
    ListenAddress address;
    address.host = text.substr(0, colon);
    if (address.host.size() > 2 && address.host.front() == '[') address.host = address.host.substr(1, address.host.size() - 2);
    const std::string port = text.substr(colon + 1);
    char* end = nullptr;
    long value = std::strtol(port.c_str(), &end, 10);
    if (port.empty() || *end != '\0' || value < 1 || value > 65535)
        return invalid("listen", "The port in \"{1}\" must be a number from 1 to 65535.", {text});
    address.port = static_cast<std::uint16_t>(value);
    return address;
}

}  // namespace pmi::app
