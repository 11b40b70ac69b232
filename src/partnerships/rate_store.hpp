#pragma once
// SQL for the rate tables.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/rate_table.hpp"

namespace pmi::partnerships {

class RateStore {
public:
    explicit RateStore(db::Connection& connection) : connection_(connection) {}

    // The table's rates by key, newest effective date first.
    std::vector<RateEntry> list(RateTable table);
    // The rate in effect on `date`: the latest that took effect on or before it.
    std::optional<RateEntry> on(RateTable table, std::string_view key, Date date);
    // Throws db::UniqueViolation when the key has a rate taking effect that day already.
    RateId insert(const RateEntry& rate);

private:
    db::Connection& connection_;
};

}  // namespace pmi::partnerships
