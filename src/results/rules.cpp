#include "results/rules.hpp"

#include "core/text.hpp"
#include "partnerships/fiscal_year.hpp"
#include "results/aggregation.hpp"
#include "results/figures.hpp"

namespace pmi::results {

bool valid_code(std::string_view code)
{
    if (code.empty() || code.size() > 20) return false;
    for (char c : code)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-')) return false;
    return true;
}

namespace {

// The versions of a multilingual field; `required` fails on "<field>-en" when all are empty.
LocalizedText read_text(const std::map<std::string, std::string>& versions, const std::string& field, bool required,
                        std::vector<Error>& errors)
{
    LocalizedText text;
    for (const auto& [language, raw] : versions) {
        const auto version = text::trim(raw);
        if (language.size() != 2) continue;
        if (version.size() > kMostTextBytes || !text::valid_utf8(version)) {
            errors.push_back(invalid(field + "-" + language, "This text is too long; keep it under {1} characters.", {std::to_string(kMostTextBytes)}));
            continue;
        }
        if (!version.empty()) text.set(language, version);
    }
    if (required && text.empty()) errors.push_back(invalid(field + "-en", "Write this text in at least one language."));
    return text;
}

template <typename E, std::size_t N>
E read_choice(const std::array<Named<E>, N>& table, const std::string& code, const std::string& field, std::vector<Error>& errors)
{
    auto value = from_code(table, code);
    if (!value) {
        errors.push_back(invalid(field, "Choose one of the options offered."));
        return table.front().value;
    }
    return *value;
}

std::optional<std::int64_t> read_optional_figure(const std::string& text, const std::string& field, std::vector<Error>& errors)
{
    if (text::trim(text).empty()) return std::nullopt;
    auto figure = parse_figure(text, field);
    if (!figure.ok()) {
        errors.push_back(figure.error());
        return std::nullopt;
    }
    return *figure;
}

void check_range(const Indicator& indicator, const CellValue& value, const std::string& field, std::vector<Error>& errors)
{
    if (indicator.unit == Unit::Percentage && (value.value < 0 || value.value > 100 * kScale))
        errors.push_back(invalid(field, "A percentage is from 0 to 100."));
    if (indicator.unit == Unit::YesNo && value.value != 0 && value.value != kScale) errors.push_back(invalid(field, "Enter 1 for yes or 0 for no."));
}

// The total against its cells: their sum, or for a weighted average their weighted average
// (to the last decimal kept) and the sum of their denominators.
void check_total(const Indicator& indicator, const std::vector<CellValue>& values, std::vector<Error>& errors)
{
    const CellValue& total = values.front();
    Accumulator cells;
    for (std::size_t i = 1; i < values.size(); ++i) cells = add(cells, {values[i].value, values[i].denominator, 0});
    if (indicator.aggregation == Aggregation::WeightedAverage) {
        if (total.denominator && *total.denominator != cells.denominator_sum)
            errors.push_back(invalid("denominator-total", "The total denominator {1} does not equal the sum of the cells' denominators, {2}; correct the total or the cells.",
                                     {std::to_string(*total.denominator), std::to_string(cells.denominator_sum)}));
        const auto average = figure(Aggregation::WeightedAverage, cells);
        if (average && (total.value - *average > 1 || *average - total.value > 1))
            errors.push_back(invalid("value-total", "The total {1} does not equal the weighted average of the cells, {2}; correct the total or the cells.",
                                     {figure_text(total.value), figure_text(*average)}));
    } else if (indicator.unit != Unit::Percentage && total.value != cells.sum) {
        errors.push_back(invalid("value-total", "The total {1} does not equal the sum of the cells, {2}; correct the total or the cells.",
                                 {figure_text(total.value), figure_text(cells.sum)}));
    }
}

// One cell's value and denominator, or nullopt when the cell was left empty.
std::optional<CellValue> read_cell(const Indicator& indicator, const MeasurementInput& input, const std::string& cell, std::vector<Error>& errors)
{
    auto text = [](const std::map<std::string, std::string>& map, const std::string& key) {
        auto found = map.find(key);
        return found == map.end() ? std::string() : text::trim(found->second);
    };
    const auto value_text = text(input.values, cell), denominator_text = text(input.denominators, cell);
    if (value_text.empty() && denominator_text.empty()) return std::nullopt;
    CellValue value{cell, 0, std::nullopt};
    auto figure = parse_figure(value_text, "value-" + cell);
    if (!figure.ok()) errors.push_back(figure.error());
    else value.value = *figure;
    if (indicator.aggregation == Aggregation::WeightedAverage) {
        auto denominator = parse_denominator(denominator_text, "denominator-" + cell);
        if (!denominator.ok()) errors.push_back(denominator.error());
        else value.denominator = *denominator;
    }
    if (figure.ok()) check_range(indicator, value, "value-" + cell, errors);
    return value;
}

}  // namespace

Result<Node> read_node(const NodeInput& input)
{
    std::vector<Error> errors;
    Node node;
    node.level = read_choice(kLevels, input.level, "level", errors);
    node.code = text::trim(input.code);
    if (!valid_code(node.code)) errors.push_back(invalid("code", "Write a code of 1 to 20 letters, digits, dots or dashes, such as 1110."));
    node.area = text::trim(input.area).substr(0, 60);
    node.statement = read_text(input.statement, "statement", true, errors);
    if (!errors.empty()) return combine(std::move(errors));
    return node;
}

Status check_parent(Level level, std::optional<Level> parent)
{
    if (level == Level::Ultimate) {
        if (parent) return invalid("parent", "The ultimate outcome has no parent; leave the parent empty.");
        return Ok{};
    }
    if (!parent || static_cast<int>(*parent) + 1 != static_cast<int>(level))
        return invalid("parent", "Choose a parent one level up; an intermediate outcome goes under the ultimate outcome, an immediate outcome under an intermediate one, an output under an immediate outcome.");
    return Ok{};
}

Result<Indicator> read_indicator(const IndicatorInput& input)
{
    std::vector<Error> errors;
    Indicator indicator;
    indicator.code = text::trim(input.code);
    if (!valid_code(indicator.code)) errors.push_back(invalid("code", "Write a code of 1 to 20 letters, digits, dots or dashes, such as 1110."));
    indicator.unit = read_choice(kUnits, input.unit, "unit", errors);
    indicator.direction = read_choice(kDirections, input.direction, "direction", errors);
    indicator.aggregation = read_choice(kAggregations, input.aggregation, "aggregation", errors);
    indicator.disaggregation = read_choice(kDisaggregations, input.disaggregation, "disaggregation", errors);
    indicator.frequency = read_choice(kFrequencies, input.frequency, "frequency", errors);
    indicator.name = read_text(input.name, "name", true, errors);
    indicator.definition = read_text(input.definition, "definition", false, errors);
    indicator.denominator = read_text(input.denominator, "denominator", indicator.aggregation == Aggregation::WeightedAverage, errors);
    indicator.data_source = read_text(input.data_source, "data_source", false, errors);
    indicator.collection_method = read_text(input.collection_method, "collection_method", false, errors);
    indicator.responsibility = read_text(input.responsibility, "responsibility", false, errors);
    if (indicator.unit == Unit::Percentage && indicator.aggregation == Aggregation::Sum)
        errors.push_back(invalid("aggregation", "Percentages are never added up; choose the average weighted by a denominator, the latest period or the maximum."));
    if ((indicator.unit == Unit::YesNo || indicator.unit == Unit::Text) && indicator.disaggregation != Disaggregation::None)
        errors.push_back(invalid("disaggregation", "A yes or no or a text answer has no cells; choose the total only."));
    indicator.baseline = read_optional_figure(input.baseline, "baseline", errors);
    indicator.baseline_date = text::trim(input.baseline_date);
    if (!indicator.baseline_date.empty() && !partnerships::parse_date(indicator.baseline_date))
        errors.push_back(invalid("baseline_date", "Write the date as YYYY-MM-DD, such as 2025-03-31."));
    if (input.targets.size() > kMostTargets) errors.push_back(invalid("targets", "Too many targets."));
    for (const auto& [year_text, value_text] : input.targets) {
        auto year = partnerships::parse_fiscal_year(year_text);
        if (!year) {
            errors.push_back(invalid("target-" + year_text.substr(0, 10), "Write the fiscal year as 2026-27."));
            continue;
        }
        if (auto target = read_optional_figure(value_text, "target-" + partnerships::fiscal_year_label(*year), errors)) indicator.targets[*year] = *target;
    }
    if (!errors.empty()) return combine(std::move(errors));
    return indicator;
}

Result<MeasurementValues> read_measurement(const Indicator& indicator, const MeasurementInput& input)
{
    std::vector<Error> errors;
    MeasurementValues read;
    read.comment = text::trim(input.comment);
    if (read.comment.size() > kMostTextBytes) errors.push_back(invalid("comment", "This text is too long; keep it under {1} characters.", {std::to_string(kMostTextBytes)}));
    if (indicator.unit == Unit::Text) {
        read.narrative = text::trim(input.narrative);
        if (read.narrative.empty()) errors.push_back(invalid("narrative", "Describe the result in a few sentences."));
        else if (read.narrative.size() > kMostTextBytes) errors.push_back(invalid("narrative", "This text is too long; keep it under {1} characters.", {std::to_string(kMostTextBytes)}));
        if (!errors.empty()) return combine(std::move(errors));
        return read;
    }
    auto total = read_cell(indicator, input, std::string(kTotal), errors);
    if (!total) errors.push_back(invalid("value-total", "Enter the total."));
    else read.values.push_back(*total);
    std::vector<std::string> missing;
    for (const auto& cell : cells_of(indicator.disaggregation)) {
        if (auto value = read_cell(indicator, input, cell, errors)) read.values.push_back(*value);
        else missing.push_back(cell);
    }
    const std::size_t cells = cells_of(indicator.disaggregation).size();
    if (!missing.empty() && missing.size() < cells)
        errors.push_back(invalid("value-" + missing.front(), "Enter every cell or none; count people whose sex or age is not known as not stated."));
    if (errors.empty() && read.values.size() > 1) check_total(indicator, read.values, errors);
    if (!errors.empty()) return combine(std::move(errors));
    return read;
}

}  // namespace pmi::results
