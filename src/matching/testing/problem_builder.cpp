#include "matching/testing/problem_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace pmi::matching::testing {

LanguageSet languages(const std::string& codes)
{
    LanguageSet set = 0;
    std::stringstream stream(codes);
    std::string code;
    while (std::getline(stream, code, ';')) {
        auto language = language_from_code(code);
        if (!language) throw std::invalid_argument("no such language: " + code);
        set |= language_bit(*language);
    }
    return set;
}

ProblemBuilder::ProblemBuilder()
{
    problem_.weights.area = {10, 10, 10};
    problem_.weights.review = 0;
    problem_.weights.continuity = 0;
    problem_.weights.size = 0;
}

ProblemBuilder& ProblemBuilder::team(const std::string& key, const std::string& codes, AreaLevels expertise, int capacity)
{
    Team team;
    team.key = key;
    team.name = "Team " + key;
    team.province = "ON";
    team.population = 10'000;
    team.languages = languages(codes);
    team.expertise = expertise;
    team.capacity = capacity;
    problem_.teams.push_back(team);
    return *this;
}

ProblemBuilder& ProblemBuilder::partner(const std::string& key, Country country, const std::string& codes,
                                        AreaLevels needs, int wanted)
{
    Partner partner;
    partner.key = key;
    partner.name = "Partner " + key;
    partner.country = country;
    partner.population = 10'000;
    partner.languages = languages(codes);
    partner.needs = needs;
    partner.wanted_partners = wanted;
    problem_.partners.push_back(partner);
    return *this;
}

Team& ProblemBuilder::find_team(const std::string& key)
{
    for (auto& team : problem_.teams)
        if (team.key == key) return team;
    throw std::invalid_argument("no such team: " + key);
}

ProblemBuilder& ProblemBuilder::interpretation(const std::string& key)
{
    for (auto& partner : problem_.partners)
        if (partner.key == key) partner.interpretation = true;
    return *this;
}

ProblemBuilder& ProblemBuilder::population(const std::string& key, std::int64_t population)
{
    for (auto& team : problem_.teams)
        if (team.key == key) team.population = population;
    for (auto& partner : problem_.partners)
        if (partner.key == key) partner.population = population;
    return *this;
}

ProblemBuilder& ProblemBuilder::review(const std::string& team, double score)
{
    find_team(team).review_score = score;
    return *this;
}

ProblemBuilder& ProblemBuilder::worked_together(const std::string& team, const std::string& partner)
{
    find_team(team).past_partners.push_back(partner);
    return *this;
}

ProblemBuilder& ProblemBuilder::pin(const std::string& team, const std::string& partner)
{
    problem_.rules.push_back({team, partner, PairRule::Pin});
    return *this;
}

ProblemBuilder& ProblemBuilder::forbid(const std::string& team, const std::string& partner)
{
    problem_.rules.push_back({team, partner, PairRule::Forbid});
    return *this;
}

ProblemBuilder& ProblemBuilder::coverage(CountryCoverage coverage)
{
    problem_.coverage = coverage;
    return *this;
}

ProblemBuilder& ProblemBuilder::weights(const Weights& weights)
{
    problem_.weights = weights;
    return *this;
}

std::vector<std::pair<std::string, std::string>> pair_keys(const Problem& problem, const Matching& matching)
{
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& pair : matching.pairs) keys.emplace_back(problem.teams[pair.team].key, problem.partners[pair.partner].key);
    return keys;
}

std::string broken_rules(const Problem& problem, const Matching& matching)
{
    std::ostringstream out;
    std::map<std::size_t, int> team_load, partner_load;
    std::set<std::pair<std::string, std::string>> proposed, pins, forbidden;
    std::set<Country> served;
    for (const auto& rule : problem.rules) (rule.rule == PairRule::Pin ? pins : forbidden).emplace(rule.team, rule.partner);
    std::int64_t total = 0;
    for (const auto& pair : matching.pairs) {
        const Team& team = problem.teams.at(pair.team);
        const Partner& partner = problem.partners.at(pair.partner);
        std::pair<std::string, std::string> keys{team.key, partner.key};
        if (!proposed.insert(keys).second) out << "pair " << team.key << "/" << partner.key << " twice; ";
        if (!languages_allow(team.languages, partner)) out << team.key << "/" << partner.key << " share no language; ";
        if (forbidden.count(keys)) out << team.key << "/" << partner.key << " is forbidden; ";
        if (pair.pinned != (pins.count(keys) > 0)) out << team.key << "/" << partner.key << " pinned flag wrong; ";
        bool together = std::find(team.past_partners.begin(), team.past_partners.end(), partner.key) != team.past_partners.end();
        if (pair.terms != fit_terms(problem.weights, team, partner, together) || pair.score != pair.terms.total())
            out << team.key << "/" << partner.key << " score is not its fit; ";
        total += pair.score;
        ++team_load[pair.team];
        ++partner_load[pair.partner];
        served.insert(partner.country);
    }
    for (const auto& pin : pins)
        if (!proposed.count(pin)) out << "pin " << pin.first << "/" << pin.second << " missing; ";
    for (auto [team, load] : team_load)
        if (load > problem.teams[team].capacity) out << problem.teams[team].key << " over capacity; ";
    for (auto [partner, load] : partner_load)
        if (load > problem.partners[partner].wanted_partners) out << problem.partners[partner].key << " over wanted; ";
    if (total != matching.total_fit) out << "total_fit " << matching.total_fit << " but pairs sum to " << total << "; ";
    if (static_cast<int>(served.size()) != matching.countries_served) out << "countries_served is wrong; ";
    auto by_keys = [&](const ProposedPair& a, const ProposedPair& b) {
        return std::pair{problem.teams[a.team].key, problem.partners[a.partner].key} <
               std::pair{problem.teams[b.team].key, problem.partners[b.partner].key};
    };
    if (!std::is_sorted(matching.pairs.begin(), matching.pairs.end(), by_keys)) out << "pairs not in key order; ";
    return out.str();
}

}  // namespace pmi::matching::testing
