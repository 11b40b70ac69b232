#include "iati/program_sources.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "partnerships/expense_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "results/figures.hpp"
#include "results/measurement_store.hpp"
#include "results/results_store.hpp"

namespace pmi::iati {
namespace {

Measure measure_of(results::Unit unit)
{
    switch (unit) {
    case results::Unit::Percentage: return Measure::Percentage;
    case results::Unit::YesNo: return Measure::Nominal;
    case results::Unit::Text: return Measure::Qualitative;
    case results::Unit::Number:
    case results::Unit::Currency: break;
    }
    return Measure::Unit;
}

bool contains(const std::vector<std::string>& cells, std::string_view cell)
{
    return std::find(cells.begin(), cells.end(), cell) != cells.end();
}

// A cell ("women", "youth", "women/youth") as IATI dimensions; none for the total.
std::vector<Dimension> dimensions_of(std::string_view cell)
{
    static const auto sexes = results::cells_of(results::Disaggregation::Sex);
    static const auto ages = results::cells_of(results::Disaggregation::Age);
    std::vector<Dimension> dimensions;
    while (!cell.empty() && cell != results::kTotal) {
        const auto slash = cell.find('/');
        const auto part = cell.substr(0, slash);
        if (contains(sexes, part)) dimensions.push_back({"sex", std::string(part)});
        else if (contains(ages, part)) dimensions.push_back({"age", std::string(part)});
        cell = slash == std::string_view::npos ? std::string_view() : cell.substr(slash + 1);
    }
    return dimensions;
}

std::optional<Baseline> baseline_of(const results::Indicator& indicator)
{
    if (!indicator.baseline) return std::nullopt;
    Baseline baseline{0, indicator.baseline_date, results::figure_text(*indicator.baseline)};
    if (indicator.baseline_date.size() >= 4) {
        baseline.year = std::stoi(indicator.baseline_date.substr(0, 4));
    } else if (!indicator.targets.empty()) {
        // Undated baselines stand at the start of the first target's fiscal year; the date is
        // written too, so that a program importing the file keeps the same baseline.
        baseline.year = indicator.targets.begin()->first;
        baseline.iso_date = std::to_string(baseline.year) + "-04-01";
    } else {
        return std::nullopt;  // the schema wants a year
    }
    return baseline;
}

ResultValue value_of(const results::Indicator& indicator, const results::CellValue& cell)
{
    return {indicator.unit == results::Unit::Text ? std::string() : results::figure_text(cell.value), dimensions_of(cell.cell)};
}

// The indicator's periods with approved values of the partnership (`values`, ordered by period).
ResultIndicator indicator_of(const results::Indicator& indicator, const std::vector<const results::ApprovedValue*>& values,
                             const std::map<results::PeriodId, results::Period>& periods)
{
    ResultIndicator result;
    result.measure = measure_of(indicator.unit);
    result.ascending = indicator.direction == results::Direction::Higher;
    result.title = indicator.name;
    result.description = indicator.definition;
    result.baseline = baseline_of(indicator);
    result.ref = indicator.code;
    for (const auto* value : values) {
        const auto period = periods.find(value->period);
        if (period == periods.end()) continue;
        if (result.periods.empty() || result.periods.back().start != period->second.starts) {
            result.periods.push_back({period->second.starts, period->second.ends, {}, {}});
            const auto target = indicator.targets.find(period->second.fiscal_year);
            if (period->second.frequency == results::Frequency::Annual && target != indicator.targets.end())
                result.periods.back().targets.push_back({results::figure_text(target->second), {}});
        }
        result.periods.back().actuals.push_back(value_of(indicator, value->value));
    }
    return result;
}

}  // namespace

std::vector<Transaction> ProgramSources::transactions(partnerships::PartnershipId partnership) const
{
    auto connection = database_.acquire();
    partnerships::ExpenseStore store(*connection);
    std::vector<Transaction> list;
    for (const auto& expense : store.of(partnership))
        if (expense.entry.status == partnerships::EntryStatus::Approved)
            list.push_back({TransactionType::Expenditure, partnerships::date_text(expense.entry.date), expense.entry.amount.in_cents(), {}});
    for (const auto& disbursement : store.disbursements(partnership))
        list.push_back({TransactionType::Disbursement, partnerships::date_text(disbursement.paid_on), disbursement.amount.in_cents(), {}});
    return list;
}

std::vector<ActivityResult> ProgramSources::results(partnerships::PartnershipId partnership) const
{
    auto connection = database_.acquire();
    const auto values = results::MeasurementStore(*connection).approved_values({std::nullopt, partnership, std::nullopt, std::nullopt});
    if (values.empty()) return {};
    results::ResultsStore store(*connection);
    std::map<results::PeriodId, results::Period> periods;
    for (auto& period : store.periods()) periods.emplace(period.id, std::move(period));
    std::map<results::IndicatorId, std::vector<const results::ApprovedValue*>> by_indicator;
    for (const auto& value : values) by_indicator[value.indicator].push_back(&value);
    const auto indicators = store.indicators();
    std::vector<ActivityResult> list;
    for (const auto& node : store.nodes()) {
        const auto type = result_type_of(results::code_of(results::kLevels, node.level));
        if (!type) continue;
        ActivityResult result{*type, node.statement, {}, {}, node.code};
        for (const auto& indicator : indicators) {
            const auto reported = by_indicator.find(indicator.id);
            if (indicator.node == node.id && reported != by_indicator.end())
                result.indicators.push_back(indicator_of(indicator, reported->second, periods));
        }
        if (!result.indicators.empty()) list.push_back(std::move(result));
    }
    return list;
}

}  // namespace pmi::iati
