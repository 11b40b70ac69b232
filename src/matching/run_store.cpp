#include "matching/run_store.hpp"

namespace pmi::matching {
namespace {

constexpr std::string_view kSummaryColumns =
    "SELECT r.id, r.label, r.call_id, COALESCE(u.name, ''), r.created_at, r.total_fit, r.countries_served, r.pairs, r.milliseconds,"
    " r.accepted_at FROM matching_runs r LEFT JOIN users u ON u.id = r.created_by";

RunSummary read_summary(const db::Row& row)
{
    RunSummary s;
    s.id = RunId{row.integer(0)};
    s.label = row.text(1);
    if (auto call = row.optional_integer(2)) s.call = calls::CallId{*call};
    s.created_by = row.text(3);
    s.created_at = row.integer(4);
    s.total_fit = row.integer(5);
    s.countries_served = static_cast<int>(row.integer(6));
    s.pairs = static_cast<int>(row.integer(7));
    s.milliseconds = row.integer(8);
    s.accepted_at = row.optional_integer(9);
    return s;
}

}  // namespace

RunId RunStore::insert(const RunSummary& s, const nlohmann::json& input, const nlohmann::json& result, UserId by)
{
    db::Value call = s.call ? db::Value(s.call->value) : db::Value();
    return RunId{connection_
                     .query_one("INSERT INTO matching_runs (label, call_id, input, result, total_fit, countries_served, pairs, milliseconds,"
                                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                {s.label, call, input.dump(), result.dump(), s.total_fit, s.countries_served, s.pairs, s.milliseconds,
                                 by.value, s.created_at})
                     ->integer(0)};
}

std::vector<RunSummary> RunStore::list(int limit)
{
    std::vector<RunSummary> runs;
    for (const auto& row : connection_.query(std::string(kSummaryColumns) + " ORDER BY r.id DESC LIMIT ?", {limit}))
        runs.push_back(read_summary(row));
    return runs;
}

std::optional<Run> RunStore::find(RunId id)
{
    auto row = connection_.query_one(std::string(kSummaryColumns) + " WHERE r.id = ?", {id.value});
    if (!row) return std::nullopt;
    auto stored = connection_.query_one("SELECT input, result FROM matching_runs WHERE id = ?", {id.value});
    return Run{read_summary(*row), nlohmann::json::parse(stored->text(0)), nlohmann::json::parse(stored->text(1)), {}};
}

bool RunStore::accept(RunId id, UserId by, Seconds now)
{
    return connection_.execute("UPDATE matching_runs SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL",
                               {now, by.value, id.value}) > 0;
}

std::vector<RuledPair> RunStore::rules()
{
    std::vector<RuledPair> list;
    for (const auto& [pair, at] : rules_with_dates()) list.push_back(pair);
    return list;
}

std::vector<std::pair<RuledPair, Seconds>> RunStore::rules_with_dates()
{
    std::vector<std::pair<RuledPair, Seconds>> list;
    for (const auto& row : connection_.query("SELECT team_key, partner_key, rule, created_at FROM matching_rules ORDER BY team_key, partner_key"))
        list.push_back({{row.text(0), row.text(1), pair_rule_from_code(row.text(2)).value_or(PairRule::Forbid)}, row.integer(3)});
    return list;
}

void RunStore::set_rule(const RuledPair& pair, UserId by, Seconds now)
{
    connection_.execute(
        "INSERT INTO matching_rules (team_key, partner_key, rule, created_by, created_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (team_key, partner_key) DO UPDATE SET rule = excluded.rule, created_by = excluded.created_by, created_at = excluded.created_at",
        {pair.team, pair.partner, std::string(pair_rule_code(pair.rule)), by.value, now});
}

bool RunStore::remove_rule(const std::string& team, const std::string& partner)
{
    return connection_.execute("DELETE FROM matching_rules WHERE team_key = ? AND partner_key = ?", {team, partner}) > 0;
}

bool RunStore::add_partnership(const PartnershipRow& p, Seconds now)
{
    db::Value run = p.run ? db::Value(p.run->value) : db::Value();
    return connection_.execute(
               "INSERT INTO partnerships (team_key, partner_key, team_name, partner_name, country, status, matching_run_id, created_at, updated_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_key, partner_key) DO NOTHING",
               {p.team_key, p.partner_key, p.team_name, p.partner_name, p.country, p.status, run, now, now}) > 0;
}

std::vector<PartnershipRow> RunStore::partnerships()
{
    std::vector<PartnershipRow> list;
    for (const auto& row : connection_.query("SELECT id, team_key, partner_key, team_name, partner_name, country, status, matching_run_id,"
                                             " created_at FROM partnerships ORDER BY country, partner_name, team_name")) {
        PartnershipRow p{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), std::nullopt, row.integer(8)};
        if (auto run = row.optional_integer(7)) p.run = RunId{*run};
        list.push_back(std::move(p));
    }
    return list;
}

}  // namespace pmi::matching
