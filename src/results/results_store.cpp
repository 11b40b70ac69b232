#include "results/results_store.hpp"


namespace pmi::results {
namespace {

constexpr std::string_view kNodeColumns = "SELECT id, parent_id, level, code, area, statement FROM result_nodes";
constexpr std::string_view kIndicatorColumns =
    "SELECT id, node_id, code, name, definition, unit, direction, aggregation, denominator, disaggregation, frequency, baseline_value,"
    " baseline_date, data_source, collection_method, responsibility FROM indicators";
constexpr std::string_view kPeriodColumns = "SELECT id, frequency, fiscal_year, number, starts, ends, locked FROM reporting_periods";

Node read_node_row(const db::Row& row)
{
    Node node;
    node.id = NodeId{row.integer(0)};
    node.parent = NodeId{row.optional_integer(1).value_or(0)};
    node.level = from_code(kLevels, row.text(2)).value_or(Level::Output);
    node.code = row.text(3);
    node.area = row.text(4);
    node.statement = LocalizedText::from_json(row.text(5));
    return node;
}

Indicator read_indicator_row(const db::Row& row)
{
    Indicator i;
    i.id = IndicatorId{row.integer(0)};
    i.node = NodeId{row.integer(1)};
    i.code = row.text(2);
    i.name = LocalizedText::from_json(row.text(3));
    i.definition = LocalizedText::from_json(row.text(4));
    i.unit = from_code(kUnits, row.text(5)).value_or(Unit::Number);
    i.direction = from_code(kDirections, row.text(6)).value_or(Direction::Higher);
    i.aggregation = from_code(kAggregations, row.text(7)).value_or(Aggregation::Sum);
    i.denominator = LocalizedText::from_json(row.text(8));
    i.disaggregation = from_code(kDisaggregations, row.text(9)).value_or(Disaggregation::None);
    i.frequency = from_code(kFrequencies, row.text(10)).value_or(Frequency::Annual);
    i.baseline = row.optional_integer(11);
    i.baseline_date = row.text(12);
    i.data_source = LocalizedText::from_json(row.text(13));
    i.collection_method = LocalizedText::from_json(row.text(14));
    i.responsibility = LocalizedText::from_json(row.text(15));
    return i;
}

Period read_period_row(const db::Row& row)
{
    Period p;
    p.id = PeriodId{row.integer(0)};
    p.frequency = from_code(kFrequencies, row.text(1)).value_or(Frequency::Annual);
    p.fiscal_year = static_cast<int>(row.integer(2));
    p.number = static_cast<int>(row.integer(3));
    p.starts = row.text(4);
    p.ends = row.text(5);
    p.locked = row.boolean(6);
    return p;
}

db::Parameters indicator_parameters(const Indicator& i, Seconds now)
{
    return {i.node.value, i.code, i.name.to_json(), i.definition.to_json(), code_of(kUnits, i.unit), code_of(kDirections, i.direction),
            code_of(kAggregations, i.aggregation), i.denominator.to_json(), code_of(kDisaggregations, i.disaggregation),
            code_of(kFrequencies, i.frequency), i.baseline, i.baseline_date, i.data_source.to_json(), i.collection_method.to_json(),
            i.responsibility.to_json(), now};
}

}  // namespace

std::vector<Node> ResultsStore::nodes()
{
    std::vector<Node> list;
    for (const auto& row : connection_.query(std::string(kNodeColumns) + " ORDER BY code")) list.push_back(read_node_row(row));
    return list;
}

std::optional<Node> ResultsStore::node_by_code(const std::string& code)
{
    auto row = connection_.query_one(std::string(kNodeColumns) + " WHERE code = ?", {code});
    if (!row) return std::nullopt;
    return read_node_row(*row);
}

NodeId ResultsStore::insert_node(const Node& node, Seconds now)
{
    auto row = connection_.query_one("INSERT INTO result_nodes (parent_id, level, code, area, statement, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                                     {node.parent.valid() ? db::Value(node.parent.value) : db::Value(), code_of(kLevels, node.level), node.code,
                                      node.area, node.statement.to_json(), now});
    return NodeId{row->integer(0)};
}

void ResultsStore::update_node(const Node& node, Seconds now)
{
    connection_.execute("UPDATE result_nodes SET parent_id = ?, level = ?, code = ?, area = ?, statement = ?, updated_at = ? WHERE id = ?",
                        {node.parent.valid() ? db::Value(node.parent.value) : db::Value(), code_of(kLevels, node.level), node.code, node.area,
                         node.statement.to_json(), now, node.id.value});
}

std::vector<Indicator> ResultsStore::indicators()
{
    std::vector<Indicator> list;
    for (const auto& row : connection_.query(std::string(kIndicatorColumns) + " ORDER BY code")) list.push_back(read_indicator_row(row));
    std::map<std::int64_t, Indicator*> by_id;
    for (auto& indicator : list) by_id[indicator.id.value] = &indicator;
    for (const auto& row : connection_.query("SELECT indicator_id, fiscal_year, value FROM indicator_targets"))
        if (auto found = by_id.find(row.integer(0)); found != by_id.end()) found->second->targets[static_cast<int>(row.integer(1))] = row.integer(2);
    return list;
}

std::optional<Indicator> ResultsStore::indicator(IndicatorId id)
{
    auto row = connection_.query_one(std::string(kIndicatorColumns) + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    auto indicator = read_indicator_row(*row);
    for (const auto& target : connection_.query("SELECT fiscal_year, value FROM indicator_targets WHERE indicator_id = ?", {id.value}))
        indicator.targets[static_cast<int>(target.integer(0))] = target.integer(1);
    return indicator;
}

IndicatorId ResultsStore::insert_indicator(const Indicator& indicator, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO indicators (node_id, code, name, definition, unit, direction, aggregation, denominator, disaggregation, frequency,"
        " baseline_value, baseline_date, data_source, collection_method, responsibility, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        indicator_parameters(indicator, now));
    Indicator written = indicator;
    written.id = IndicatorId{row->integer(0)};
    write_targets(written);
    return written.id;
}

void ResultsStore::update_indicator(const Indicator& indicator, Seconds now)
{
    auto parameters = indicator_parameters(indicator, now);
    parameters.push_back(indicator.id.value);
    connection_.execute(
        "UPDATE indicators SET node_id = ?, code = ?, name = ?, definition = ?, unit = ?, direction = ?, aggregation = ?, denominator = ?,"
        " disaggregation = ?, frequency = ?, baseline_value = ?, baseline_date = ?, data_source = ?, collection_method = ?,"
        " responsibility = ?, updated_at = ? WHERE id = ?",
        parameters);
    write_targets(indicator);
}

void ResultsStore::write_targets(const Indicator& indicator)
{
    connection_.execute("DELETE FROM indicator_targets WHERE indicator_id = ?", {indicator.id.value});
    for (const auto& [year, value] : indicator.targets)
        connection_.execute("INSERT INTO indicator_targets (indicator_id, fiscal_year, value) VALUES (?, ?, ?)", {indicator.id.value, year, value});
}

void ResultsStore::lock_indicator(IndicatorId id)
{
    connection_.query("SELECT id FROM indicators WHERE id = ?" + std::string(db::for_update(connection_.dialect())), {id.value});
}

void ResultsStore::lock_indicators()
{
    connection_.query("SELECT id FROM indicators ORDER BY id" + std::string(db::for_update(connection_.dialect())));
}

std::vector<Period> ResultsStore::periods()
{
    std::vector<Period> list;
    for (const auto& row : connection_.query(std::string(kPeriodColumns) + " ORDER BY frequency, fiscal_year, number")) list.push_back(read_period_row(row));
    return list;
}

std::optional<Period> ResultsStore::period(PeriodId id)
{
    auto row = connection_.query_one(std::string(kPeriodColumns) + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_period_row(*row);
}

int ResultsStore::add_periods(const std::vector<Period>& periods)
{
    int added = 0;
    for (const auto& p : periods)
        added += static_cast<int>(connection_.execute(
            "INSERT INTO reporting_periods (frequency, fiscal_year, number, starts, ends, locked) VALUES (?, ?, ?, ?, ?, 0)"
            " ON CONFLICT (frequency, fiscal_year, number) DO NOTHING",
            {code_of(kFrequencies, p.frequency), p.fiscal_year, p.number, p.starts, p.ends}));
    return added;
}

void ResultsStore::set_locked(PeriodId id, bool locked)
{
    connection_.execute("UPDATE reporting_periods SET locked = ? WHERE id = ?", {locked, id.value});
}

}  // namespace pmi::results
