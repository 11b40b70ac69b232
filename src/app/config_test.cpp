// Server settings from the configuration file and the environment: the trusted proxies, and
// the limits on connections and on the time to send a request, out-of-range values refused by name.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <list>

#include <unistd.h>

#include "app/config.hpp"

namespace pmi::app {
namespace {

// A configuration file holding `text`, removed with the object.
struct ConfigFile {
    explicit ConfigFile(const std::string& text)
        : path((std::filesystem::temp_directory_path() /
                ("pmi-config-" + std::to_string(::getpid()) + "-" + std::to_string(++count) + ".toml"))
                   .string())
    {
        std::ofstream(path) << text;
    }
    ConfigFile(const ConfigFile&) = delete;
    ConfigFile& operator=(const ConfigFile&) = delete;
    ~ConfigFile() { std::filesystem::remove(path); }
    std::string path;
    static inline int count = 0;
};

class TrustedProxiesSetting : public ::testing::Test {
protected:
    void TearDown() override { unsetenv("PMI_TRUSTED_PROXIES"); }

    std::string file_with(const std::string& text) { return files_.emplace_back(text).path; }

    std::list<ConfigFile> files_;
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

TEST(ServerLimits, DefaultsCapConnectionsAndCutOffSlowRequests)
{
    auto config = load_config("");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().max_connections, 1024u);
    EXPECT_EQ(config.value().request_read_seconds, 10);
}

TEST(ServerLimits, TheFileAndThenTheEnvironmentSetThem)
{
    ConfigFile file("[server]\nmax_connections = 200\nrequest_read_seconds = 20\n");
    auto config = load_config(file.path);
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().max_connections, 200u);
    EXPECT_EQ(config.value().request_read_seconds, 20);

    ::setenv("PMI_MAX_CONNECTIONS", "50", 1);
    config = load_config(file.path);
    ::unsetenv("PMI_MAX_CONNECTIONS");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().max_connections, 50u);
}

TEST(SessionsSetting, SessionsAreKeptInMemoryUnlessTheFileOrTheEnvironmentSaysNo)
{
    ASSERT_TRUE(load_config("").ok());
    EXPECT_TRUE(load_config("").value().sessions_in_memory);
    ConfigFile file("[sessions]\nin_memory = false\n");
    EXPECT_FALSE(load_config(file.path).value().sessions_in_memory);
    ::setenv("PMI_SESSIONS_IN_MEMORY", "1", 1);
    auto config = load_config(file.path);
    ::unsetenv("PMI_SESSIONS_IN_MEMORY");
    ASSERT_TRUE(config.ok());
    EXPECT_TRUE(config.value().sessions_in_memory);
}

TEST(ServerLimits, ValuesOutOfRangeAreRefusedByName)
{
    for (const auto& [text, field] : {std::pair{"[server]\nmax_connections = 0\n", "server.max_connections"},
                                      std::pair{"[server]\nrequest_read_seconds = 0\n", "server.request_read_seconds"},
                                      std::pair{"[server]\nrequest_read_seconds = 3600\n", "server.request_read_seconds"}}) {
        ConfigFile file(text);
        auto config = load_config(file.path);
        ASSERT_FALSE(config.ok()) << text;
        EXPECT_EQ(config.error().field, field);
    }
}

}  // namespace
}  // namespace pmi::app
