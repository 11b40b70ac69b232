// Reviewer assignment: hand-checked cases, an exhaustive search and GLPK as references for
// the optimum, the constraints on random instances, and the time taken by a large call.
#include <gtest/gtest.h>

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "review/assignment.hpp"

namespace pmi::review {
namespace {

// A problem whose sizes follow from the suitability rows and the capacities.
AssignmentProblem make_problem(int reviews, std::vector<int> capacity, std::vector<std::vector<int>> suitability,
                               std::vector<ReviewPair> conflicts = {}, std::vector<ReviewPair> pinned = {},
                               std::vector<ReviewPair> existing = {})
{
    AssignmentProblem result;
    result.application_count = static_cast<int>(suitability.size());
    result.reviewer_count = static_cast<int>(capacity.size());
    result.reviews_per_application = reviews;
    result.capacity = std::move(capacity);
    result.suitability = std::move(suitability);
    result.conflicts = std::move(conflicts);
    result.pinned = std::move(pinned);
    result.existing = std::move(existing);
    return result;
}

bool contains(const std::vector<ReviewPair>& pairs, ReviewPair pair)
{
    return std::find(pairs.begin(), pairs.end(), pair) != pairs.end();
}

// The objective as the header states it, written again here so the solver's own sum is checked.
std::int64_t pair_cost(const AssignmentProblem& problem, int application, int reviewer)
{
    std::int64_t cost = kBestSuitability - problem.suitability[application][reviewer];
    if (contains(problem.existing, {application, reviewer})) cost -= problem.keep_bonus;
    return cost;
}

std::int64_t objective(const AssignmentProblem& problem, const std::vector<ReviewPair>& pairs)
{
    std::int64_t cost = 0;
    std::vector<std::int64_t> load(static_cast<std::size_t>(problem.reviewer_count), 0);
    for (auto [application, reviewer] : pairs) {
        cost += pair_cost(problem, application, reviewer);
        ++load[reviewer];
    }
    for (auto count : load) cost += problem.balance_weight * count * (count + 1) / 2;
    return cost;
}

// Every constraint of the problem, and the reported load and cost, checked on an assignment.
::testing::AssertionResult satisfies(const AssignmentProblem& problem, const Assignment& assignment)
{
    std::vector<std::set<int>> reviewers_of(static_cast<std::size_t>(problem.application_count));
    std::vector<int> load(static_cast<std::size_t>(problem.reviewer_count), 0);
    for (auto [application, reviewer] : assignment.pairs) {
        if (contains(problem.conflicts, {application, reviewer}))
            return ::testing::AssertionFailure() << "conflicted pair " << application << "," << reviewer;
        if (!reviewers_of[application].insert(reviewer).second)
            return ::testing::AssertionFailure() << "reviewer " << reviewer << " twice on " << application;
        ++load[reviewer];
    }
    for (int application = 0; application < problem.application_count; ++application)
        if (static_cast<int>(reviewers_of[application].size()) != problem.reviews_per_application)
            return ::testing::AssertionFailure() << "application " << application << " has "
                                                 << reviewers_of[application].size() << " reviewers";
    for (auto pin : problem.pinned)
        if (!contains(assignment.pairs, pin))
            return ::testing::AssertionFailure() << "pin " << pin.first << "," << pin.second << " dropped";
    for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
        if (load[reviewer] > problem.capacity[reviewer])
            return ::testing::AssertionFailure() << "reviewer " << reviewer << " over capacity";
    if (load != assignment.load) return ::testing::AssertionFailure() << "reported load differs";
    if (!std::is_sorted(assignment.pairs.begin(), assignment.pairs.end()))
        return ::testing::AssertionFailure() << "pairs are not sorted";
    if (objective(problem, assignment.pairs) != assignment.cost)
        return ::testing::AssertionFailure() << "cost " << assignment.cost << " but the pairs cost "
                                             << objective(problem, assignment.pairs);
    return ::testing::AssertionSuccess();
}

struct SolvedCase {
    const char* name;
    AssignmentProblem problem;
    std::int64_t cost;
    std::vector<ReviewPair> pairs;  // checked when not empty
    std::vector<int> load;          // checked when not empty
};

// Costs worked by hand with the default balance weight (4) and keep bonus (5).
const SolvedCase kSolvedCases[] = {
    {"picks_the_best_fit", make_problem(1, {1, 1, 1}, {{20, 90, 50}}), 10 + 4, {{0, 1}}, {0, 1, 0}},
    {"skips_a_conflict", make_problem(1, {1, 1, 1}, {{20, 90, 50}}, {{0, 1}}), 50 + 4, {{0, 2}}, {}},
    {"keeps_a_pin", make_problem(1, {1, 1, 1}, {{20, 90, 50}}, {}, {{0, 0}}), 80 + 4, {{0, 0}}, {}},
    // Both to reviewer 0: 38 + 38 + 4 × (1 + 2) = 88; split: 38 + 40 + 4 + 4 = 86.
    {"balance_beats_a_small_gain", make_problem(1, {2, 2}, {{62, 60}, {62, 60}}), 86, {}, {1, 1}},
    // Both to reviewer 0: 20 + 20 + 12 = 52; split: 20 + 40 + 8 = 68.
    {"a_large_gain_beats_balance", make_problem(1, {2, 2}, {{80, 60}, {80, 60}}), 52, {{0, 0}, {1, 0}}, {2, 0}},
    {"an_existing_pair_wins_a_tie", make_problem(1, {1, 1}, {{70, 70}}, {}, {}, {{0, 1}}), 30 - 5 + 4, {{0, 1}}, {}},
    {"an_existing_pair_yields_to_a_better_fit", make_problem(1, {1, 1}, {{80, 70}}, {}, {}, {{0, 1}}), 20 + 4,
     {{0, 0}}, {}},
    // The pin holds reviewer 0's first place, so a second review there costs 8, not 4:
    // 50 + 37 + 4 × 3 = 99 against 50 + 40 + 4 + 4 = 98.
    {"pins_count_towards_the_load", make_problem(1, {2, 2}, {{50, 50}, {63, 60}}, {}, {{0, 0}}), 98,
     {{0, 0}, {1, 1}}, {}},
    {"a_conflict_overrides_an_existing_pair", make_problem(1, {1, 1}, {{90, 10}}, {{0, 0}}, {}, {{0, 0}}), 90 + 4,
     {{0, 1}}, {}},
    {"no_applications", make_problem(3, {2, 2}, {}), 0, {}, {0, 0}},
};

class ReviewAssignmentSolves : public ::testing::TestWithParam<SolvedCase> {};

TEST_P(ReviewAssignmentSolves, AsWorkedByHand)
{
    const auto& c = GetParam();
    auto result = assign_reviewers(c.problem);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_TRUE(satisfies(c.problem, *result));
    EXPECT_EQ(result->cost, c.cost);
    if (!c.pairs.empty()) {
        EXPECT_EQ(result->pairs, c.pairs);
    }
    if (!c.load.empty()) {
        EXPECT_EQ(result->load, c.load);
    }
}

struct RefusedCase {
    const char* name;
    AssignmentProblem problem;
    std::string field;
    std::vector<std::string> arguments;
};

AssignmentProblem with_reviews(AssignmentProblem problem, int reviews)
{
    problem.reviews_per_application = reviews;
    return problem;
}

const RefusedCase kRefusedCases[] = {
    {"too_few_reviewers_without_a_conflict", make_problem(3, {1, 1, 1}, {{50, 50, 50}}, {{0, 2}}), "applications",
     {"0", "2", "3"}},
    {"a_reviewer_without_places_does_not_count", make_problem(2, {5, 0, 5}, {{50, 50, 50}}, {{0, 2}}),
     "applications", {"0", "1", "2"}},
    {"too_few_places_in_all", make_problem(2, {3, 3}, {{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}}), "capacity",
     {"6", "5", "2", "10"}},
    {"a_pinned_conflict", make_problem(1, {1, 1}, {{50, 50}}, {{0, 1}}, {{0, 1}}), "pinned", {"0", "1"}},
    {"capacity_below_pins", make_problem(1, {1, 2}, {{50, 50}, {50, 50}}, {}, {{0, 0}, {1, 0}}), "capacity",
     {"0", "2", "1"}},
    {"more_pins_than_reviews", make_problem(1, {2, 2}, {{50, 50}}, {}, {{0, 0}, {0, 1}}), "pinned", {"0", "2", "1"}},
    // Applications 0 and 1 can only use reviewers 0 and 1, who have one place each.
    {"a_shared_shortage", make_problem(2, {1, 1, 10}, {{50, 50, 50}, {50, 50, 50}}, {{0, 2}, {1, 2}}),
     "applications", {"2", "4", "0, 1"}},
    {"suitability_out_of_range", make_problem(1, {1}, {{101}}), "suitability", {"0", "0", "100"}},
    {"a_pair_out_of_range", make_problem(1, {1}, {{50}}, {{0, 1}}), "conflicts", {"0", "1"}},
    {"no_reviews", with_reviews(make_problem(1, {1}, {{50}}), 0), "reviews_per_application", {}},
};

class ReviewAssignmentRefuses : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(ReviewAssignmentRefuses, SayingWhy)
{
    const auto& c = GetParam();
    auto result = assign_reviewers(c.problem);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_EQ(result.error().field, c.field) << result.error().message;
    EXPECT_EQ(result.error().arguments, c.arguments) << result.error().message;
}

// Failures name the case, not the bytes of the problem.
void PrintTo(const SolvedCase& c, std::ostream* out) { *out << c.name; }
void PrintTo(const RefusedCase& c, std::ostream* out) { *out << c.name; }

auto case_name = [](const auto& info) { return std::string(info.param.name); };
INSTANTIATE_TEST_SUITE_P(Table, ReviewAssignmentSolves, ::testing::ValuesIn(kSolvedCases), case_name);
INSTANTIATE_TEST_SUITE_P(Table, ReviewAssignmentRefuses, ::testing::ValuesIn(kRefusedCases), case_name);

TEST(ReviewAssignment, ReportsEveryProblemAtOnce)
{
    auto result = assign_reviewers(make_problem(2, {1, 1}, {{50, 50}, {50, 50}}, {{0, 1}}, {{0, 1}}));
    ASSERT_FALSE(result.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(result.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"pinned", "capacity", "applications", "applications"}));
}

// Random instances built from one seed, so that a failure can be replayed.
AssignmentProblem random_problem(std::mt19937& random, int applications, int reviewers, int reviews,
                                 int most_capacity, int conflict_percent)
{
    auto draw = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    std::vector<int> capacity(static_cast<std::size_t>(reviewers));
    for (auto& places : capacity) places = draw(0, most_capacity);
    std::vector<std::vector<int>> suitability(static_cast<std::size_t>(applications));
    std::vector<ReviewPair> conflicts, pinned, existing;
    for (int application = 0; application < applications; ++application)
        for (int reviewer = 0; reviewer < reviewers; ++reviewer) {
            suitability[application].push_back(draw(0, 100));
            if (draw(0, 99) < conflict_percent) conflicts.emplace_back(application, reviewer);
            if (draw(0, 99) < 10) existing.emplace_back(application, reviewer);
        }
    for (int pin = draw(-2, 2); pin > 0; --pin) pinned.emplace_back(draw(0, applications - 1), draw(0, reviewers - 1));
    return make_problem(reviews, std::move(capacity), std::move(suitability), std::move(conflicts), std::move(pinned),
                   std::move(existing));
}

// Every feasible assignment, enumerated application by application; the least objective.
class ExhaustiveSearch {
public:
    explicit ExhaustiveSearch(const AssignmentProblem& problem)
        : problem_(problem), load_(static_cast<std::size_t>(problem.reviewer_count), 0)
    {
    }
    std::optional<std::int64_t> minimum()
    {
        visit(0, 0);
        return best_;
    }

private:
    bool allowed(int application, int reviewer) const
    {
        return !contains(problem_.conflicts, {application, reviewer}) && load_[reviewer] < problem_.capacity[reviewer];
    }
    bool pins_kept(int application) const
    {
        for (auto [pinned_application, reviewer] : problem_.pinned)
            if (pinned_application == application && !contains(pairs_, {application, reviewer})) return false;
        return true;
    }
    // Chooses the reviewers of `application` from `first_reviewer` on, then moves on.
    void visit(int application, int first_reviewer)
    {
        if (application == problem_.application_count) {
            auto cost = objective(problem_, pairs_);
            if (!best_ || cost < *best_) best_ = cost;
            return;
        }
        int chosen = static_cast<int>(std::count_if(pairs_.begin(), pairs_.end(),
                                                    [&](ReviewPair pair) { return pair.first == application; }));
        if (chosen == problem_.reviews_per_application) {
            if (pins_kept(application)) visit(application + 1, 0);
            return;
        }
        for (int reviewer = first_reviewer; reviewer < problem_.reviewer_count; ++reviewer) {
            if (!allowed(application, reviewer)) continue;
            pairs_.emplace_back(application, reviewer);
            ++load_[reviewer];
            visit(application, reviewer + 1);
            --load_[reviewer];
            pairs_.pop_back();
        }
    }

    const AssignmentProblem& problem_;
    std::vector<int> load_;
    std::vector<ReviewPair> pairs_;
    std::optional<std::int64_t> best_;
};

TEST(ReviewAssignment, FindsTheExhaustiveSearchMinimum)
{
    std::mt19937 random(20240611);
    const int kBalanceWeights[] = {0, 1, kDefaultBalanceWeight, 30};
    int feasible = 0;
    int infeasible = 0;
    int found_by_the_flow = 0;  // shortages no simple count revealed
    for (int instance = 0; instance < 300; ++instance) {
        int applications = 4 + static_cast<int>(random() % 3);
        int reviewers = 3 + static_cast<int>(random() % 3);
        int reviews = 1 + static_cast<int>(random() % 2);
        int most_capacity = (applications * reviews + reviewers - 1) / reviewers + 2;
        auto instance_problem = random_problem(random, applications, reviewers, reviews, most_capacity, 20);
        instance_problem.balance_weight = kBalanceWeights[instance % 4];
        instance_problem.keep_bonus = instance % 3 == 0 ? 0 : kDefaultKeepBonus;
        SCOPED_TRACE("instance " + std::to_string(instance));

        auto expected = ExhaustiveSearch(instance_problem).minimum();
        auto result = assign_reviewers(instance_problem);
        ASSERT_EQ(result.ok(), expected.has_value()) << (result.ok() ? "solved" : result.error().message);
        if (!expected) {
            ++infeasible;
            if (result.error().message.starts_with("Only")) ++found_by_the_flow;
            continue;
        }
        ++feasible;
        EXPECT_EQ(result->cost, *expected);
        EXPECT_TRUE(satisfies(instance_problem, *result));
    }
    // The generator must exercise both outcomes for the comparison to mean anything.
    EXPECT_GE(feasible, 100);
    EXPECT_GE(infeasible, 100);
    EXPECT_GE(found_by_the_flow, 1);
}

// A 0-1 program for GLPK: rows held at fixed values, one binary column at a time.
class BinaryProgram {
public:
    explicit BinaryProgram(const std::vector<double>& row_values) : program_(glp_create_prob())
    {
        glp_set_obj_dir(program_, GLP_MIN);
        glp_add_rows(program_, static_cast<int>(row_values.size()));
        for (std::size_t row = 0; row < row_values.size(); ++row)
            glp_set_row_bnds(program_, static_cast<int>(row) + 1, GLP_FX, row_values[row], row_values[row]);
    }
    ~BinaryProgram() { glp_delete_prob(program_); }
    BinaryProgram(const BinaryProgram&) = delete;
    BinaryProgram& operator=(const BinaryProgram&) = delete;

    // `entries` are (row from 1, coefficient); a fixed column is held at 1.
    void add_column(double cost, const std::vector<std::pair<int, double>>& entries, bool fixed)
    {
        int column = glp_add_cols(program_, 1);
        glp_set_col_kind(program_, column, GLP_BV);
        if (fixed) glp_set_col_bnds(program_, column, GLP_FX, 1, 1);
        glp_set_obj_coef(program_, column, cost);
        for (auto [row, value] : entries) {
            rows_.push_back(row);
            columns_.push_back(column);
            values_.push_back(value);
        }
    }
    std::optional<std::int64_t> minimum()
    {
        glp_load_matrix(program_, static_cast<int>(rows_.size()) - 1, rows_.data(), columns_.data(), values_.data());
        glp_iocp parameters;
        glp_init_iocp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.presolve = GLP_ON;
        if (glp_intopt(program_, &parameters) != 0 || glp_mip_status(program_) != GLP_OPT) return std::nullopt;
        return std::llround(glp_mip_obj_val(program_));
    }

private:
    glp_prob* program_;
    std::vector<int> rows_{0};  // GLPK counts from 1: index 0 is unused
    std::vector<int> columns_{0};
    std::vector<double> values_{0};
};

// The same objective as a mixed-integer program: x[a][r] = 1 when r reviews a; y[r][k] = 1
// when r takes a k-th review, at balance_weight × k; per reviewer, sum x - sum y = 0.
std::optional<std::int64_t> glpk_minimum(const AssignmentProblem& problem)
{
    std::vector<double> row_values(static_cast<std::size_t>(problem.application_count),
                                   problem.reviews_per_application);
    row_values.resize(row_values.size() + static_cast<std::size_t>(problem.reviewer_count), 0);
    BinaryProgram program(row_values);
    int reviewer_row = problem.application_count + 1;
    for (int application = 0; application < problem.application_count; ++application)
        for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
            if (!contains(problem.conflicts, {application, reviewer}))
                program.add_column(pair_cost(problem, application, reviewer),
                                   {{application + 1, 1.0}, {reviewer_row + reviewer, 1.0}},
                                   contains(problem.pinned, {application, reviewer}));
    for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
        for (int load = 1; load <= problem.capacity[reviewer]; ++load)
            program.add_column(problem.balance_weight * load, {{reviewer_row + reviewer, -1.0}}, false);
    return program.minimum();
}

TEST(ReviewAssignment, MatchesGlpkOnAMediumCall)
{
    std::mt19937 random(7);
    for (int instance = 0; instance < 3; ++instance) {
        auto medium = random_problem(random, 40, 12, 3, 16, 10);
        for (auto& places : medium.capacity) places = std::max(places, 12);
        std::erase_if(medium.pinned, [&](ReviewPair pin) { return contains(medium.conflicts, pin); });
        SCOPED_TRACE("instance " + std::to_string(instance));
        auto expected = glpk_minimum(medium);
        ASSERT_TRUE(expected.has_value());
        auto result = assign_reviewers(medium);
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(result->cost, *expected);
        EXPECT_TRUE(satisfies(medium, *result));
    }
}

TEST(ReviewAssignment, KeepsEveryConstraintOnRandomCalls)
{
    std::mt19937 random(99);
    int solved = 0;
    for (int instance = 0; instance < 30; ++instance) {
        int applications = 20 + instance;
        int reviewers = 6 + instance % 7;
        int reviews = 2 + instance % 3;
        auto call = random_problem(random, applications, reviewers, reviews, 3 * applications * reviews / reviewers, 8);
        SCOPED_TRACE("instance " + std::to_string(instance));
        auto result = assign_reviewers(call);
        if (!result.ok()) {
            EXPECT_EQ(result.error().code, ErrorCode::Invalid);
            continue;
        }
        ++solved;
        EXPECT_TRUE(satisfies(call, *result));
    }
    EXPECT_GE(solved, 15);
}

TEST(ReviewAssignment, SpreadsUniformWorkEvenly)
{
    std::vector<std::vector<int>> suitability(50, std::vector<int>(7, 70));
    auto uniform = make_problem(3, std::vector<int>(7, 50), suitability);
    auto result = assign_reviewers(uniform);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_TRUE(satisfies(uniform, *result));
    auto [least, most] = std::minmax_element(result->load.begin(), result->load.end());
    EXPECT_LE(*most - *least, 1);
}

TEST(ReviewAssignment, SolvesALargeCallQuickly)
{
    std::mt19937 random(2024);
    auto large = random_problem(random, 500, 60, 3, 30, 3);
    large.capacity.assign(60, 30);
    large.pinned.clear();
    large.existing.clear();
    auto start = std::chrono::steady_clock::now();
    auto result = assign_reviewers(large);
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_TRUE(satisfies(large, *result));
    std::cout << "[ figure ] 500×60×3 assignment: " << elapsed.count() << " ms\n";
    EXPECT_LT(elapsed.count(), 2000);
}

}  // namespace
}  // namespace pmi::review
