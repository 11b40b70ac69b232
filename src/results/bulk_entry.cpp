#include "results/bulk_entry.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "results/figures.hpp"
#include "results/periods.hpp"

namespace pmi::results {
namespace {

// One row that gives a value, once its indicator and cell are known.
struct GivenCell {
    std::size_t row = 0;
    std::string value, denominator;
};

// The rows of one indicator, by cell.
struct GivenIndicator {
    const Indicator* indicator = nullptr;
    std::size_t first_row = 0;
    std::map<std::string, GivenCell> cells;
};

// What every row is read against, found once: the columns' positions, the indicators by
// code and the period's label.
struct Reading {
    std::optional<std::size_t> indicator, period, cell, value, denominator;
    std::map<std::string, const Indicator*, std::less<>> by_code;
    const Period& chosen;
    std::string label;

    Reading(const csv::Table& t, const std::vector<Indicator>& indicators, const Period& p)
        : indicator(t.column("indicator")), period(t.column("period")), cell(t.column("cell")), value(t.column("value")),
          denominator(t.column("denominator")), chosen(p), label(period_label(p))
    {
        for (const auto& i : indicators) by_code.emplace(i.code, &i);
    }

    static std::string field(const csv::Record& record, std::optional<std::size_t> position)
    {
        if (!position || *position >= record.fields.size()) return {};
        return text::trim(record.fields[*position]);
    }
};

const Measurement* latest_of(const std::vector<Measurement>& latest, IndicatorId indicator)
{
    for (const auto& m : latest)
        if (m.indicator == indicator) return &m;
    return nullptr;
}

std::vector<std::string> cells_with_total(const Indicator& indicator)
{
    std::vector<std::string> cells{std::string(kTotal)};
    for (auto& cell : cells_of(indicator.disaggregation)) cells.push_back(std::move(cell));
    return cells;
}

std::string joined(const std::vector<std::string>& cells)
{
    std::string text;
    for (const auto& cell : cells) text += (text.empty() ? "" : ", ") + cell;
    return text;
}

// The row's indicator, or nullptr with its problem recorded.
const Indicator* indicator_of(const Reading& reading, const std::string& code, std::size_t row, std::vector<BulkProblem>& problems)
{
    if (code.empty()) {
        problems.push_back({row, "indicator", invalid("indicator", "Write the indicator's code on this row, as the template does.")});
        return nullptr;
    }
    auto found = reading.by_code.find(code);
    if (found == reading.by_code.end()) {
        problems.push_back({row, "indicator", invalid("indicator", "No indicator has the code {1}; copy the code from the template of this period.", {code.substr(0, 40)})});
        return nullptr;
    }
    const Indicator& indicator = *found->second;
    if (indicator.unit == Unit::Text) {
        problems.push_back({row, "indicator", invalid("indicator", "The indicator {1} is answered in words; write its result in the results form, not in the file.", {code})});
        return nullptr;
    }
    if (indicator.frequency != reading.chosen.frequency) {
        problems.push_back({row, "indicator", invalid("indicator", "The indicator {1} is not reported in the period {2}; download the template of a period of its frequency.",
                                                      {code, reading.label})});
        return nullptr;
    }
    return &indicator;
}

// Reads one record into `given`, or records its problems; rows without a value are skipped.
void read_row(const Reading& reading, const csv::Record& record, std::map<std::string, GivenIndicator>& given, std::vector<BulkProblem>& problems)
{
    const std::size_t row = record.row;
    GivenCell cell{row, Reading::field(record, reading.value), Reading::field(record, reading.denominator)};
    if (cell.value.empty() && cell.denominator.empty()) return;
    const auto code = Reading::field(record, reading.indicator);
    const auto period_text = Reading::field(record, reading.period);
    if (!period_text.empty() && period_text != reading.label)
        problems.push_back({row, "period", invalid("period", "This row is for the period {1}, but the file is being entered for {2}; correct the period or enter the file for its own period.",
                                                   {period_text.substr(0, 40), reading.label})});
    if (reading.chosen.locked)
        problems.push_back({row, "period", invalid("period", "The period {1} is locked; ask a program officer to unlock it before changing its values.", {reading.label})});
    const auto* indicator = indicator_of(reading, code, row, problems);
    if (!indicator) return;
    const auto cell_name = text::lowercase_ascii(Reading::field(record, reading.cell));
    const auto cells = cells_with_total(*indicator);
    if (std::find(cells.begin(), cells.end(), cell_name) == cells.end()) {
        problems.push_back({row, "cell", invalid("cell", "The indicator {1} has no cell {2}; use one of {3}.", {code, cell_name.substr(0, 40), joined(cells)})});
        return;
    }
    auto& entry = given[code];
    if (!entry.indicator) entry.indicator = indicator, entry.first_row = row;
    if (auto twice = entry.cells.find(cell_name); twice != entry.cells.end()) {
        problems.push_back({row, "cell", invalid("cell", "This cell of {1} is already on row {2}; keep one row per indicator and cell.", {code, std::to_string(twice->second.row)})});
        return;
    }
    entry.cells[cell_name] = std::move(cell);
}

Error status_refusal(const Indicator& indicator, MeasurementStatus status)
{
    if (status == MeasurementStatus::Approved)
        return invalid("value", "The values of {1} for this period are approved; correct them through a revision in the results form, not in the file.", {indicator.code});
    return invalid("value", "The values of {1} for this period wait for an officer's decision; ask for them to be returned before changing them.", {indicator.code});
}

// The row an error of the report names ("value-women", "denominator-total"), and its column.
std::pair<std::size_t, std::string> where(const GivenIndicator& given, const std::string& field)
{
    const auto dash = field.find('-');
    const std::string column = dash == std::string::npos ? "value" : field.substr(0, dash);
    const std::string cell = dash == std::string::npos ? std::string() : field.substr(dash + 1);
    auto found = given.cells.find(cell);
    return {found == given.cells.end() ? given.first_row : found->second.row, column};
}

// The changes the file makes to one indicator's values, merged with those already there
// into one report checked by the rules of a report.
void plan_indicator(const GivenIndicator& given, const Measurement* latest, BulkMode mode, BulkPlan& plan)
{
    const Indicator& indicator = *given.indicator;
    MeasurementInput merged;
    std::map<std::string, std::int64_t> before;
    if (latest) {
        for (const auto& v : latest->values) {
            before[v.cell] = v.value;
            merged.values[v.cell] = figure_text(v.value);
            if (v.denominator) merged.denominators[v.cell] = std::to_string(*v.denominator);
        }
        merged.comment = latest->comment;
    }
    const bool open = !latest || latest->status == MeasurementStatus::Draft || latest->status == MeasurementStatus::Returned;
    bool writes = false, broken = false;
    for (const auto& [cell, value] : given.cells) {
        const auto existing = before.find(cell);
        const bool filled = existing != before.end();
        const BulkAction action = filled ? (mode == BulkMode::Add ? BulkAction::Keep : BulkAction::Replace) : BulkAction::Fill;
        if (action != BulkAction::Keep && !open) {
            plan.problems.push_back({value.row, "value", status_refusal(indicator, latest->status)});
            broken = true;
            continue;
        }
        auto figure = parse_figure(value.value, "value");
        if (!figure.ok()) {
            plan.problems.push_back({value.row, "value", figure.error()});
            broken = true;
            continue;
        }
        plan.changes.push_back({value.row, indicator.id, indicator.code, cell, filled ? std::optional(existing->second) : std::nullopt, *figure, action});
        if (action == BulkAction::Keep) continue;
        merged.values[cell] = value.value;
        if (!value.denominator.empty() || indicator.aggregation == Aggregation::WeightedAverage) merged.denominators[cell] = value.denominator;
        writes = true;
    }
    // A report with a cell already refused would only repeat that cell's problem.
    if (!writes || broken) return;
    auto read = read_measurement(indicator, merged);
    if (!read.ok()) {
        for (const auto& error : flatten(read.error())) {
            auto [row, column] = where(given, error.field);
            plan.problems.push_back({row, column, error});
        }
        return;
    }
    plan.writes.push_back({indicator.id, latest ? std::optional(*latest) : std::nullopt, std::move(*read)});
}

}  // namespace

const std::vector<std::string>& bulk_columns()
{
    static const std::vector<std::string> columns{"indicator", "indicator_name", "period", "cell", "cell_name", "current_value", "status", "value", "denominator"};
    return columns;
}

std::size_t BulkPlan::count(BulkAction action) const
{
    return static_cast<std::size_t>(std::count_if(changes.begin(), changes.end(), [&](const BulkChange& c) { return c.action == action; }));
}

std::vector<TemplateRow> template_rows(const std::vector<Indicator>& indicators, const Period& period, const std::vector<Measurement>& latest)
{
    std::vector<TemplateRow> rows;
    for (const auto& indicator : indicators) {
        if (indicator.unit == Unit::Text || indicator.frequency != period.frequency) continue;
        const auto* m = latest_of(latest, indicator.id);
        for (const auto& cell : cells_with_total(indicator)) {
            TemplateRow row{indicator.id, cell, std::nullopt, m ? std::optional(m->status) : std::nullopt};
            if (m)
                for (const auto& v : m->values)
                    if (v.cell == cell) row.current = v;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

Result<BulkPlan> plan_bulk_entry(const csv::Table& table, const std::vector<Indicator>& indicators, const Period& period,
                                 const std::vector<Measurement>& latest, BulkMode mode)
{
    for (const char* column : {"indicator", "cell", "value"})
        if (!table.column(column))
            return invalid("file", "The file has no column {1}; start from the template, whose first row names the columns.", {column});
    BulkPlan plan;
    plan.rows = table.records().size();
    std::map<std::string, GivenIndicator> given;
    const Reading reading(table, indicators, period);
    for (const auto& record : table.records()) read_row(reading, record, given, plan.problems);
    for (const auto& [code, entry] : given) plan_indicator(entry, latest_of(latest, entry.indicator->id), mode, plan);
    std::stable_sort(plan.problems.begin(), plan.problems.end(), [](const BulkProblem& a, const BulkProblem& b) { return a.row < b.row; });
    std::sort(plan.changes.begin(), plan.changes.end(), [](const BulkChange& a, const BulkChange& b) { return a.row < b.row; });
    if (!plan.problems.empty()) plan.writes.clear();
    return plan;
}

}  // namespace pmi::results
