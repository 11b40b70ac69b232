#include "matching/matching_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "audit/audit_log.hpp"
#include "calls/call_store.hpp"
#include "core/csv.hpp"
#include "directory/directory_store.hpp"
#include "matching/csv_input.hpp"
#include "matching/engine.hpp"
#include "matching/report.hpp"
#include "matching/run_store.hpp"

namespace pmi::matching {
namespace {

Status officer_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

LanguageSet language_set(const std::vector<std::string>& codes)
{
    LanguageSet set = 0;
    for (const auto& code : codes)
        if (auto language = language_from_code(code)) set |= language_bit(*language);
    return set;
}

Team team_of(const directory::MunicipalTeam& t)
{
    return {t.key, t.name, t.province, t.population, language_set(t.languages), t.expertise, t.capacity, std::nullopt, t.past_partners};
}

Partner partner_of(const directory::PartnerGovernment& p)
{
    Partner partner;
    partner.key = p.key;
    partner.name = p.name;
    partner.country = country_from_code(p.country).value_or(Country::BF);
    partner.region = p.region;
    partner.level = partner_level_from_code(directory::level_code(p.level)).value_or(PartnerLevel::Commune);
    partner.population = p.population;
    partner.languages = language_set(p.languages);
    partner.interpretation = p.interpretation;
    partner.needs = p.needs;
    partner.wanted_partners = p.wanted_partners;
    return partner;
}

nlohmann::json input_of(const Problem& problem)
{
    return {{"teams", write_teams(problem.teams)},
            {"partners", write_partners(problem.partners)},
            {"pairs", write_pairs(problem.rules)},
            {"weights", weights_to_json(problem.weights)},
            {"coverage", problem.coverage == CountryCoverage::Wanted ? "wanted" : "not_wanted"}};
}

Result<Problem> problem_of(const nlohmann::json& input)
{
    Problem problem;
    auto table = [&](const char* name) { return csv::Table::read(input.at(name).get<std::string>()); };
    problem.teams = TRY(read_teams(TRY(table("teams"))));
    problem.partners = TRY(read_partners(TRY(table("partners"))));
    problem.rules = TRY(read_pairs(TRY(table("pairs"))));
    problem.weights = weights_from_json(input.at("weights"));
    problem.coverage = input.value("coverage", "wanted") == "wanted" ? CountryCoverage::Wanted : CountryCoverage::NotWanted;
    return problem;
}

std::set<std::pair<std::string, std::string>> pairs_of(const Run& run)
{
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& pair : run.result.at("pairs")) pairs.emplace(pair.at("team").get<std::string>(), pair.at("partner").get<std::string>());
    return pairs;
}

}  // namespace

nlohmann::json weights_to_json(const Weights& weights)
{
    nlohmann::json json;
    for (std::size_t a = 0; a < kAreaCount; ++a) json[std::string(area_code(static_cast<Area>(a)))] = weights.area[a];
    json["review"] = weights.review;
    json["continuity"] = weights.continuity;
    json["size"] = weights.size;
    return json;
}

Weights weights_from_json(const nlohmann::json& json)
{
    Weights weights;
    auto read = [&](const std::string& name, int& target) {
        if (auto found = json.find(name); found != json.end() && found->is_number_integer()) target = found->get<int>();
    };
    for (std::size_t a = 0; a < kAreaCount; ++a) read(std::string(area_code(static_cast<Area>(a))), weights.area[a]);
    read("review", weights.review);
    read("continuity", weights.continuity);
    read("size", weights.size);
    return weights;
}

Result<RunId> MatchingService::run(const Actor& actor, const RunSettings& settings)
{
    TRY(officer_only(actor));
    if (settings.label.size() > 200) return invalid("label", "Keep the label under 200 characters.");
    for (int weight : {settings.weights.area[0], settings.weights.area[1], settings.weights.area[2], settings.weights.review,
                       settings.weights.continuity, settings.weights.size})
        if (weight < 0 || weight > kMostWeight) return invalid("weights", "Give each weight from 0 to 100 points.");
    // Review scores of the call's selected applications, by municipality.
    std::map<std::int64_t, double> review_scores;
    if (settings.call) {
        auto ranking = TRY(reviews_.ranking(actor, *settings.call, review::Normalisation::None));
        auto connection = database_.acquire();
        calls::ApplicationStore applications(*connection);
        for (const auto& row : ranking)
            if (row.decision == review::Outcome::Selected)
                if (auto application = applications.find(row.application)) review_scores[application->organisation_id.value] = row.total;
        if (review_scores.empty()) return invalid("call", "This call has no selected application yet; decide first, or run on the whole directory.");
    }
    auto connection = database_.acquire();
    directory::DirectoryStore directory(*connection);
    Problem problem;
    problem.weights = settings.weights;
    problem.coverage = settings.coverage;
    for (const auto& team : directory.teams()) {
        if (settings.call && !review_scores.count(team.organisation.value)) continue;
        problem.teams.push_back(team_of(team));
        if (settings.call) problem.teams.back().review_score = review_scores.at(team.organisation.value);
    }
    for (const auto& partner : directory.all_partners()) problem.partners.push_back(partner_of(partner));
    if (problem.teams.empty())
        return invalid("call", settings.call ? "No team of the directory belongs to a municipality selected in this call; link the teams to their municipalities."
                                             : "The directory has no Canadian team yet; add or import them first.");
    if (problem.partners.empty()) return invalid("call", "The directory has no partner local government yet; add or import them first.");
    // Rules about teams or partners outside this run do not apply to it.
    std::set<std::string> teams, partners;
    for (const auto& team : problem.teams) teams.insert(team.key);
    for (const auto& partner : problem.partners) partners.insert(partner.key);
    for (auto& rule : RunStore(*connection).rules())
        if (teams.count(rule.team) && partners.count(rule.partner)) problem.rules.push_back(std::move(rule));
    return solve_and_save(*connection, actor, settings.label, settings.call, problem);
}

Result<RunId> MatchingService::solve_and_save(db::Connection& connection, const Actor& actor, const std::string& label,
                                              std::optional<calls::CallId> call, const Problem& problem)
{
    auto matching = TRY(match(problem));
    RunSummary summary;
    summary.label = label;
    summary.call = call;
    summary.created_at = clock_.now();
    summary.total_fit = matching.total_fit;
    summary.countries_served = matching.countries_served;
    summary.pairs = static_cast<int>(matching.pairs.size());
    summary.milliseconds = static_cast<std::int64_t>(matching.statistics.total_ms + 0.5);
    return db::in_transaction(connection, [&]() -> Result<RunId> {
        RunId id = RunStore(connection).insert(summary, input_of(problem), matching_to_json(problem, matching, translator_, "en"), actor.user_id);
        audit::AuditLog(connection).record(summary.created_at, actor, "matching.run", "matching_run", std::to_string(id.value),
                                           std::to_string(summary.pairs) + " pairs, total fit " + std::to_string(summary.total_fit));
        return id;
    });
}

Result<RunId> MatchingService::run_again(const Actor& actor, RunId id)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    auto run = RunStore(*connection).find(id);
    if (!run) return not_found();
    auto problem = TRY(problem_of(run->input));
    return solve_and_save(*connection, actor, run->summary.label, run->summary.call, problem);
}

Result<std::vector<RunSummary>> MatchingService::runs(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return RunStore(*connection).list(100);
}

Result<Run> MatchingService::find(const Actor& actor, RunId id)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    auto run = RunStore(*connection).find(id);
    if (!run) return not_found();
    run->problem = TRY(problem_of(run->input));
    return std::move(*run);
}

Result<Comparison> MatchingService::compare(const Actor& actor, RunId first, RunId second)
{
    auto a = TRY(find(actor, first));
    auto b = TRY(find(actor, second));
    Comparison comparison;
    const auto in_a = pairs_of(a), in_b = pairs_of(b);
    for (const auto& pair : in_a) (in_b.count(pair) ? comparison.both : comparison.only_first).push_back(pair);
    for (const auto& pair : in_b)
        if (!in_a.count(pair)) comparison.only_second.push_back(pair);
    comparison.first_fit = a.summary.total_fit, comparison.second_fit = b.summary.total_fit;
    comparison.first_countries = a.summary.countries_served, comparison.second_countries = b.summary.countries_served;
    return comparison;
}

Result<int> MatchingService::accept(const Actor& actor, RunId id)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<int> {
        RunStore store(*connection);
        auto run = store.find(id);
        if (!run) return not_found();
        if (!store.accept(id, actor.user_id, now)) return conflict("run", "This run was accepted already; its partnerships exist.");
        auto problem = TRY(problem_of(run->input));
        std::map<std::string, const Team*> teams;
        std::map<std::string, const Partner*> partners;
        for (const auto& team : problem.teams) teams[team.key] = &team;
        for (const auto& partner : problem.partners) partners[partner.key] = &partner;
        int created = 0;
        for (const auto& pair : run->result.at("pairs")) {
            const Team* team = teams.at(pair.at("team").get<std::string>());
            const Partner* partner = partners.at(pair.at("partner").get<std::string>());
            PartnershipRow row{0, team->key, partner->key, team->name, partner->name, std::string(country_code(partner->country)), "proposed", id, now};
            if (store.add_partnership(row, now)) ++created;
        }
        audit::AuditLog(*connection).record(now, actor, "matching.accept", "matching_run", std::to_string(id.value),
                                            std::to_string(created) + " partnerships proposed");
        return created;
    });
}

Result<std::vector<std::pair<RuledPair, Seconds>>> MatchingService::rules(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return RunStore(*connection).rules_with_dates();
}

Status MatchingService::set_rule(const Actor& actor, const RuledPair& pair)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        directory::DirectoryStore directory(*connection);
        if (!directory.team(pair.team)) return invalid("team", "No team of the directory has the key {1}.", {pair.team.substr(0, 64)});
        if (!directory.partner(pair.partner)) return invalid("partner", "No local government of the directory has the key {1}.", {pair.partner.substr(0, 64)});
        RunStore(*connection).set_rule(pair, actor.user_id, now);
        audit::AuditLog(*connection).record(now, actor, "matching.rule", "pair", pair.team + " " + pair.partner, std::string(pair_rule_code(pair.rule)));
        return Ok{};
    });
}

Status MatchingService::remove_rule(const Actor& actor, const std::string& team, const std::string& partner)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        if (!RunStore(*connection).remove_rule(team, partner)) return not_found();
        audit::AuditLog(*connection).record(now, actor, "matching.rule", "pair", team + " " + partner, "removed");
        return Ok{};
    });
}

Result<std::vector<PartnershipRow>> MatchingService::partnerships(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return RunStore(*connection).partnerships();
}

}  // namespace pmi::matching
