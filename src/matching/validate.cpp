// The checks every problem passes before it is solved. Each names its field and, first in
// its arguments, the key of the team or partner (or the pair) concerned.
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <algorithm>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "matching/instance.hpp"

namespace pmi::matching::detail {
namespace {

std::string number(long long value) { return std::to_string(value); }

bool valid_key(std::string_view key)
{
    if (key.empty() || key.size() > kMostKeyLength) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.'))
            return false;
    return true;
}

bool valid_name(std::string_view name)
{
    return text::valid_utf8(name) && text::length(name) <= kMostNameLength && !text::has_control_characters(name, false);
}

// Collects problems up to a limit: an officer reads the first ones, not thousands.
class Problems {
public:
    explicit Problems(std::size_t most) : most_(most) {}
    void add(Error error)
    {
        if (errors_.size() < most_) errors_.push_back(std::move(error));
    }
    bool full() const { return errors_.size() >= most_; }
    std::vector<Error> take() { return std::move(errors_); }

private:
    std::size_t most_;
    std::vector<Error> errors_;
};

void check_weights(const Weights& weights, Problems& problems)
{
    auto check = [&](std::string name, int value) {
        if (value < 0 || value > kMostWeight)
            problems.add(invalid("weights." + name, "The weight {1} must be a whole number from 0 to {2}.",
                                 {name, number(kMostWeight)}));
    };
    for (std::size_t a = 0; a < kAreaCount; ++a) check(std::string(area_code(static_cast<Area>(a))), weights.area[a]);
    check("review", weights.review);
    check("continuity", weights.continuity);
    check("size", weights.size);
}

void check_common(const std::string& kind, const std::string& key, std::string_view name, std::int64_t population,
                  LanguageSet languages, Problems& problems)
{
    if (!valid_key(key))
        problems.add(invalid(kind + ".key", "The key {1} must be 1 to {2} characters, each a letter, a digit, '-', '_' or '.'.",
                             {key, number(kMostKeyLength)}));
    if (!valid_name(name))
        problems.add(invalid(kind + ".name", "The name of {1} must be one line of at most {2} characters.",
                             {key, number(kMostNameLength)}));
    if (population < 1 || population > kMostPopulation)
        problems.add(invalid(kind + ".population", "The population of {1} must be a whole number from 1 to {2}.",
                             {key, number(kMostPopulation)}));
    if (languages == 0 || languages >= (1u << kLanguageCount))
        problems.add(invalid(kind + ".languages",
                             "{1} has no working language. Give at least one of en, fr, es, km and vi.", {key}));
}

void check_levels(const std::string& field_prefix, const std::string& key, const AreaLevels& levels,
                  const char* message, Problems& problems)
{
    for (std::size_t a = 0; a < kAreaCount; ++a)
        if (levels[a] < 0 || levels[a] > kMostLevel) {
            std::string area(area_code(static_cast<Area>(a)));
            std::string field = area;
            std::replace(field.begin(), field.end(), '-', '_');
            problems.add(invalid(field_prefix + field, message, {key, area}));
        }
}

void check_team(const Team& team, Problems& problems)
{
    check_common("teams", team.key, team.name, team.population, team.languages, problems);
    if (!valid_name(team.province))
        problems.add(invalid("teams.province", "The province of {1} must be one line of at most {2} characters.",
                             {team.key, number(kMostNameLength)}));
    check_levels("teams.expertise_", team.key, team.expertise, N_("The expertise of team {1} in {2} must be 0 to 3."),
                 problems);
    if (team.capacity < 0 || team.capacity > kMostCapacity)
        problems.add(invalid("teams.capacity", "The capacity of team {1} must be a whole number from 0 to {2}.",
                             {team.key, number(kMostCapacity)}));
    if (team.review_score && !(std::isfinite(*team.review_score) && *team.review_score >= 0 && *team.review_score <= 100))
        problems.add(invalid("teams.review_score",
                             "The review score of team {1} must be from 0 to 100, or empty when there is none.",
                             {team.key}));
    if (team.past_partners.size() > kMostPastPartners)
        problems.add(invalid("teams.past_partners", "Team {1} lists more than {2} past partners.",
                             {team.key, number(kMostPastPartners)}));
}

void check_partner(const Partner& partner, Problems& problems)
{
    check_common("partners", partner.key, partner.name, partner.population, partner.languages, problems);
    if (!valid_name(partner.region))
        problems.add(invalid("partners.region", "The region of {1} must be one line of at most {2} characters.",
                             {partner.key, number(kMostNameLength)}));
    if (static_cast<std::size_t>(partner.country) >= kCountryCount)
        problems.add(invalid("partners.country", "The country of partner {1} is not one of the program's countries.",
                             {partner.key}));
    check_levels("partners.need_", partner.key, partner.needs, N_("The need of partner {1} in {2} must be 0 to 3."),
                 problems);
    if (partner.wanted_partners < kLeastWanted || partner.wanted_partners > kMostWanted)
        problems.add(invalid("partners.wanted_partners", "Partner {1} must want {2} to {3} teams.",
                             {partner.key, number(kLeastWanted), number(kMostWanted)}));
}

template <typename Item>
void check_unique_keys(const std::vector<Item>& items, const std::string& kind, const char* message, Problems& problems)
{
    std::unordered_set<std::string_view> seen;
    seen.reserve(items.size());
    for (const auto& item : items)
        if (!seen.insert(item.key).second) problems.add(invalid(kind + ".key", message, {item.key}));
}

// Rules naming unknown keys, pairs both pinned and forbidden, and pins that break a
// constraint: each is an error, never dropped.
void check_rules(const Problem& problem, Problems& problems)
{
    std::unordered_map<std::string_view, const Team*> teams;
    std::unordered_map<std::string_view, const Partner*> partners;
    for (const auto& team : problem.teams) teams.emplace(team.key, &team);
    for (const auto& partner : problem.partners) partners.emplace(partner.key, &partner);
    std::map<std::pair<std::string_view, std::string_view>, PairRule> seen;
    std::map<std::string_view, int> team_pins, partner_pins;
    for (const auto& rule : problem.rules) {
        auto team = teams.find(rule.team);
        auto partner = partners.find(rule.partner);
        if (team == teams.end())
            problems.add(invalid("pairs.team", "A pair names the team {1}, which is not among the teams.", {rule.team}));
        if (partner == partners.end())
            problems.add(invalid("pairs.partner", "A pair names the partner {1}, which is not among the partners.",
                                 {rule.partner}));
        if (team == teams.end() || partner == partners.end()) continue;
        auto [earlier, inserted] = seen.emplace(std::pair<std::string_view, std::string_view>{rule.team, rule.partner}, rule.rule);
        if (!inserted) {
            if (earlier->second != rule.rule)
                problems.add(invalid("pairs.rule", "The pair {1} and {2} is both pinned and forbidden. Keep one rule.",
                                     {rule.team, rule.partner}));
            continue;
        }
        if (rule.rule != PairRule::Pin) continue;
        if (!languages_allow(team->second->languages, *partner->second))
            problems.add(invalid("pairs.rule",
                                 "The pinned pair {1} and {2} shares no working language, and the partner has no "
                                 "interpretation. Remove the pin or mark interpretation as available.",
                                 {rule.team, rule.partner}));
        ++team_pins[rule.team];
        ++partner_pins[rule.partner];
    }
    for (auto [key, pins] : team_pins)
        if (pins > teams.at(key)->capacity)
            problems.add(invalid("pairs.rule",
                                 "Team {1} has {2} pinned partners and a capacity of {3}. Raise its capacity or remove "
                                 "a pin.",
                                 {std::string(key), number(pins), number(teams.at(key)->capacity)}));
    for (auto [key, pins] : partner_pins)
        if (pins > partners.at(key)->wanted_partners)
            problems.add(invalid("pairs.rule",
                                 "Partner {1} has {2} pinned teams and wants {3}. Remove a pin or raise the number it "
                                 "wants.",
                                 {std::string(key), number(pins), number(partners.at(key)->wanted_partners)}));
}

void check_sizes(const Problem& problem, Problems& problems)
{
    if (problem.teams.empty()) problems.add(invalid("teams", "Give at least one team."));
    if (problem.teams.size() > kMostTeams)
        problems.add(invalid("teams", "Give at most {1} teams.", {number(static_cast<long long>(kMostTeams))}));
    if (problem.partners.empty()) problems.add(invalid("partners", "Give at least one partner."));
    if (problem.partners.size() > kMostPartners)
        problems.add(invalid("partners", "Give at most {1} partners.", {number(static_cast<long long>(kMostPartners))}));
    if (problem.rules.size() > kMostPairRules)
        problems.add(invalid("pairs", "Give at most {1} pinned or forbidden pairs.",
                             {number(static_cast<long long>(kMostPairRules))}));
}

}  // namespace

std::vector<Error> check_problem(const Problem& problem, std::size_t most)
{
    Problems problems(most);
    check_sizes(problem, problems);
    if (problems.full() || problem.teams.size() > kMostTeams || problem.partners.size() > kMostPartners ||
        problem.rules.size() > kMostPairRules)
        return problems.take();
    check_weights(problem.weights, problems);
    for (const auto& team : problem.teams) check_team(team, problems);
    for (const auto& partner : problem.partners) check_partner(partner, problems);
    check_unique_keys(problem.teams, "teams", N_("Two teams have the key {1}. Give each team its own key."), problems);
    check_unique_keys(problem.partners, "partners", N_("Two partners have the key {1}. Give each partner its own key."),
                      problems);
    check_rules(problem, problems);
    return problems.take();
}

}  // namespace pmi::matching::detail
