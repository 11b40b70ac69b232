// SQLite backend: WAL, foreign keys on, full sync for durability, a busy timeout, and one
// writer at a time in this process (the write lock is taken before BEGIN IMMEDIATE).
#include <sqlite3.h>

#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "db/database.hpp"
#include "db/statement_count.hpp"

namespace pmi::db {
namespace {

// One lock per database file, shared by every connection of the process.
std::mutex& writer_lock(const std::string& path)
{
    static std::mutex registry_mutex;
    static std::unordered_map<std::string, std::unique_ptr<std::mutex>> locks;
    std::lock_guard guard(registry_mutex);
    auto& slot = locks[path];
    if (!slot) slot = std::make_unique<std::mutex>();
    return *slot;
}

class SqliteConnection final : public Connection {
public:
    explicit SqliteConnection(const std::string& path) : writer_(writer_lock(path))
    {
        int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
            sqlite3_close(db_);
            throw DatabaseError("cannot open SQLite database " + path + ": " + message);
        }
        sqlite3_busy_timeout(db_, 5000);
        sqlite3_extended_result_codes(db_, 1);
        execute_script(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
            "PRAGMA secure_delete=ON;");
    }

    ~SqliteConnection() override
    {
        for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
        sqlite3_close(db_);
    }

    Dialect dialect() const override { return Dialect::Sqlite; }

    std::vector<Row> query(std::string_view sql, const Parameters& parameters) override
    {
        count_statement();
        sqlite3_stmt* statement = prepare(sql, parameters);
        std::vector<Row> rows;
        int columns = sqlite3_column_count(statement);
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) rows.emplace_back(read_row(statement, columns));
        finish(statement, rc);
        return rows;
    }

    std::int64_t execute(std::string_view sql, const Parameters& parameters) override
    {
        count_statement();
        sqlite3_stmt* statement = prepare(sql, parameters);
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        }
        finish(statement, rc);
        return sqlite3_changes(db_);
    }

    void execute_script(std::string_view sql) override
    {
        char* message = nullptr;
        std::string text(sql);
        if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            std::string error = message ? message : "unknown error";
            sqlite3_free(message);
            throw DatabaseError("SQLite script failed: " + error);
        }
    }

    bool healthy() override { return query("SELECT 1", {}).size() == 1; }

protected:
    void begin(Begin kind) override
    {
        if (kind == Begin::Write) {
            writer_.lock();
            holds_writer_ = true;
        }
        try {
            execute_script(kind == Begin::Write ? "BEGIN IMMEDIATE" : "BEGIN");
        } catch (...) {
            release_writer();
            throw;
        }
    }
    void commit() override
    {
        execute_script("COMMIT");
        release_writer();
    }
    void rollback() noexcept override
    {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        release_writer();
    }

private:
    void release_writer()
    {
        if (holds_writer_) {
            holds_writer_ = false;
            writer_.unlock();
        }
    }

    sqlite3_stmt* prepare(std::string_view sql, const Parameters& parameters)
    {
        std::string key(sql);
        sqlite3_stmt* statement = nullptr;
        if (auto found = statements_.find(key); found != statements_.end()) {
            statement = found->second;
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        } else {
            if (sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                                   &statement, nullptr) != SQLITE_OK)
                throw DatabaseError(std::string("SQLite prepare failed: ") + sqlite3_errmsg(db_) + " in: " + key);
            statements_.emplace(std::move(key), statement);
        }
        for (std::size_t i = 0; i < parameters.size(); ++i) bind(statement, static_cast<int>(i + 1), parameters[i]);
        return statement;
    }

    static void bind(sqlite3_stmt* statement, int index, const Value& value)
    {
        const auto& raw = value.raw();
        if (auto* i = std::get_if<std::int64_t>(&raw)) sqlite3_bind_int64(statement, index, *i);
        else if (auto* d = std::get_if<double>(&raw)) sqlite3_bind_double(statement, index, *d);
        else if (auto* s = std::get_if<std::string>(&raw))
            sqlite3_bind_text(statement, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
        else sqlite3_bind_null(statement, index);
    }

    static Row read_row(sqlite3_stmt* statement, int columns)
    {
        std::vector<Value> values;
        values.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER: values.emplace_back(std::int64_t{sqlite3_column_int64(statement, c)}); break;
            case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(statement, c)); break;
            case SQLITE_NULL: values.emplace_back(); break;
            default: {
                auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
                values.emplace_back(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
            }
            }
        }
        return Row(std::move(values));
    }

    void finish(sqlite3_stmt* statement, int rc)
    {
        sqlite3_reset(statement);
        if (rc == SQLITE_DONE) return;
        std::string message = sqlite3_errmsg(db_);
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
            throw UniqueViolation(message);
        throw DatabaseError("SQLite error " + std::to_string(rc) + ": " + message);
    }

    sqlite3* db_ = nullptr;
    std::mutex& writer_;
    bool holds_writer_ = false;
    std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path)
{
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    return std::make_unique<SqliteConnection>(path);
}

}  // namespace pmi::db
