#pragma once
// Fresh, migrated databases for tests, on each backend that this run has: SQLite always,
// PostgreSQL when PMI_TEST_POSTGRES_URL names a server (scripts/with-postgres sets it).
#include <memory>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace pmi::testing {

// "sqlite", and "postgres" when a server is available.
std::vector<std::string> backends();

// A new empty database on `backend` with every migration applied; dropped with the object
// (SQLite files are removed, PostgreSQL databases dropped).
class TestDatabase {
public:
    explicit TestDatabase(const std::string& backend);
    ~TestDatabase();
    db::Database& operator*() { return *database_; }
    db::Database* operator->() { return database_.get(); }

private:
    std::string backend_;
    std::string location_;  // file or database name
    std::unique_ptr<db::Database> database_;
};

}  // namespace pmi::testing
