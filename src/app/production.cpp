#include "app/production.hpp"

#include "accounts/second_factor_store.hpp"
#include "accounts/user_store.hpp"
#include "app/demo.hpp"
#include "core/crypto.hpp"
#include "core/text.hpp"

namespace pmi::app {

std::vector<std::string> insecure_settings(const Config& config)
{
    std::vector<std::string> problems;
    if (config.public_origin.rfind("https://", 0) != 0)
        problems.push_back("the public address is not an https:// one (" + (config.public_origin.empty() ? std::string("none set") : config.public_origin) +
                           "): set server.public_origin or PMI_PUBLIC_ORIGIN to the site's https:// address");
    if (!config.secure_cookies)
        problems.push_back("cookies may travel without HTTPS: set server.secure_cookies = true or PMI_SECURE_COOKIES=1");
    // 203.0.113.1 is a documentation address no proxy of the site has: a list that trusts it
    // trusts the whole Internet, and then any visitor can give itself any address.
    if (config.trusted_proxies.trusts("203.0.113.1") || config.trusted_proxies.trusts("2001:db8::1"))
        problems.push_back("server.trusted_proxies trusts every address, so any visitor can claim any address: list only the reverse proxies' own addresses");
    if (config.development)
        problems.push_back("development mode reads templates from the source folder: set server.development = false or unset PMI_DEVELOPMENT");
    if (config.log_level == "debug" || config.log_level == "trace")
        problems.push_back("the log level " + config.log_level + " writes request details to the log: set log_level = \"info\" or PMI_LOG_LEVEL=info");
    if (!config.smtp_url.empty() && !config.smtp_username.empty() && config.smtp_tls == "never")
        problems.push_back("the SMTP password would be sent unencrypted: set mail.tls = \"require\" or PMI_SMTP_TLS=require");
    if (!config.smtp_url.empty() && !config.smtp_verify_certificate)
        problems.push_back("the SMTP server's certificate is not checked: set mail.verify_certificate = true or PMI_SMTP_VERIFY_CERTIFICATE=1");
    return problems;
}

std::vector<std::string> demo_accounts_with_demo_password(db::Database& database)
{
    std::vector<std::string> found;
    auto connection = database.acquire();
    accounts::UserStore users(*connection);
    for (const auto& email : demo_emails()) {
        auto user = users.find_by_email(text::normalize_email(email));
        if (user && crypto::verify_password(user->password_hash, kDemoPassword)) found.push_back(email);
    }
    return found;
}

std::vector<std::string> accounts_with_demo_second_factor(db::Database& database)
{
    std::vector<std::string> found;
    auto connection = database.acquire();
    accounts::UserStore users(*connection);
    for (UserId id : accounts::SecondFactorStore(*connection).users_with_secret(std::string(kDemoSecondFactorSecret)))
        if (auto user = users.find(id)) found.push_back(user->user.email);
    return found;
}

std::vector<std::string> production_problems(const Config& config, db::Database& database)
{
    auto problems = insecure_settings(config);
    for (const auto& email : demo_accounts_with_demo_password(database))
        problems.push_back("the demo account " + email + " signs in with the published demo password: change its password or remove its roles");
    for (const auto& email : accounts_with_demo_second_factor(database))
        problems.push_back("the account " + email + " uses the published demo authenticator secret: an administrator must reset its two-step sign-in");
    return problems;
}

}  // namespace pmi::app
