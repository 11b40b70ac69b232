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

void drop_postgres_database(const std::string& name)
{
    try {
        auto admin = db::Database::open(postgres_url(), {1, std::chrono::seconds(10)});
        admin->acquire()->execute_script("DROP DATABASE IF EXISTS " + name);
    } catch (const std::exception&) {
        // The throw-away cluster is deleted after the run anyway.
    }
}

void remove_sqlite_file(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// Every migration applied once per backend and process, into a template that each test's
// database is copied from: applying them all again for each of hundreds of tests was most
// of the suite's time on PostgreSQL.
class MigratedTemplate {
public:
    explicit MigratedTemplate(const std::string& backend) : backend_(backend), location_(unique_name() + "_template")
    {
        if (backend == "postgres") {
            auto admin = db::Database::open(postgres_url(), {1, std::chrono::seconds(10)});
            admin->acquire()->execute_script("CREATE DATABASE " + location_);
            db::migrate(*db::Database::open(with_database(postgres_url(), location_), {1, std::chrono::seconds(10)}));
        } else {
            location_ = (std::filesystem::temp_directory_path() / (location_ + ".db")).string();
            // Closed before it is copied, so that the file holds every page (no -wal beside it).
            db::migrate(*db::Database::open("sqlite:" + location_, {1, std::chrono::seconds(10)}));
        }
    }
    MigratedTemplate(const MigratedTemplate&) = delete;
    MigratedTemplate& operator=(const MigratedTemplate&) = delete;
    ~MigratedTemplate()
    {
        if (backend_ == "postgres") drop_postgres_database(location_);
        else remove_sqlite_file(location_);
    }

    // A new database `name` (PostgreSQL) or file `name` (SQLite) holding the template's schema.
    void copy_to(const std::string& name) const
    {
        if (backend_ == "postgres") {
            auto admin = db::Database::open(postgres_url(), {1, std::chrono::seconds(10)});
            admin->acquire()->execute_script("CREATE DATABASE " + name + " TEMPLATE " + location_);
        } else {
            std::filesystem::copy_file(location_, name);
        }
    }

private:
    std::string backend_;
    std::string location_;  // file or database name
};

const MigratedTemplate& migrated_template(const std::string& backend)
{
    static const MigratedTemplate sqlite("sqlite");
    if (backend != "postgres") return sqlite;
    static const MigratedTemplate postgres("postgres");
    return postgres;
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
        migrated_template(backend).copy_to(location_);
        database_ = db::Database::open(with_database(postgres_url(), location_), {4, std::chrono::seconds(10)});
    } else {
        location_ = (std::filesystem::temp_directory_path() / (location_ + ".db")).string();
        migrated_template(backend).copy_to(location_);
        database_ = db::Database::open("sqlite:" + location_, {4, std::chrono::seconds(10)});
    }
}

TestDatabase::~TestDatabase()
{
    database_.reset();
    if (backend_ == "postgres") drop_postgres_database(location_);
    else remove_sqlite_file(location_);
}

}  // namespace pmi::testing
