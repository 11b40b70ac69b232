// Weighted totals and the ranking, with and without z-score normalisation.
#include <gtest/gtest.h>

#include "review/scoring.hpp"

namespace pmi::review {
namespace {

std::vector<calls::Criterion> rubric()
{
    return {{{}, {}, 3, 5}, {{}, {}, 1, 10}};
}

TEST(Scoring, AWeightedTotalRunsFromZeroToAHundred)
{
    EXPECT_DOUBLE_EQ(weighted_total(rubric(), {{1, 5, ""}, {2, 10, ""}}, true).value(), 100.0);
    EXPECT_DOUBLE_EQ(weighted_total(rubric(), {{1, 0, ""}, {2, 0, ""}}, true).value(), 0.0);
    // (3 × 4/5 + 1 × 5/10) / 4 = 0.725
    EXPECT_DOUBLE_EQ(weighted_total(rubric(), {{1, 4, ""}, {2, 5, ""}}, true).value(), 72.5);
}

TEST(Scoring, ScoresOffTheScaleOrForUnknownCriteriaNameTheCriterion)
{
    auto off = weighted_total(rubric(), {{1, 6, ""}, {2, 11, ""}, {3, 1, ""}}, true);
    ASSERT_FALSE(off.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(off.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"criterion_1", "criterion_2", "criterion_3"}));
    EXPECT_FALSE(weighted_total(rubric(), {{1, -1, ""}}, false).ok());
    auto missing = weighted_total(rubric(), {{1, 3, ""}}, true);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, "criterion_2");
    EXPECT_TRUE(weighted_total(rubric(), {{1, 3, ""}}, false).ok()) << "a draft may be incomplete";
}

TEST(Scoring, RankingOrdersByMeanAndFlagsDisagreement)
{
    auto ranking = rank({{1, {{10, 80}, {11, 90}}}, {2, {{10, 95}, {11, 40}}}, {3, {}}}, Normalisation::None);
    ASSERT_EQ(ranking.size(), 3u);
    EXPECT_EQ(ranking[0].application.value, 1);
    EXPECT_DOUBLE_EQ(ranking[0].total, 85);
    EXPECT_FALSE(ranking[0].disputed);
    EXPECT_EQ(ranking[1].application.value, 2);
    EXPECT_DOUBLE_EQ(ranking[1].spread, 55);
    EXPECT_TRUE(ranking[1].disputed);
    EXPECT_EQ(ranking[2].reviews, 0);
}

TEST(Scoring, ZScoresOffsetAHarshReviewer)
{
    // Reviewer 10 is harsh (scores 40-60), reviewer 11 lenient (80-100): each ranks the
    // applications the same way. A and B each got one reviewer; raw totals favour B, but
    // relative to its reviewer A is the best and B the worst.
    std::map<std::int64_t, std::map<std::int64_t, double>> totals = {
        {1, {{10, 60}}}, {2, {{11, 80}}}, {3, {{10, 40}, {11, 100}}}, {4, {{10, 50}, {11, 90}}}};
    auto raw = rank(totals, Normalisation::None);
    auto position = [](const std::vector<RankedApplication>& r, std::int64_t id) {
        return std::find_if(r.begin(), r.end(), [&](const auto& row) { return row.application.value == id; }) - r.begin();
    };
    EXPECT_LT(position(raw, 2), position(raw, 1));
    auto normalised = rank(totals, Normalisation::ZScore);
    EXPECT_LT(position(normalised, 1), position(normalised, 2));
    for (const auto& row : normalised) {
        EXPECT_GE(row.total, 0);
        EXPECT_LE(row.total, 100);
    }
}

TEST(Scoring, ScoreChangesNameEachCriterionBeforeAndAfter)
{
    EXPECT_EQ(score_changes({}, {{1, 3, ""}, {2, 5, ""}}), "criterion 1: none → 3, criterion 2: none → 5");
    EXPECT_EQ(score_changes({{1, 3, ""}, {2, 5, ""}}, {{2, 1, "lower"}}), "criterion 2: 5 → 1");
}

}  // namespace
}  // namespace pmi::review
