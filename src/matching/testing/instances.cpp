#include "matching/testing/instances.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "matching/fit.hpp"

namespace pmi::matching::testing {
namespace {

using Random = std::mt19937_64;

int draw(Random& random, int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }
bool chance(Random& random, double probability) { return std::bernoulli_distribution(probability)(random); }

std::int64_t log_normal(Random& random, double median, double spread)
{
    double value = std::exp(std::normal_distribution<double>(std::log(median), spread)(random));
    return std::clamp<std::int64_t>(std::llround(value), 1, kMostPopulation);
}

// An index drawn with the given weights.
template <std::size_t N>
std::size_t weighted(Random& random, const std::array<double, N>& weights)
{
    return std::discrete_distribution<std::size_t>(weights.begin(), weights.end())(random);
}

AreaLevels levels(Random& random)
{
    return {draw(random, 0, kMostLevel), draw(random, 0, kMostLevel), draw(random, 0, kMostLevel)};
}

LanguageSet random_languages(Random& random)
{
    LanguageSet set = 0;
    while (set == 0)
        for (std::size_t language = 0; language < 3; ++language)
            if (chance(random, 0.4)) set |= language_bit(static_cast<Language>(language));
    return set;
}

// Pins and forbidden pairs that the validation accepts: pins share a language and stay
// within capacities, no pair is both.
void add_rules(Random& random, const RandomShape& shape, Problem& problem)
{
    std::vector<int> pins_of_team(problem.teams.size(), 0), pins_of_partner(problem.partners.size(), 0);
    bool pins = chance(random, shape.pin_percent / 100.0);
    for (std::size_t t = 0; t < problem.teams.size(); ++t)
        for (std::size_t p = 0; p < problem.partners.size(); ++p) {
            const auto& team = problem.teams[t];
            const auto& partner = problem.partners[p];
            if (!languages_allow(team.languages, partner)) continue;
            if (pins && chance(random, 0.12) && pins_of_team[t] < team.capacity &&
                pins_of_partner[p] < partner.wanted_partners) {
                ++pins_of_team[t];
                ++pins_of_partner[p];
                problem.rules.push_back({team.key, partner.key, PairRule::Pin});
            } else if (chance(random, shape.forbid_percent / 100.0)) {
                problem.rules.push_back({team.key, partner.key, PairRule::Forbid});
            }
        }
}

}  // namespace

Problem random_problem(std::mt19937_64& random, const RandomShape& shape)
{
    Problem problem;
    int teams = draw(random, 1, shape.most_teams);
    int partners = draw(random, 1, shape.most_partners);
    for (int t = 0; t < teams; ++t) {
        Team team;
        team.key = "team-" + std::to_string(t);
        team.name = "Team " + std::to_string(t);
        team.province = "ON";
        team.population = log_normal(random, 20'000, 1.5);
        team.languages = random_languages(random);
        team.expertise = levels(random);
        team.capacity = draw(random, 0, 3);
        if (chance(random, 0.7)) team.review_score = draw(random, 0, 1000) / 10.0;
        problem.teams.push_back(team);
    }
    for (int p = 0; p < partners; ++p) {
        Partner partner;
        partner.key = "partner-" + std::to_string(p);
        partner.name = "Partner " + std::to_string(p);
        partner.country = static_cast<Country>(draw(random, 0, kCountryCount - 1));
        partner.population = log_normal(random, 30'000, 1.5);
        partner.languages = random_languages(random);
        partner.interpretation = chance(random, 0.1);
        partner.needs = levels(random);
        partner.wanted_partners = draw(random, kLeastWanted, kMostWanted);
        problem.partners.push_back(partner);
    }
    for (auto& team : problem.teams)
        for (const auto& partner : problem.partners)
            if (chance(random, 0.1)) team.past_partners.push_back(partner.key);
    add_rules(random, shape, problem);
    if (chance(random, 0.3)) {
        problem.weights.area = {draw(random, 0, 20), draw(random, 0, 20), draw(random, 0, 20)};
        problem.weights.review = draw(random, 0, 60);
        problem.weights.continuity = draw(random, 0, 80);
        problem.weights.size = draw(random, 0, 40);
    }
    problem.coverage = chance(random, 0.75) ? CountryCoverage::Wanted : CountryCoverage::NotWanted;
    return problem;
}

namespace {

struct CountryShape {
    Country country;
    double communes;  // in the real program's countries
    double median_population;
};
constexpr std::array<CountryShape, kCountryCount> kCountries = {{
    {Country::VN, 10'599, 8'000},
    {Country::KH, 1'652, 9'000},
    {Country::ML, 703, 20'000},
    {Country::BF, 351, 45'000},
    {Country::BO, 339, 25'000},
    {Country::CI, 201, 60'000},
    {Country::NI, 153, 35'000},
}};

struct ProvinceShape {
    const char* code;
    double municipalities;
};
constexpr std::array<ProvinceShape, 13> kProvinces = {{
    {"QC", 1'100}, {"SK", 770}, {"ON", 444}, {"AB", 340}, {"NL", 276}, {"BC", 162}, {"MB", 137},
    {"NB", 104},  {"PE", 63},  {"NS", 49},  {"NT", 33},  {"YT", 8},   {"NU", 25},
}};

Partner shaped_partner(Random& random, std::size_t index)
{
    std::array<double, kCountryCount> weights;
    for (std::size_t c = 0; c < kCountryCount; ++c) weights[c] = kCountries[c].communes;
    const CountryShape& shape = kCountries[weighted(random, weights)];
    Partner partner;
    partner.key = std::string(country_code(shape.country)) + "-" + std::to_string(index);
    partner.name = "Commune " + std::to_string(index);
    partner.country = shape.country;
    partner.region = "Region " + std::to_string(draw(random, 1, 12));
    partner.level = chance(random, 0.9) ? PartnerLevel::Commune : PartnerLevel::District;
    partner.population = log_normal(random, shape.median_population, 0.9);
    switch (shape.country) {
    case Country::BF:
    case Country::CI:
    case Country::ML: partner.languages = language_bit(Language::French); break;
    case Country::NI:
    case Country::BO: partner.languages = language_bit(Language::Spanish); break;
    case Country::KH:
    case Country::VN: {
        Language own = shape.country == Country::KH ? Language::Khmer : Language::Vietnamese;
        partner.languages = language_bit(own) | (chance(random, 0.85) ? language_bit(Language::English) : 0);
        break;
    }
    }
    partner.interpretation = chance(random, 0.25);
    partner.needs = levels(random);
    partner.wanted_partners = chance(random, 0.7) ? 1 : 2;
    return partner;
}

Team shaped_team(Random& random, std::size_t index)
{
    std::array<double, kProvinces.size()> weights;
    for (std::size_t p = 0; p < kProvinces.size(); ++p) weights[p] = kProvinces[p].municipalities;
    const ProvinceShape& province = kProvinces[weighted(random, weights)];
    Team team;
    team.key = std::string("ca-") + province.code + "-" + std::to_string(index);
    team.name = "Municipality " + std::to_string(index);
    team.province = province.code;
    team.population = log_normal(random, 2'500, 1.6);
    bool quebec = team.province == "QC";
    team.languages = quebec ? language_bit(Language::French) : language_bit(Language::English);
    if (chance(random, quebec ? 0.3 : (team.province == "NB" ? 0.5 : 0.08)))
        team.languages |= language_bit(quebec ? Language::English : Language::French);
    if (chance(random, 0.05)) team.languages |= language_bit(Language::Spanish);
    team.expertise = levels(random);
    std::array<double, 4> capacity_weights = {0.10, 0.50, 0.30, 0.10};
    team.capacity = static_cast<int>(weighted(random, capacity_weights));
    if (chance(random, 0.7)) team.review_score = draw(random, 400, 1000) / 10.0;
    return team;
}

}  // namespace

Problem shaped_problem(int teams, int partners, std::uint64_t seed)
{
    Random random(seed);
    Problem problem;
    for (int p = 0; p < partners; ++p) problem.partners.push_back(shaped_partner(random, static_cast<std::size_t>(p)));
    for (int t = 0; t < teams; ++t) problem.teams.push_back(shaped_team(random, static_cast<std::size_t>(t)));
    // A few past partnerships, pins and forbidden pairs, as a program office would have.
    auto random_pair = [&]() -> std::pair<Team*, const Partner*> {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            Team& team = problem.teams[static_cast<std::size_t>(draw(random, 0, teams - 1))];
            const Partner& partner = problem.partners[static_cast<std::size_t>(draw(random, 0, partners - 1))];
            if (team.capacity > 0 && languages_allow(team.languages, partner)) return {&team, &partner};
        }
        return {nullptr, nullptr};
    };
    for (int k = 0; k < teams / 20; ++k)
        if (auto [team, partner] = random_pair(); team) team->past_partners.push_back(partner->key);
    for (int k = 0; k < std::max(1, teams / 200); ++k) {
        auto [team, partner] = random_pair();
        if (!team) continue;
        bool taken = std::any_of(problem.rules.begin(), problem.rules.end(), [&](const RuledPair& rule) {
            return rule.team == team->key || rule.partner == partner->key;
        });
        if (!taken) problem.rules.push_back({team->key, partner->key, PairRule::Pin});
    }
    for (int k = 0; k < std::max(1, teams / 100); ++k) {
        auto [team, partner] = random_pair();
        if (!team) continue;
        bool ruled = std::any_of(problem.rules.begin(), problem.rules.end(), [&](const RuledPair& rule) {
            return rule.team == team->key && rule.partner == partner->key;
        });
        if (!ruled) problem.rules.push_back({team->key, partner->key, PairRule::Forbid});
    }
    return problem;
}

}  // namespace pmi::matching::testing
