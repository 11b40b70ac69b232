// PostgreSQL backend over libpq: statements are prepared once per connection, parameters
// and results travel as text.
#include <libpq-fe.h>

#include <unordered_map>

#include "db/database.hpp"
#include "db/statement_count.hpp"

namespace pmi::db {
namespace {

class PostgresConnection final : public Connection {
public:
    explicit PostgresConnection(const std::string& url)
    {
        conn_ = PQconnectdb(url.c_str());
        if (PQstatus(conn_) != CONNECTION_OK) {
            std::string message = PQerrorMessage(conn_);
            PQfinish(conn_);
            throw DatabaseError("cannot connect to PostgreSQL: " + message);
        }
        execute_script("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
    }
    ~PostgresConnection() override { PQfinish(conn_); }

    Dialect dialect() const override { return Dialect::Postgres; }

    std::vector<Row> query(std::string_view sql, const Parameters& parameters) override
    {
        count_statement();
        PGresult* result = run(sql, parameters);
        std::vector<Row> rows;
        int count = PQntuples(result), columns = PQnfields(result);
        rows.reserve(count);
        for (int r = 0; r < count; ++r) {
            std::vector<Value> values;
            values.reserve(columns);
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(result, r, c)) values.emplace_back();
                else values.emplace_back(std::string(PQgetvalue(result, r, c),
                                                     static_cast<std::size_t>(PQgetlength(result, r, c))));
            }
            rows.emplace_back(std::move(values));
        }
        PQclear(result);
        return rows;
    }

    std::int64_t execute(std::string_view sql, const Parameters& parameters) override
    {
        count_statement();
        PGresult* result = run(sql, parameters);
        std::string affected = PQcmdTuples(result);
        PQclear(result);
        return affected.empty() ? 0 : std::stoll(affected);
    }

    void execute_script(std::string_view sql) override
    {
        std::string text(sql);
        PGresult* result = PQexec(conn_, text.c_str());
        check(result, text);
        PQclear(result);
    }

    bool healthy() override { return query("SELECT 1", {}).size() == 1; }

protected:
    void begin(Begin) override { execute_script("BEGIN"); }
    void commit() override { execute_script("COMMIT"); }
    void rollback() noexcept override
    {
        PGresult* result = PQexec(conn_, "ROLLBACK");
        PQclear(result);
    }

private:
    PGresult* run(std::string_view sql, const Parameters& parameters)
    {
        if (PQstatus(conn_) != CONNECTION_OK) {
            PQreset(conn_);
            statements_.clear();
        }
        const std::string& name = prepared_name(sql);
        std::vector<std::string> texts(parameters.size());
        std::vector<const char*> pointers(parameters.size());
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            if (parameters[i].is_null()) continue;
            texts[i] = parameters[i].as_text();
            pointers[i] = texts[i].c_str();
        }
        PGresult* result = PQexecPrepared(conn_, name.c_str(), static_cast<int>(parameters.size()), pointers.data(),
                                          nullptr, nullptr, 0);
        check(result, sql);
        return result;
    }

    const std::string& prepared_name(std::string_view sql)
    {
        std::string key(sql);
        if (auto found = statements_.find(key); found != statements_.end()) return found->second;
        std::string name = "s" + std::to_string(statements_.size() + 1);
        PGresult* result = PQprepare(conn_, name.c_str(), number_placeholders(sql).c_str(), 0, nullptr);
        check(result, sql);
        PQclear(result);
        return statements_.emplace(std::move(key), std::move(name)).first->second;
    }

    void check(PGresult* result, std::string_view sql)
    {
        auto status = PQresultStatus(result);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
        std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        bool unique = state && std::string_view(state) == "23505";
        PQclear(result);
        if (unique) throw UniqueViolation(message);
        throw DatabaseError("PostgreSQL error: " + message + " in: " + std::string(sql.substr(0, 200)));
    }

    PGconn* conn_ = nullptr;
    std::unordered_map<std::string, std::string> statements_;
};

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& url)
{
    return std::make_unique<PostgresConnection>(url);
}

}  // namespace pmi::db
