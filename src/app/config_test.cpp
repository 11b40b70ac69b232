// The server's limits on connections and on the time to send a request: read from the
// configuration file and the environment, with out-of-range values refused by name.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "app/config.hpp"

namespace pmi::app {
namespace {

// A configuration file holding `text`, removed with the object.
struct ConfigFile {
    explicit ConfigFile(const std::string& text)
        : path((std::filesystem::temp_directory_path() / ("pmi-config-" + std::to_string(::getpid()) + ".toml")).string())
    {
        std::ofstream(path) << text;
    }
    ~ConfigFile() { std::filesystem::remove(path); }
    std::string path;
};

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
