#include "support/test_database.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "db/migrations.hpp"

namespace pmi::testing {
namespace {

std::string postgres_url()
{
    const char* url = std::getenv("PMI_TEST_POSTGRES_URL");
    return url ? url : "";
}

// postgresql://user@host:port/name → the same URL for another database name.
std::string with_database(const std::string& url, const std::string& name)
{
    auto slash = url.rfind('/');
    auto query = url.find('?', slash);
    return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

std::string unique_name()
{
    static std::atomic<int> counter{0};
    return "pmi_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
}

}  // namespace

std::vector<std::string> backends()
{
    std::vector<std::string> list{"sqlite"};
    if (!postgres_url().empty()) list.push_back("postgres");
    return list;
}

TestDatabase::TestDatabase(const std::string& backend) : backend_(backend), location_(unique_name())
{
    if (backend == "postgres") {
        auto admin = db::Database::open(postgres_url(), {1, std::chrono::seconds(10)});
        admin->acquire()->execute_script("CREATE DATABASE " + location_);
        database_ = db::Database::open(with_database(postgres_url(), location_), {4, std::chrono::seconds(10)});
    } else {
        location_ = (std::filesystem::temp_directory_path() / (location_ + ".db")).string();
        database_ = db::Database::open("sqlite:" + location_, {4, std::chrono::seconds(10)});
    }
    db::migrate(*database_);
}

TestDatabase::~TestDatabase()
{
    database_.reset();
    if (backend_ == "postgres") {
        try {
            auto admin = db::Database::open(postgres_url(), {1, std::chrono::seconds(10)});
            admin->acquire()->execute_script("DROP DATABASE IF EXISTS " + location_);
        } catch (const std::exception&) {
            // The throw-away cluster is deleted after the run anyway.
        }
    } else {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(location_ + suffix);
    }
}

}  // namespace pmi::testing
