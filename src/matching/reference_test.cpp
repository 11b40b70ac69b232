// The engine against references it shares no code with: GLPK solving the same problem as
// an integer program (testing/glpk_model.hpp), and the engine itself re-run with a pair
// forbidden, which is what each explanation claims to measure.
#include <gtest/gtest.h>

#include <random>

#include "matching/engine.hpp"
#include "matching/testing/glpk_model.hpp"
#include "matching/testing/instances.hpp"
#include "matching/testing/problem_builder.hpp"

namespace pmi::matching {
namespace {

using testing::ReferenceSolution;

Options narrow_first_network()
{
    Options options;
    options.candidates_per_team = 1;
    options.candidates_per_partner = 0;
    options.explanations = Explanations::None;
    return options;
}

TEST(MatchingAgainstGlpk, ReachesTheSameOptimumOnRandomProblems)
{
    std::mt19937_64 random(20251129);
    int compared = 0, covered = 0, pinned = 0, priced_back = 0, short_of_countries = 0, refused = 0;
    for (int instance = 0; instance < 260; ++instance) {
        Problem problem = testing::random_problem(random);
        SCOPED_TRACE("instance " + std::to_string(instance));
        auto engine = match(problem);
        if (!engine.ok()) {
            // The generator keeps every rule valid: only "no common language" may refuse.
            EXPECT_EQ(engine.error().field, "languages") << engine.error().message;
            ++refused;
            continue;
        }
        ReferenceSolution reference = testing::solve_with_glpk(problem);
        ASSERT_EQ(reference.status, ReferenceSolution::Status::Optimal);
        EXPECT_EQ(testing::broken_rules(problem, *engine), "");
        EXPECT_TRUE(engine->statistics.proven_optimal);
        EXPECT_EQ(engine->total_fit, reference.total_fit);
        if (problem.coverage == CountryCoverage::Wanted) {
            EXPECT_EQ(engine->countries_served, reference.countries_served);
            ++covered;
            std::set<Country> countries;
            for (const auto& partner : problem.partners) countries.insert(partner.country);
            if (reference.countries_served < static_cast<int>(countries.size())) ++short_of_countries;
        }
        // A first network of one pair per team: the pricing must bring back what it lacks.
        auto priced = match(problem, narrow_first_network());
        ASSERT_TRUE(priced.ok());
        EXPECT_EQ(priced->total_fit, reference.total_fit);
        EXPECT_EQ(priced->countries_served, engine->countries_served);
        EXPECT_TRUE(priced->statistics.proven_optimal);
        if (priced->statistics.pairs_added > 0) ++priced_back;
        if (std::any_of(problem.rules.begin(), problem.rules.end(), [](const auto& r) { return r.rule == PairRule::Pin; }))
            ++pinned;
        ++compared;
    }
    // The comparison means something only if the generator exercised every case.
    EXPECT_GE(compared, 200);
    EXPECT_GE(covered, 100);
    EXPECT_GE(pinned, 30);
    EXPECT_GE(priced_back, 50);
    EXPECT_GE(short_of_countries, 20);
    EXPECT_GE(refused, 1);
}

TEST(MatchingAgainstGlpk, ReachesTheSameOptimumOnShapedProblems)
{
    for (std::uint64_t seed : {1, 2, 3}) {
        Problem problem = testing::shaped_problem(40, 160, seed);
        SCOPED_TRACE("seed " + std::to_string(seed));
        auto engine = match(problem);
        ASSERT_TRUE(engine.ok()) << engine.error().message;
        auto reference = testing::solve_with_glpk(problem);
        ASSERT_EQ(reference.status, ReferenceSolution::Status::Optimal);
        EXPECT_EQ(engine->total_fit, reference.total_fit);
        EXPECT_EQ(engine->countries_served, reference.countries_served);
        EXPECT_EQ(testing::broken_rules(problem, *engine), "");
    }
}

TEST(MatchingPricing, ProvesTheSameOptimumAsTheWholeNetwork)
{
    Problem problem = testing::shaped_problem(300, 1200, 8);
    Options every_pair;
    every_pair.candidates_per_team = 1200;
    every_pair.explanations = Explanations::None;
    auto whole = match(problem, every_pair);
    auto narrow = match(problem, narrow_first_network());
    ASSERT_TRUE(whole.ok() && narrow.ok());
    EXPECT_EQ(whole->statistics.rounds, 1);
    EXPECT_GT(narrow->statistics.rounds, 1);
    EXPECT_GT(narrow->statistics.pairs_added, 0u);
    EXPECT_LT(narrow->statistics.candidate_pairs, whole->statistics.candidate_pairs);
    EXPECT_EQ(narrow->total_fit, whole->total_fit);
    EXPECT_EQ(narrow->countries_served, whole->countries_served);
    EXPECT_GE(narrow->statistics.pairs_checked, narrow->statistics.allowed_pairs);
}

// The problem with the pair taken out: forbidden, or for a pin, its pin turned into a ban.
Problem without_pair(Problem problem, const ProposedPair& pair)
{
    const std::string& team = problem.teams[pair.team].key;
    const std::string& partner = problem.partners[pair.partner].key;
    std::erase_if(problem.rules, [&](const RuledPair& rule) { return rule.team == team && rule.partner == partner; });
    problem.rules.push_back({team, partner, PairRule::Forbid});
    return problem;
}

void expect_side_is_real(const Problem& problem, const ProposedPair& pair)
{
    const auto& explanation = *pair.explanation;
    const Team& team = problem.teams[pair.team];
    const Partner& partner = problem.partners[pair.partner];
    auto fit = [&](const Team& t, const Partner& p) {
        bool together = std::find(t.past_partners.begin(), t.past_partners.end(), p.key) != t.past_partners.end();
        return fit_terms(problem.weights, t, p, together).total();
    };
    if (explanation.team_side.other) {
        const Partner& other = problem.partners[*explanation.team_side.other];
        EXPECT_NE(other.key, partner.key);
        EXPECT_TRUE(languages_allow(team.languages, other));
        EXPECT_EQ(explanation.team_side.score, fit(team, other));
    }
    if (explanation.partner_side.other) {
        const Team& other = problem.teams[*explanation.partner_side.other];
        EXPECT_NE(other.key, team.key);
        EXPECT_TRUE(languages_allow(other.languages, partner));
        EXPECT_EQ(explanation.partner_side.score, fit(other, partner));
    }
}

TEST(MatchingExplanations, MeasureExactlyTheOptimumWithoutThePair)
{
    std::mt19937_64 random(77);
    int pairs_checked = 0, with_alternative = 0, gains = 0, chains = 0, coverage_losses = 0;
    Options quiet;
    quiet.explanations = Explanations::None;
    for (int instance = 0; instance < 150; ++instance) {
        Problem problem = testing::random_problem(random);
        auto engine = match(problem);
        if (!engine.ok()) continue;
        SCOPED_TRACE("instance " + std::to_string(instance));
        for (const auto& pair : engine->pairs) {
            SCOPED_TRACE(problem.teams[pair.team].key + "/" + problem.partners[pair.partner].key);
            ASSERT_TRUE(pair.explanation.has_value());
            const auto& explanation = *pair.explanation;
            EXPECT_EQ(pair.terms.total(), pair.score);
            Problem without = without_pair(problem, pair);
            auto again = match(without, quiet);
            ASSERT_TRUE(again.ok()) << again.error().message;
            EXPECT_EQ(engine->total_fit - again->total_fit, explanation.fit_lost);
            if (problem.coverage == CountryCoverage::Wanted) {
                EXPECT_EQ(engine->countries_served - again->countries_served, explanation.countries_lost);
            }
            if (pairs_checked % 10 == 0) {  // and now and then, GLPK on the same question
                auto reference = testing::solve_with_glpk(without);
                ASSERT_EQ(reference.status, ReferenceSolution::Status::Optimal);
                EXPECT_EQ(engine->total_fit - reference.total_fit, explanation.fit_lost);
            }
            expect_side_is_real(problem, pair);
            ++pairs_checked;
            with_alternative += explanation.team_side.other || explanation.partner_side.other ? 1 : 0;
            gains += explanation.fit_lost < 0 ? 1 : 0;
            chains += explanation.further_changes > 0 ? 1 : 0;
            coverage_losses += explanation.countries_lost > 0 ? 1 : 0;
        }
    }
    EXPECT_GE(pairs_checked, 300);
    EXPECT_GE(with_alternative, 100);
    EXPECT_GE(gains, 5);  // pins that cost fit, or pairs that keep a country served
    EXPECT_GE(chains, 5);
    EXPECT_GE(coverage_losses, 5);
}

}  // namespace
}  // namespace pmi::matching
