// Production mode's checks of the settings: each insecure setting is named with its fix,
// and the settings of a served HTTPS site pass.
#include <gtest/gtest.h>

#include <functional>

#include "app/production.hpp"

namespace pmi::app {
namespace {

Config secure()
{
    Config config;
    config.public_origin = "https://partnerships.example.org";
    config.secure_cookies = true;
    config.smtp_url = "smtp://mail.example.org:587";
    config.smtp_username = "pmi";
    config.smtp_tls = "require";
    return config;
}

TEST(ProductionMode, TheSettingsOfAnHttpsSiteHaveNoProblem)
{
    EXPECT_TRUE(insecure_settings(secure()).empty());
}

TEST(ProductionMode, EachInsecureSettingIsNamedWithItsFix)
{
    const std::vector<std::pair<std::function<void(Config&)>, std::string>> cases = {
        {[](Config& c) { c.public_origin = ""; }, "PMI_PUBLIC_ORIGIN"},
        {[](Config& c) { c.public_origin = "http://partnerships.example.org"; }, "https://"},
        {[](Config& c) { c.secure_cookies = false; }, "PMI_SECURE_COOKIES=1"},
        {[](Config& c) { c.development = true; }, "server.development = false"},
        {[](Config& c) { c.log_level = "debug"; }, "log_level = \"info\""},
        {[](Config& c) { c.smtp_tls = "never"; }, "PMI_SMTP_TLS=require"},
        {[](Config& c) { c.smtp_verify_certificate = false; }, "verify_certificate = true"},
        {[](Config& c) { c.trusted_proxies = web::TrustedProxies::parse({"10.0.0.5", "0.0.0.0/0"}).value(); }, "server.trusted_proxies"},
        {[](Config& c) { c.trusted_proxies = web::TrustedProxies::parse({"::/0"}).value(); }, "server.trusted_proxies"},
    };
    for (const auto& [spoil, fix] : cases) {
        Config config = secure();
        spoil(config);
        auto problems = insecure_settings(config);
        ASSERT_EQ(problems.size(), 1u) << fix;
        EXPECT_NE(problems[0].find(fix), std::string::npos) << problems[0];
    }
}

TEST(ProductionMode, TheProxiesOfTheSiteMayBeTrusted)
{
    Config config = secure();
    config.trusted_proxies = web::TrustedProxies::parse({"10.0.0.0/8", "fd00::/8"}).value();
    EXPECT_TRUE(insecure_settings(config).empty());
}

TEST(ProductionMode, DefaultSettingsHaveEveryProblemOfAnUnconfiguredSite)
{
    EXPECT_EQ(insecure_settings(Config{}).size(), 2u);  // no https origin, no secure cookies
}

}  // namespace
}  // namespace pmi::app
