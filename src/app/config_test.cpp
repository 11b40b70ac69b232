// The trusted proxies setting, from the configuration file and from PMI_TRUSTED_PROXIES.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "app/config.hpp"

namespace pmi::app {
namespace {

class TrustedProxiesSetting : public ::testing::Test {
protected:
    void TearDown() override
    {
        unsetenv("PMI_TRUSTED_PROXIES");
        std::filesystem::remove(file_);
    }

    std::string file_with(const std::string& text)
    {
        std::ofstream(file_) << text;
        return file_.string();
    }

    std::filesystem::path file_ = std::filesystem::temp_directory_path() / ("pmi-config-test-" + std::to_string(getpid()) + ".toml");
};

TEST_F(TrustedProxiesSetting, NoProxyIsTrustedByDefault)
{
    auto config = load_config("");
    ASSERT_TRUE(config.ok());
    EXPECT_TRUE(config->trusted_proxies.empty());
}

TEST_F(TrustedProxiesSetting, TheFileListsAddressesAndNetworks)
{
    auto config = load_config(file_with("[server]\ntrusted_proxies = [\"10.0.0.10\", \"192.168.0.0/16\"]\n"));
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_TRUE(config->trusted_proxies.trusts("10.0.0.10"));
    EXPECT_TRUE(config->trusted_proxies.trusts("192.168.4.4"));
    EXPECT_FALSE(config->trusted_proxies.trusts("10.0.0.11"));
}

TEST_F(TrustedProxiesSetting, TheEnvironmentIsACommaSeparatedListThatWinsOverTheFile)
{
    setenv("PMI_TRUSTED_PROXIES", "10.0.0.11, fd00::/8", 1);
    auto config = load_config(file_with("[server]\ntrusted_proxies = [\"10.0.0.10\"]\n"));
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_TRUE(config->trusted_proxies.trusts("10.0.0.11"));
    EXPECT_TRUE(config->trusted_proxies.trusts("fd00::5"));
    EXPECT_FALSE(config->trusted_proxies.trusts("10.0.0.10"));
}

TEST_F(TrustedProxiesSetting, AnEntryThatIsNoAddressStopsTheStartWithTheSettingNamed)
{
    setenv("PMI_TRUSTED_PROXIES", "10.0.0.11,proxy.example.org", 1);
    auto from_environment = load_config("");
    ASSERT_FALSE(from_environment.ok());
    EXPECT_EQ(from_environment.error().field, "server.trusted_proxies");
    unsetenv("PMI_TRUSTED_PROXIES");

    auto not_text = load_config(file_with("[server]\ntrusted_proxies = [10]\n"));
    ASSERT_FALSE(not_text.ok());
    EXPECT_EQ(not_text.error().field, "server.trusted_proxies");
}

}  // namespace
}  // namespace pmi::app
