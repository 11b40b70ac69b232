#include "results/summary.hpp"

#include <map>
#include <set>
#include <tuple>

#include "partnerships/partnership_store.hpp"
#include "results/results_store.hpp"

namespace pmi::results {
namespace {

using Key = std::tuple<std::int64_t, std::string, std::string, int, std::string>;  // indicator, country, area, year, cell

void fold(std::map<Key, Accumulator>& rows, IndicatorId indicator, const std::string& country, const std::vector<std::string>& areas,
          int fiscal_year, const CellValue& value, int period_order)
{
    const Contribution contribution{value.value, value.denominator, period_order};
    auto add_to = [&](const std::string& area) {
        auto& accumulator = rows[{indicator.value, country, area, fiscal_year, value.cell}];
        accumulator = add(accumulator, contribution);
    };
    add_to(std::string(kAllAreas));
    for (const auto& area : areas) add_to(area);
}

std::vector<SummaryRow> as_rows(const std::map<Key, Accumulator>& rows)
{
    std::vector<SummaryRow> list;
    list.reserve(rows.size());
    for (const auto& [key, accumulator] : rows) {
        const auto& [indicator, country, area, year, cell] = key;
        list.push_back({IndicatorId{indicator}, country, area, year, cell, accumulator});
    }
    return list;
}

using AreasOf = std::map<std::int64_t, std::vector<std::string>>;  // partnership → its programming areas

AreasOf areas_of_partnerships(db::Connection& connection)
{
    AreasOf areas;
    for (const auto& partnership : partnerships::PartnershipStore(connection).all()) areas[partnership.id.value] = partnership.areas;
    return areas;
}

// The approved values as summary rows, each partnership counted in its own areas.
std::vector<SummaryRow> folded(AreasOf& areas, const std::vector<ApprovedValue>& values)
{
    std::map<Key, Accumulator> rows;
    for (const auto& v : values) fold(rows, v.indicator, v.country, areas[v.partnership.value], v.fiscal_year, v.value, v.period_order);
    return as_rows(rows);
}

}  // namespace

void fold_into_summary(db::Connection& connection, const Measurement& measurement, const Period& period,
                       const partnerships::Partnership& partnership)
{
    SummaryStore store(connection);
    std::map<Key, Accumulator> rows;
    for (auto& row : store.rows(measurement.indicator, partnership.country, period.fiscal_year))
        rows[{row.indicator.value, row.country, row.area, row.fiscal_year, row.cell}] = row.accumulator;
    std::map<Key, Accumulator> touched;
    for (const auto& value : measurement.values) fold(touched, measurement.indicator, partnership.country, partnership.areas, period.fiscal_year, value, period.order());
    for (auto& [key, accumulator] : touched) accumulator = combine(rows[key], accumulator);
    store.write(as_rows(touched));
    store.refold_totals(measurement.indicator, period.fiscal_year);
}

namespace {

// The rows of one country; the caller folds the totals once for every country it rebuilt.
void rebuild(SummaryStore& store, db::Connection& connection, AreasOf& areas, IndicatorId indicator, const std::string& country,
             int fiscal_year)
{
    auto values = MeasurementStore(connection).approved_values({indicator, std::nullopt, country, fiscal_year});
    store.clear(indicator, country, fiscal_year);
    store.write(folded(areas, values));
}

}  // namespace

void rebuild_summary(db::Connection& connection, IndicatorId indicator, const std::string& country, int fiscal_year)
{
    auto areas = areas_of_partnerships(connection);
    SummaryStore store(connection);
    rebuild(store, connection, areas, indicator, country, fiscal_year);
    store.refold_totals(indicator, fiscal_year);
}

void resummarize_partnership(db::Connection& connection, const partnerships::Partnership& before)
{
    // Before reading the values: an approval waiting on an indicator then reads the
    // partnership's new areas, and one that went first is among the values read here.
    ResultsStore(connection).lock_indicators();
    const auto now = partnerships::PartnershipStore(connection).find(before.id);
    std::set<std::string> countries{before.country};
    if (now) countries.insert(now->country);
    std::set<std::pair<std::int64_t, int>> indicator_years;
    for (const auto& v : MeasurementStore(connection).approved_values({std::nullopt, before.id, std::nullopt, std::nullopt}))
        indicator_years.insert({v.indicator.value, v.fiscal_year});
    auto areas = areas_of_partnerships(connection);
    SummaryStore store(connection);
    for (const auto& [indicator, year] : indicator_years) {
        for (const auto& country : countries) rebuild(store, connection, areas, IndicatorId{indicator}, country, year);
        store.refold_totals(IndicatorId{indicator}, year);
    }
}

std::size_t rebuild_whole_summary(db::Connection& connection)
{
    SummaryStore store(connection);
    store.clear_all();
    auto areas = areas_of_partnerships(connection);
    std::size_t count = 0;
    // One indicator at a time: memory holds one indicator's values, not millions.
    for (const auto& indicator : ResultsStore(connection).indicators()) {
        const auto values = MeasurementStore(connection).approved_values({indicator.id, std::nullopt, std::nullopt, std::nullopt});
        store.write(folded(areas, values));
        count += values.size();
    }
    store.refold_all_totals();
    return count;
}

}  // namespace pmi::results
