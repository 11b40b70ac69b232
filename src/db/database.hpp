#pragma once
// The one SQL interface of pmi: SQLite and PostgreSQL behind the same calls.
// Statements are written once, with `?` placeholders; the PostgreSQL backend numbers them.
// Infrastructure failures (connection lost, disk full) throw DatabaseError; a broken
// unique constraint throws UniqueViolation so a store can turn a race into a Conflict.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pmi::db {

enum class Dialect { Sqlite, Postgres };

class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
class UniqueViolation : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

// A bound parameter or a column value.
class Value {
public:
    Value() = default;
    Value(std::nullopt_t) {}
    Value(std::int64_t v) : v_(v) {}
    Value(int v) : v_(std::int64_t{v}) {}
    Value(bool v) : v_(std::int64_t{v ? 1 : 0}) {}
    Value(double v) : v_(v) {}
    Value(std::string v) : v_(std::move(v)) {}
    Value(std::string_view v) : v_(std::string(v)) {}
    Value(const char* v) : v_(std::string(v)) {}
    template <typename T>
    Value(const std::optional<T>& v)
    {
        if (v) *this = Value(*v);
    }

    bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
    const std::variant<std::monostate, std::int64_t, double, std::string>& raw() const { return v_; }
    std::int64_t as_integer() const;  // parses text (PostgreSQL returns text)
    double as_real() const;
    std::string as_text() const;

private:
    std::variant<std::monostate, std::int64_t, double, std::string> v_;
};

class Row {
public:
    explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
    std::size_t size() const { return values_.size(); }
    bool is_null(std::size_t i) const { return values_.at(i).is_null(); }
    std::int64_t integer(std::size_t i) const { return values_.at(i).as_integer(); }
    bool boolean(std::size_t i) const { return values_.at(i).as_integer() != 0; }
    double real(std::size_t i) const { return values_.at(i).as_real(); }
    std::string text(std::size_t i) const { return values_.at(i).as_text(); }
    std::optional<std::string> optional_text(std::size_t i) const;
    std::optional<std::int64_t> optional_integer(std::size_t i) const;

private:
    std::vector<Value> values_;
};

using Parameters = std::vector<Value>;

class Connection {
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    // Runs one statement and returns its rows (empty for statements without results).
    virtual std::vector<Row> query(std::string_view sql, const Parameters& parameters = {}) = 0;
    // Runs one statement and returns the number of rows it changed.
    virtual std::int64_t execute(std::string_view sql, const Parameters& parameters = {}) = 0;
    // Runs several statements without parameters (migrations).
    virtual void execute_script(std::string_view sql) = 0;
    virtual bool healthy() = 0;

    std::optional<Row> query_one(std::string_view sql, const Parameters& parameters = {})
    {
        auto rows = query(sql, parameters);
        if (rows.empty()) return std::nullopt;
        return std::move(rows.front());
    }

protected:
    friend class Transaction;
    enum class Begin { Read, Write };
    virtual void begin(Begin kind) = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
};

struct PoolStats {
    std::size_t size = 0;
    std::size_t in_use = 0;
    std::uint64_t waits = 0;  // acquisitions that had to wait for a free connection
};

class Database;

// A connection borrowed from the pool, returned when it goes out of scope.
class PooledConnection {
public:
    PooledConnection(Database& database, std::unique_ptr<Connection> connection)
        : database_(&database), connection_(std::move(connection)) {}
    PooledConnection(PooledConnection&&) = default;
    PooledConnection& operator=(PooledConnection&&) = delete;
    ~PooledConnection();
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

private:
    Database* database_;
    std::unique_ptr<Connection> connection_;
};

struct DatabaseOptions {
    std::size_t pool_size = 8;
    std::chrono::milliseconds acquire_timeout{10000};
};

class Database {
public:
    // `url` is `sqlite:PATH` or `postgresql://...` / `postgres://...`.
    // Throws DatabaseError when the URL is not understood or the database cannot be opened.
    static std::unique_ptr<Database> open(const std::string& url, DatabaseOptions options = {});
    ~Database();

    Dialect dialect() const { return dialect_; }
    const std::string& url() const { return url_; }
    // Waits up to the acquire timeout for a free connection; throws DatabaseError after it.
    PooledConnection acquire();
    PoolStats stats() const;

private:
    friend class PooledConnection;
    using Factory = std::function<std::unique_ptr<Connection>()>;
    Database(std::string url, Dialect dialect, Factory factory, DatabaseOptions options);
    void release(std::unique_ptr<Connection> connection);
    void prime();

    std::string url_;
    Dialect dialect_;
    Factory factory_;
    DatabaseOptions options_;
    mutable std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<Connection>> idle_;
    std::size_t created_ = 0;
    std::size_t in_use_ = 0;
    std::uint64_t waits_ = 0;
};

enum class TransactionKind { Read, Write };

// Rolls back unless commit() was called. A Write transaction on SQLite takes the write lock
// at once (BEGIN IMMEDIATE), so two writers never deadlock on an upgrade.
class Transaction {
public:
    Transaction(Connection& connection, TransactionKind kind);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Connection& connection_;
    bool open_ = true;
};

// Opens a write transaction, runs `work`, and commits when it returns a successful result.
template <typename Work>
auto in_transaction(Connection& connection, Work&& work) -> decltype(work())
{
    Transaction transaction(connection, TransactionKind::Write);
    auto result = work();
    if (result.ok()) transaction.commit();
    return result;
}

std::unique_ptr<Connection> open_sqlite(const std::string& path);
std::unique_ptr<Connection> open_postgres(const std::string& url);

// The clause that makes a SELECT lock the rows it returns and pass over rows another
// transaction holds (" FOR UPDATE SKIP LOCKED"), for claiming work from a queue; empty on
// SQLite, where a write transaction already holds the one write lock.
std::string_view skip_locked(Dialect dialect);
// The clause that makes a SELECT lock the rows it returns until the transaction ends
// (" FOR UPDATE"), for writers that must take turns on the same rows; empty on SQLite, where
// a write transaction already holds the one write lock.
std::string_view for_update(Dialect dialect);

// Rewrites `?` placeholders (outside quotes) as `$1`, `$2`, ... for PostgreSQL.
std::string number_placeholders(std::string_view sql);

}  // namespace pmi::db
