#include "db/database.hpp"
#include "db/statement_count.hpp"

#include <charconv>
#include <fmt/format.h>

namespace pmi::db {

std::int64_t Value::as_integer() const
{
    if (auto* i = std::get_if<std::int64_t>(&v_)) return *i;
    if (auto* d = std::get_if<double>(&v_)) return static_cast<std::int64_t>(*d);
    if (auto* s = std::get_if<std::string>(&v_)) {
        if (*s == "t") return 1;  // PostgreSQL booleans in text form
        if (*s == "f") return 0;
        std::int64_t out = 0;
        auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), out);
        if (ec != std::errc() || end != s->data() + s->size())
            throw DatabaseError("column value is not an integer: " + *s);
        return out;
    }
    throw DatabaseError("NULL read as an integer");
}

double Value::as_real() const
{
    if (auto* d = std::get_if<double>(&v_)) return *d;
    if (auto* i = std::get_if<std::int64_t>(&v_)) return static_cast<double>(*i);
    if (auto* s = std::get_if<std::string>(&v_)) return std::stod(*s);
    throw DatabaseError("NULL read as a number");
}

std::string Value::as_text() const
{
    if (auto* s = std::get_if<std::string>(&v_)) return *s;
    if (auto* i = std::get_if<std::int64_t>(&v_)) return std::to_string(*i);
    if (auto* d = std::get_if<double>(&v_)) return fmt::format("{}", *d);
    return {};
}

std::optional<std::string> Row::optional_text(std::size_t i) const
{
    if (is_null(i)) return std::nullopt;
    return text(i);
}

std::optional<std::int64_t> Row::optional_integer(std::size_t i) const
{
    if (is_null(i)) return std::nullopt;
    return integer(i);
}

PooledConnection::~PooledConnection()
{
    if (connection_) database_->release(std::move(connection_));
}

Database::Database(std::string url, Dialect dialect, Factory factory, DatabaseOptions options)
    : url_(std::move(url)), dialect_(dialect), factory_(std::move(factory)), options_(options)
{
}

Database::~Database() = default;

std::unique_ptr<Database> Database::open(const std::string& url, DatabaseOptions options)
{
    if (url.rfind("sqlite:", 0) == 0) {
        std::string path = url.substr(7);
        if (path.empty()) throw DatabaseError("the SQLite URL names no file: write sqlite:PATH");
        auto database = std::unique_ptr<Database>(
            new Database(url, Dialect::Sqlite, [path] { return open_sqlite(path); }, options));
        database->prime();  // fail now, not at the first request
        return database;
    }
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
        auto database = std::unique_ptr<Database>(
            new Database(url, Dialect::Postgres, [url] { return open_postgres(url); }, options));
        database->prime();
        return database;
    }
    throw DatabaseError("unknown database URL \"" + url +
                        "\": use sqlite:PATH or postgresql://USER@HOST:PORT/NAME");
}

PooledConnection Database::acquire()
{
    std::unique_lock lock(mutex_);
    if (idle_.empty() && created_ >= options_.pool_size) {
        ++waits_;
        if (!available_.wait_for(lock, options_.acquire_timeout,
                                 [this] { return !idle_.empty(); }))
            throw DatabaseError("no database connection became free in time");
    }
    if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        ++in_use_;
        return PooledConnection(*this, std::move(connection));
    }
    ++created_;
    ++in_use_;
    lock.unlock();
    try {
        return PooledConnection(*this, factory_());
    } catch (...) {
        std::lock_guard relock(mutex_);
        --created_;
        --in_use_;
        throw;
    }
}

void Database::release(std::unique_ptr<Connection> connection)
{
    {
        std::lock_guard lock(mutex_);
        --in_use_;
        idle_.push_back(std::move(connection));
    }
    available_.notify_one();
}

void Database::prime()
{
    auto connection = factory_();
    std::lock_guard lock(mutex_);
    ++created_;
    idle_.push_back(std::move(connection));
}

PoolStats Database::stats() const
{
    std::lock_guard lock(mutex_);
    return PoolStats{options_.pool_size, in_use_, waits_};
}

Transaction::Transaction(Connection& connection, TransactionKind kind) : connection_(connection)
{
    connection_.begin(kind == TransactionKind::Write ? Connection::Begin::Write : Connection::Begin::Read);
}

Transaction::~Transaction()
{
    if (open_) connection_.rollback();
}

void Transaction::commit()
{
    connection_.commit();
    open_ = false;
}

namespace {
thread_local std::uint64_t statements_run = 0;
}  // namespace

std::uint64_t statements_run_on_this_thread()
{
    return statements_run;
}

void count_statement()
{
    ++statements_run;
}

std::string_view skip_locked(Dialect dialect)
{
    return dialect == Dialect::Postgres ? " FOR UPDATE SKIP LOCKED" : "";
}

std::string_view for_update(Dialect dialect)
{
    return dialect == Dialect::Postgres ? " FOR UPDATE" : "";
}

std::string number_placeholders(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int number = 0;
    char quote = 0;
    for (char c : sql) {
        if (quote) {
            if (c == quote) quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$';
            out += std::to_string(++number);
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace pmi::db
