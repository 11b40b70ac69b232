// The explanations' two searches: the quick one with a budget, and the one without, which
// the pairs with no alternative of equal worth need. Both must measure the same cycle cost.
#include <gtest/gtest.h>

#include <random>

#include "matching/explain.hpp"
#include "matching/testing/instances.hpp"

namespace pmi::matching::detail {
namespace {

TEST(MatchingExplainSearch, WithoutABudgetMeasuresWhatTheQuickSearchMeasures)
{
    std::mt19937_64 random(4242);
    int pairs = 0, with_loss = 0;
    for (int instance_number = 0; instance_number < 120; ++instance_number) {
        Problem problem = testing::random_problem(random, {9, 12, 40, 10});
        if (!check_problem(problem, 1).empty()) continue;
        Instance instance = build_instance(problem);
        Bonuses bonuses = bonuses_for(instance, problem.coverage);
        // Every allowed pair in the network: one run of network simplex is the optimum.
        CandidateSet candidates = initial_candidates(instance, estimate_potentials(instance), 1000, 1000, {});
        if (candidates.allowed_pairs == 0) continue;
        FlowSolution solution = solve_network(instance, candidates.pairs, bonuses);
        Loads loads = loads_of(instance, solution.pairs);
        auto quick = explain_pairs(instance, solution, loads, bonuses, problem.coverage, {});
        auto without_budget = explain_pairs(instance, solution, loads, bonuses, problem.coverage, {}, 0);
        ASSERT_EQ(quick.size(), without_budget.size());
        for (std::size_t k = 0; k < quick.size(); ++k) {
            SCOPED_TRACE("instance " + std::to_string(instance_number) + ", pair " + std::to_string(k));
            EXPECT_EQ(quick[k].fit_lost, without_budget[k].fit_lost);
            EXPECT_EQ(quick[k].countries_lost, without_budget[k].countries_lost);
            ++pairs;
            with_loss += quick[k].fit_lost != 0 ? 1 : 0;
        }
    }
    EXPECT_GE(pairs, 200);
    EXPECT_GE(with_loss, 50);
}

}  // namespace
}  // namespace pmi::matching::detail
