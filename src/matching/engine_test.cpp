// The matching engine on problems worked out by hand: what it proposes, why places stay
// empty and countries unserved, what each pair is worth, and every rule broken on purpose.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "matching/engine.hpp"
#include "matching/testing/instances.hpp"
#include "matching/testing/problem_builder.hpp"

namespace pmi::matching {
namespace {

using testing::ProblemBuilder;
using Keys = std::vector<std::pair<std::string, std::string>>;

Matching solved(const Problem& problem, Options options = {})
{
    auto result = match(problem, options);
    if (!result.ok()) throw std::runtime_error("not solved: " + result.error().message);
    EXPECT_EQ(testing::broken_rules(problem, *result), "");
    EXPECT_TRUE(result->statistics.proven_optimal);
    return std::move(result).value();
}

std::size_t team_index(const Problem& problem, const std::string& key)
{
    for (std::size_t t = 0; t < problem.teams.size(); ++t)
        if (problem.teams[t].key == key) return t;
    throw std::invalid_argument(key);
}

std::size_t partner_index(const Problem& problem, const std::string& key)
{
    for (std::size_t p = 0; p < problem.partners.size(); ++p)
        if (problem.partners[p].key == key) return p;
    throw std::invalid_argument(key);
}

const ProposedPair& pair_of(const Problem& problem, const Matching& matching, const std::string& team,
                            const std::string& partner)
{
    for (const auto& pair : matching.pairs)
        if (problem.teams[pair.team].key == team && problem.partners[pair.partner].key == partner) return pair;
    throw std::invalid_argument(team + "/" + partner + " is not proposed");
}

const CountryReport& country_of(const Matching& matching, Country country)
{
    for (const auto& report : matching.countries)
        if (report.country == country) return report;
    throw std::invalid_argument("no such country in the report");
}

// One team with expertise 3 in the first area, and two French partners in Burkina Faso: the
// first needs 1 (fit 30), the second 3 (fit 90).
ProblemBuilder one_team_two_partners()
{
    ProblemBuilder builder;
    builder.team("ottawa", "fr;en", {3, 0, 0})
        .partner("bf-koudougou", Country::BF, "fr", {1, 0, 0})
        .partner("bf-ouagadougou", Country::BF, "fr", {3, 0, 0});
    return builder;
}

TEST(MatchingEngine, PairsOnlyThoseWhoShareALanguage)
{
    ProblemBuilder builder;
    builder.team("gatineau", "fr", {1, 1, 1})
        .team("vancouver", "es", {1, 1, 1})
        .partner("bf-bobo", Country::BF, "fr", {1, 1, 1})
        .partner("bo-sucre", Country::BO, "es", {3, 3, 3});
    auto matching = solved(builder.problem());
    EXPECT_EQ(testing::pair_keys(builder.problem(), matching), (Keys{{"gatineau", "bf-bobo"}, {"vancouver", "bo-sucre"}}));
    EXPECT_EQ(matching.total_fit, 30 + 90);
    EXPECT_EQ(matching.countries_served, 2);
}

TEST(MatchingEngine, TakesTheBestFit)
{
    auto builder = one_team_two_partners();
    auto matching = solved(builder.problem());
    EXPECT_EQ(testing::pair_keys(builder.problem(), matching), (Keys{{"ottawa", "bf-ouagadougou"}}));
    EXPECT_EQ(matching.total_fit, 90);
    ASSERT_EQ(matching.unfilled_partners.size(), 1u);
    const auto& left = matching.unfilled_partners.front();
    EXPECT_EQ(builder.problem().partners[left.partner].key, "bf-koudougou");
    EXPECT_EQ(left.reason, UnfilledReason::TakenByBetterPairs);
    EXPECT_EQ(left.best_team, team_index(builder.problem(), "ottawa"));
    EXPECT_EQ(left.best_score, 30);
}

TEST(MatchingEngine, KeepsAPinWhateverItCosts)
{
    auto builder = one_team_two_partners();
    builder.pin("ottawa", "bf-koudougou");
    auto matching = solved(builder.problem());
    EXPECT_EQ(testing::pair_keys(builder.problem(), matching), (Keys{{"ottawa", "bf-koudougou"}}));
    EXPECT_TRUE(matching.pairs.front().pinned);
    // Without the pin Ottawa would take Ouagadougou: 60 points more.
    const auto& explanation = *matching.pairs.front().explanation;
    EXPECT_EQ(explanation.fit_lost, -60);
    EXPECT_EQ(explanation.team_side.other, partner_index(builder.problem(), "bf-ouagadougou"));
    EXPECT_EQ(explanation.team_side.score, 90);
}

TEST(MatchingEngine, NeverProposesAForbiddenPair)
{
    auto builder = one_team_two_partners();
    builder.forbid("ottawa", "bf-ouagadougou");
    auto matching = solved(builder.problem());
    EXPECT_EQ(testing::pair_keys(builder.problem(), matching), (Keys{{"ottawa", "bf-koudougou"}}));
    ASSERT_EQ(matching.unfilled_partners.size(), 1u);
    EXPECT_EQ(matching.unfilled_partners.front().reason, UnfilledReason::AllForbidden);
}

TEST(MatchingEngine, AContinuityBonusCanTipTheChoice)
{
    auto builder = one_team_two_partners();
    Weights weights = builder.problem().weights;
    weights.continuity = 100;
    builder.weights(weights).worked_together("ottawa", "bf-koudougou");
    auto matching = solved(builder.problem());
    EXPECT_EQ(testing::pair_keys(builder.problem(), matching), (Keys{{"ottawa", "bf-koudougou"}}));
    EXPECT_EQ(matching.pairs.front().terms.continuity, 100);
    EXPECT_EQ(matching.total_fit, 130);
}

TEST(MatchingEngine, FillsCapacitiesAndWantedNumbers)
{
    ProblemBuilder builder;
    builder.team("laval", "fr", {3, 3, 3}, 2)
        .team("levis", "fr", {1, 1, 1}, 2)
        .partner("ml-kayes", Country::ML, "fr", {3, 3, 3}, 2)
        .partner("ml-mopti", Country::ML, "fr", {1, 1, 1}, 2);
    auto matching = solved(builder.problem());
    EXPECT_EQ(matching.pairs.size(), 4u);
    EXPECT_EQ(matching.total_fit, 270 + 90 + 90 + 30);
    EXPECT_TRUE(matching.unfilled_teams.empty());
    EXPECT_TRUE(matching.unfilled_partners.empty());
}

// Ottawa fits Burkina Faso best, but only it can serve Vietnam.
ProblemBuilder coverage_case()
{
    ProblemBuilder builder;
    builder.team("ottawa", "fr;en", {3, 0, 0})
        .team("sherbrooke", "fr", {1, 0, 0})
        .partner("bf-banfora", Country::BF, "fr", {3, 0, 0})
        .partner("bf-dori", Country::BF, "fr", {3, 0, 0})
        .partner("vn-hue", Country::VN, "vi;en", {2, 0, 0});
    return builder;
}

TEST(MatchingEngine, ServesEveryCountryItCanBeforeMaximisingFit)
{
    auto builder = coverage_case();
    auto matching = solved(builder.problem());
    EXPECT_EQ(matching.countries_served, 2);
    EXPECT_EQ(matching.total_fit, 60 + 30);
    EXPECT_NO_THROW(pair_of(builder.problem(), matching, "ottawa", "vn-hue"));
    EXPECT_EQ(country_of(matching, Country::VN).outcome, CountryOutcome::Served);
    // Without the pair, Vietnam goes unserved and Ottawa takes a better fit in Burkina Faso.
    const auto& explanation = *pair_of(builder.problem(), matching, "ottawa", "vn-hue").explanation;
    EXPECT_EQ(explanation.countries_lost, 1);
    EXPECT_EQ(explanation.fit_lost, -30);
    EXPECT_EQ(explanation.team_side.score, 90);
    EXPECT_FALSE(explanation.partner_side.other.has_value());
}

TEST(MatchingEngine, WithoutCoverageTheFitDecides)
{
    auto builder = coverage_case();
    builder.coverage(CountryCoverage::NotWanted);
    auto matching = solved(builder.problem());
    EXPECT_EQ(matching.countries_served, 1);
    EXPECT_EQ(matching.total_fit, 90 + 30);
    const auto& vietnam = country_of(matching, Country::VN);
    EXPECT_EQ(vietnam.outcome, CountryOutcome::NotAsked);
    EXPECT_EQ(vietnam.partners, 1);
}

TEST(MatchingEngine, ExplainsWhatThePairIsWorthOnEachSide)
{
    auto builder = one_team_two_partners();
    auto matching = solved(builder.problem());
    const auto& pair = matching.pairs.front();
    EXPECT_EQ(pair.terms.total(), pair.score);
    const auto& explanation = *pair.explanation;
    EXPECT_EQ(explanation.fit_lost, 60);  // Koudougou instead: 30 points for 90
    EXPECT_EQ(explanation.countries_lost, 0);
    EXPECT_EQ(explanation.team_side.other, partner_index(builder.problem(), "bf-koudougou"));
    EXPECT_EQ(explanation.team_side.score, 30);
    EXPECT_FALSE(explanation.partner_side.other.has_value());  // no other team for Ouagadougou
    EXPECT_EQ(explanation.further_changes, 0);
}

TEST(MatchingEngine, AChainOfChangesIsCountedInTheExplanation)
{
    // Without (a, p1): b leaves p2 for p1, and a takes p2.
    ProblemBuilder builder;
    builder.team("a", "fr", {3, 0, 0})
        .team("b", "fr", {2, 0, 0})
        .partner("p1", Country::BF, "fr", {3, 0, 0})
        .partner("p2", Country::BF, "fr", {1, 0, 0});
    auto matching = solved(builder.problem());
    const auto& explanation = *pair_of(builder.problem(), matching, "a", "p1").explanation;
    // Now a-p1 90 + b-p2 20 = 110; without it: a-p2 30 + b-p1 60 = 90.
    EXPECT_EQ(explanation.fit_lost, 20);
    EXPECT_EQ(explanation.team_side.other, partner_index(builder.problem(), "p2"));
    EXPECT_EQ(explanation.partner_side.other, team_index(builder.problem(), "b"));
    EXPECT_EQ(explanation.further_changes, 1);  // b leaves p2
}

TEST(MatchingEngine, SaysWhyTeamsHavePlacesLeft)
{
    ProblemBuilder builder;
    builder.team("no-places", "fr", {3, 3, 3}, 0)
        .team("khmer-only", "km", {3, 3, 3})
        .team("all-forbidden", "es", {3, 3, 3})
        .team("outfitted", "fr", {1, 0, 0})
        .team("strong", "fr", {3, 0, 0})
        .partner("bf-a", Country::BF, "fr", {3, 0, 0})
        .partner("bo-a", Country::BO, "es", {3, 0, 0})
        .forbid("all-forbidden", "bo-a");
    auto matching = solved(builder.problem());
    std::map<std::string, UnfilledReason> reasons;
    for (const auto& team : matching.unfilled_teams) reasons[builder.problem().teams[team.team].key] = team.reason;
    EXPECT_EQ(reasons, (std::map<std::string, UnfilledReason>{{"no-places", UnfilledReason::NoCapacity},
                                                              {"khmer-only", UnfilledReason::NoCommonLanguage},
                                                              {"all-forbidden", UnfilledReason::AllForbidden},
                                                              {"outfitted", UnfilledReason::TakenByBetterPairs}}));
    for (const auto& team : matching.unfilled_teams)
        if (builder.problem().teams[team.team].key == "outfitted") {
            EXPECT_EQ(team.best_partner, partner_index(builder.problem(), "bf-a"));
            EXPECT_EQ(team.best_score, 30);
            EXPECT_EQ(team.places_left, 1);
        }
    // Bolivia's only partner is forbidden to the only Spanish-speaking team.
    EXPECT_EQ(country_of(matching, Country::BO).outcome, CountryOutcome::AllForbidden);
}

TEST(MatchingEngine, SaysWhyACountryIsNotServed)
{
    ProblemBuilder builder;
    builder.team("bilingual", "fr;es", {3, 0, 0})
        .team("pinned", "km;vi", {1, 0, 0})
        .partner("bf-a", Country::BF, "fr", {3, 0, 0})
        .partner("bo-a", Country::BO, "es", {1, 0, 0})
        .partner("kh-a", Country::KH, "km", {3, 0, 0})
        .partner("vn-a", Country::VN, "vi", {1, 0, 0})
        .partner("ci-a", Country::CI, "en", {3, 0, 0})
        .pin("pinned", "vn-a");
    auto matching = solved(builder.problem());
    EXPECT_EQ(country_of(matching, Country::BF).outcome, CountryOutcome::Served);
    EXPECT_EQ(country_of(matching, Country::VN).outcome, CountryOutcome::Served);
    // Bilingual serves Burkina Faso or Bolivia: one country either way, 90 points against 30.
    EXPECT_EQ(country_of(matching, Country::BO).outcome, CountryOutcome::NeededElsewhere);
    EXPECT_EQ(country_of(matching, Country::BO).served_instead, std::vector<Country>{Country::BF});
    EXPECT_EQ(country_of(matching, Country::KH).outcome, CountryOutcome::NoPlacesLeft);
    EXPECT_EQ(country_of(matching, Country::CI).outcome, CountryOutcome::NoCommonLanguage);
    EXPECT_EQ(matching.countries_served, 2);
}

TEST(MatchingEngine, InterpretationOpensAPartnerToEveryTeam)
{
    ProblemBuilder builder;
    builder.team("calgary", "en", {0, 3, 0}).partner("kh-siem-reap", Country::KH, "km", {0, 3, 0});
    EXPECT_FALSE(match(builder.problem()).ok());
    builder.interpretation("kh-siem-reap");
    auto matching = solved(builder.problem());
    EXPECT_EQ(testing::pair_keys(builder.problem(), matching), (Keys{{"calgary", "kh-siem-reap"}}));
}

TEST(MatchingEngine, RefusesAProblemWhereNoOneSharesALanguage)
{
    ProblemBuilder builder;
    builder.team("calgary", "en", {3, 3, 3})
        .team("rimouski", "fr", {3, 3, 3})
        .partner("vn-hue", Country::VN, "vi", {3, 3, 3})
        .partner("ni-leon", Country::NI, "es", {3, 3, 3});
    auto result = match(builder.problem());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, "languages");
    EXPECT_TRUE(result.error().message.starts_with("No team shares a working language with any partner"))
        << result.error().message;
}

struct RefusedCase {
    const char* name;
    Problem problem;
    std::string field;
    std::vector<std::string> arguments;
};

Problem changed(std::function<void(Problem&)> change)
{
    ProblemBuilder builder;
    builder.team("ottawa", "fr;en", {3, 0, 0}, 2)
        .team("laval", "fr", {1, 0, 0})
        .partner("bf-a", Country::BF, "fr", {3, 0, 0})
        .partner("vn-a", Country::VN, "vi;en", {1, 0, 0});
    Problem problem = builder.problem();
    change(problem);
    return problem;
}

const RefusedCase kRefusedCases[] = {
    {"capacity_too_high", changed([](Problem& p) { p.teams[0].capacity = 21; }), "teams.capacity", {"ottawa", "20"}},
    {"negative_capacity", changed([](Problem& p) { p.teams[1].capacity = -1; }), "teams.capacity", {"laval", "20"}},
    {"wants_three", changed([](Problem& p) { p.partners[0].wanted_partners = 3; }), "partners.wanted_partners",
     {"bf-a", "1", "2"}},
    {"wants_none", changed([](Problem& p) { p.partners[1].wanted_partners = 0; }), "partners.wanted_partners",
     {"vn-a", "1", "2"}},
    {"expertise_above_3", changed([](Problem& p) { p.teams[0].expertise[1] = 4; }), "teams.expertise_inclusive_led",
     {"ottawa", "inclusive-led"}},
    {"need_below_0", changed([](Problem& p) { p.partners[0].needs[2] = -1; }), "partners.need_trade_regional",
     {"bf-a", "trade-regional"}},
    {"review_over_100", changed([](Problem& p) { p.teams[0].review_score = 120; }), "teams.review_score", {"ottawa"}},
    {"no_language", changed([](Problem& p) { p.teams[1].languages = 0; }), "teams.languages", {"laval"}},
    {"no_population", changed([](Problem& p) { p.partners[0].population = 0; }), "partners.population",
     {"bf-a", "100000000"}},
    {"key_with_a_space", changed([](Problem& p) { p.teams[1].key = "la val"; }), "teams.key", {"la val", "64"}},
    {"duplicate_team_key", changed([](Problem& p) { p.teams[1].key = "ottawa"; }), "teams.key", {"ottawa"}},
    {"duplicate_partner_key", changed([](Problem& p) { p.partners[1].key = "bf-a"; }), "partners.key", {"bf-a"}},
    {"name_with_a_line_break", changed([](Problem& p) { p.partners[1].name = "Hue\nCity"; }), "partners.name",
     {"vn-a", "200"}},
    {"weight_too_high", changed([](Problem& p) { p.weights.review = 101; }), "weights.review", {"review", "100"}},
    {"area_weight_negative", changed([](Problem& p) { p.weights.area[0] = -1; }), "weights.enabling-environment",
     {"enabling-environment", "100"}},
    {"rule_names_no_team", changed([](Problem& p) { p.rules.push_back({"nobody", "bf-a", PairRule::Pin}); }),
     "pairs.team", {"nobody"}},
    {"rule_names_no_partner", changed([](Problem& p) { p.rules.push_back({"ottawa", "nowhere", PairRule::Forbid}); }),
     "pairs.partner", {"nowhere"}},
    {"pinned_and_forbidden", changed([](Problem& p) {
         p.rules.push_back({"ottawa", "bf-a", PairRule::Pin});
         p.rules.push_back({"ottawa", "bf-a", PairRule::Forbid});
     }),
     "pairs.rule", {"ottawa", "bf-a"}},
    {"pin_without_a_common_language", changed([](Problem& p) { p.rules.push_back({"laval", "vn-a", PairRule::Pin}); }),
     "pairs.rule", {"laval", "vn-a"}},
    {"more_pins_than_capacity", changed([](Problem& p) {
         p.rules.push_back({"laval", "bf-a", PairRule::Pin});
         p.partners.push_back(p.partners[0]);
         p.partners.back().key = "bf-b";
         p.rules.push_back({"laval", "bf-b", PairRule::Pin});
     }),
     "pairs.rule", {"laval", "2", "1"}},
    {"more_pins_than_wanted", changed([](Problem& p) {
         p.rules.push_back({"laval", "bf-a", PairRule::Pin});
         p.rules.push_back({"ottawa", "bf-a", PairRule::Pin});
     }),
     "pairs.rule", {"bf-a", "2", "1"}},
    {"no_teams", changed([](Problem& p) { p.teams.clear(); }), "teams", {}},
    {"no_partners", changed([](Problem& p) { p.partners.clear(); }), "partners", {}},
};

class MatchingRefuses : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(MatchingRefuses, NamingTheFieldAndTheKey)
{
    auto result = match(GetParam().problem);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_EQ(result.error().field, GetParam().field) << result.error().message;
    EXPECT_EQ(result.error().arguments, GetParam().arguments) << result.error().message;
    EXPECT_EQ(result.error().message.find(':'), std::string::npos) << "message ids hold no ':'";
}

void PrintTo(const RefusedCase& c, std::ostream* out) { *out << c.name; }
INSTANTIATE_TEST_SUITE_P(Table, MatchingRefuses, ::testing::ValuesIn(kRefusedCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(MatchingEngine, ReportsEveryProblemAtOnce)
{
    auto result = match(changed([](Problem& p) {
        p.teams[0].capacity = 30;
        p.partners[1].wanted_partners = 5;
        p.rules.push_back({"laval", "vn-a", PairRule::Pin});
    }));
    ASSERT_FALSE(result.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(result.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"teams.capacity", "partners.wanted_partners", "pairs.rule"}));
}

Problem shuffled(Problem problem, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::shuffle(problem.teams.begin(), problem.teams.end(), random);
    std::shuffle(problem.partners.begin(), problem.partners.end(), random);
    std::shuffle(problem.rules.begin(), problem.rules.end(), random);
    return problem;
}

// Everything the engine says, by keys, so two runs on reordered rows can be compared.
std::vector<std::string> described(const Problem& problem, const Matching& matching)
{
    std::vector<std::string> lines;
    auto partner_key = [&](std::optional<std::size_t> p) { return p ? problem.partners[*p].key : std::string("-"); };
    auto team_key = [&](std::optional<std::size_t> t) { return t ? problem.teams[*t].key : std::string("-"); };
    for (const auto& pair : matching.pairs) {
        const auto& e = *pair.explanation;
        lines.push_back(problem.teams[pair.team].key + " " + problem.partners[pair.partner].key + " " +
                        std::to_string(pair.score) + " lost " + std::to_string(e.fit_lost) + " " +
                        partner_key(e.team_side.other) + " " + team_key(e.partner_side.other) + " " +
                        std::to_string(e.further_changes));
    }
    for (const auto& team : matching.unfilled_teams)
        lines.push_back(problem.teams[team.team].key + " " + std::string(unfilled_reason_code(team.reason)) + " " +
                        partner_key(team.best_partner));
    for (const auto& partner : matching.unfilled_partners)
        lines.push_back(problem.partners[partner.partner].key + " " +
                        std::string(unfilled_reason_code(partner.reason)) + " " + team_key(partner.best_team));
    for (const auto& country : matching.countries)
        lines.push_back(std::string(country_code(country.country)) + " " +
                        std::string(country_outcome_code(country.outcome)));
    return lines;
}

TEST(MatchingEngine, GivesTheSameResultWhateverTheOrderOfTheRows)
{
    Problem problem = testing::shaped_problem(80, 300, 11);
    auto first = solved(problem);
    auto again = solved(problem);
    auto reordered = solved(shuffled(problem, 5));
    Problem reordered_problem = shuffled(problem, 5);
    EXPECT_EQ(described(problem, first), described(problem, again));
    EXPECT_EQ(described(problem, first), described(reordered_problem, reordered));
    EXPECT_GT(first.pairs.size(), 20u);
}

TEST(MatchingEngine, ReportsProgressStageByStage)
{
    Problem problem = testing::shaped_problem(40, 100, 3);
    std::vector<Stage> stages;
    Options options;
    options.progress = [&](Stage stage, double done) {
        EXPECT_GE(done, 0.0);
        EXPECT_LE(done, 1.0);
        if (stages.empty() || stages.back() != stage) stages.push_back(stage);
    };
    solved(problem, options);
    ASSERT_FALSE(stages.empty());
    EXPECT_EQ(stages.front(), Stage::Candidates);
    EXPECT_EQ(stages.back(), Stage::Reasons);
    EXPECT_NE(std::find(stages.begin(), stages.end(), Stage::Explaining), stages.end());
}

TEST(MatchingEngine, AnswersAProgramSizedProblemQuickly)
{
    Problem problem = testing::shaped_problem(40, 120, 21);
    auto matching = solved(problem);
    // Tens of teams and partners: well under 100 ms even in a sanitizer build.
    EXPECT_LT(matching.statistics.total_ms, 100.0);
}

}  // namespace
}  // namespace pmi::matching
