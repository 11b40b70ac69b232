#include "results/pmf.hpp"

#include <set>

#include "partnerships/access.hpp"
#include "partnerships/partnership_store.hpp"
#include "results/measurement_store.hpp"
#include "results/results_store.hpp"

namespace pmi::results {
namespace {

void fold_partnership(db::Connection& connection, Pmf& pmf)
{
    for (const auto& v : MeasurementStore(connection).approved_values({std::nullopt, pmf.filter.partnership, std::nullopt, std::nullopt})) {
        auto& accumulator = pmf.actuals[v.indicator.value][{v.fiscal_year, v.value.cell}];
        accumulator = add(accumulator, {v.value.value, v.value.denominator, v.period_order});
    }
}

void fold_summary(db::Connection& connection, Pmf& pmf)
{
    const std::string area = pmf.filter.area.empty() ? std::string(kAllAreas) : pmf.filter.area;
    const auto country = pmf.filter.country.empty() ? std::nullopt : std::optional(pmf.filter.country);
    for (const auto& row : SummaryStore(connection).totals(area, country)) {
        auto& accumulator = pmf.actuals[row.indicator.value][{row.fiscal_year, row.cell}];
        accumulator = combine(accumulator, row.accumulator);
    }
}

}  // namespace

std::optional<std::int64_t> Pmf::actual(const Indicator& indicator, int year, const std::string& cell) const
{
    auto by_indicator = actuals.find(indicator.id.value);
    if (by_indicator == actuals.end()) return std::nullopt;
    auto found = by_indicator->second.find({year, cell});
    if (found == by_indicator->second.end()) return std::nullopt;
    return figure(indicator.aggregation, found->second);
}

std::optional<std::int64_t> share_of(const std::map<std::pair<int, std::string>, Accumulator>& cells, int year, std::string_view part)
{
    std::int64_t total = 0, named = 0;
    bool has_total = false;
    for (const auto& [key, accumulator] : cells) {
        if (key.first != year) continue;
        if (key.second == "total") total = accumulator.sum, has_total = true;
        const std::string_view cell = key.second;
        const auto slash = cell.find('/');
        if (cell == part || (slash != std::string_view::npos && (cell.substr(0, slash) == part || cell.substr(slash + 1) == part))) named += accumulator.sum;
    }
    if (!has_total || total <= 0) return std::nullopt;
    return static_cast<std::int64_t>(static_cast<__int128>(named) * 10'000 / total);
}

Dashboard PmfService::dashboard()
{
    auto connection = database_.acquire();
    Dashboard dashboard;
    dashboard.indicators = ResultsStore(*connection).indicators();
    std::set<std::string> countries;
    for (const auto& row : SummaryStore(*connection).latest_year_by_country(kAllAreas)) {
        dashboard.by_country[row.indicator.value][row.country][{row.fiscal_year, row.cell}] = row.accumulator;
        countries.insert(row.country);
    }
    dashboard.countries.assign(countries.begin(), countries.end());
    for (const auto& row : SummaryStore(*connection).by_area()) {
        auto& accumulator = dashboard.by_area[row.indicator.value][row.area][{row.fiscal_year, row.cell}];
        accumulator = combine(accumulator, row.accumulator);
    }
    return dashboard;
}

Result<Pmf> PmfService::pmf(const Actor& actor, const PmfFilter& filter)
{
    auto connection = database_.acquire();
    return pmf(*connection, actor, filter);
}

Result<Pmf> PmfService::pmf(db::Connection& connection, const Actor& actor, const PmfFilter& filter)
{
    Pmf pmf;
    pmf.filter = filter;
    if (filter.partnership.valid()) {
        auto partnership = partnerships::PartnershipStore(connection).find(filter.partnership);
        if (!partnership) return not_found();
        if (partnerships::access_of(connection, actor, *partnership) == partnerships::Access::Public) {
            if (!partnership->published) return not_found();
            partnership = partnerships::public_fields(std::move(*partnership));
        }
        pmf.partnership = std::move(partnership);
        pmf.filter.country = pmf.partnership->country, pmf.filter.area.clear();
    }
    ResultsStore store(connection);
    pmf.nodes = store.nodes();
    pmf.indicators = store.indicators();
    if (filter.partnership.valid()) fold_partnership(connection, pmf);
    else fold_summary(connection, pmf);
    std::set<int> years;
    for (const auto& indicator : pmf.indicators)
        for (const auto& [year, target] : indicator.targets) years.insert(year);
    for (const auto& [indicator, cells] : pmf.actuals)
        for (const auto& [key, accumulator] : cells) years.insert(key.first);
    pmf.years.assign(years.begin(), years.end());
    return pmf;
}

}  // namespace pmi::results
