#include "partnerships/rate_store.hpp"

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, rate_table, rate_key, effective_from, rate_units, rate_scale, source, recorded_by, recorded_at FROM rates";

RateEntry read(const db::Row& row)
{
    RateEntry r;
    r.id = RateId{row.integer(0)};
    r.table = rate_table_from_code(row.text(1)).value_or(RateTable::Exchange);
    r.key = row.text(2);
    r.effective_from = parse_date(row.text(3)).value_or(Date{});
    r.rate = {row.integer(4), static_cast<int>(row.integer(5))};
    r.source = row.text(6);
    r.recorded_by = row.text(7);
    r.recorded_at = row.integer(8);
    return r;
}

}  // namespace

std::vector<RateEntry> RateStore::list(RateTable table)
{
    std::vector<RateEntry> list;
    for (const auto& row : connection_.query(std::string(kColumns) + " WHERE rate_table = ? ORDER BY rate_key, effective_from DESC",
                                             {rate_table_code(table)}))
        list.push_back(read(row));
    return list;
}

std::optional<RateEntry> RateStore::on(RateTable table, std::string_view key, Date date)
{
    // ISO dates compare as text in the order of time.
    auto row = connection_.query_one(std::string(kColumns) +
                                         " WHERE rate_table = ? AND rate_key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                                     {rate_table_code(table), std::string(key), date_text(date)});
    if (!row) return std::nullopt;
    return read(*row);
}

RateId RateStore::insert(const RateEntry& r)
{
    auto row = connection_.query_one(
        "INSERT INTO rates (rate_table, rate_key, effective_from, rate_units, rate_scale, source, recorded_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {rate_table_code(r.table), r.key, date_text(r.effective_from), r.rate.units, r.rate.scale, r.source, r.recorded_by, r.recorded_at});
    return RateId{row->integer(0)};
}

}  // namespace pmi::partnerships
