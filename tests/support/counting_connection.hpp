#pragma once
// A connection that counts the statements it passes on, so that a test can hold a page to a
// fixed number of queries whatever the size of the data. Reads only: it opens no transaction.
#include <stdexcept>

#include "db/database.hpp"

namespace pmi::testing {

class CountingConnection final : public db::Connection {
public:
    explicit CountingConnection(db::Connection& inner) : inner_(inner) {}
    std::uint64_t statements() const { return statements_; }

    db::Dialect dialect() const override { return inner_.dialect(); }
    std::vector<db::Row> query(std::string_view sql, const db::Parameters& parameters = {}) override
    {
        ++statements_;
        return inner_.query(sql, parameters);
    }
    std::int64_t execute(std::string_view sql, const db::Parameters& parameters = {}) override
    {
        ++statements_;
        return inner_.execute(sql, parameters);
    }
    void execute_script(std::string_view sql) override
    {
        ++statements_;
        inner_.execute_script(sql);
    }
    bool healthy() override { return inner_.healthy(); }

protected:
    void begin(Begin) override { throw std::logic_error("CountingConnection counts reads; it opens no transaction"); }
    void commit() override {}
    void rollback() noexcept override {}

private:
    db::Connection& inner_;
    std::uint64_t statements_ = 0;
};

}  // namespace pmi::testing
