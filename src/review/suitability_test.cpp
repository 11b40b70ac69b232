#include "review/suitability.hpp"

#include <gtest/gtest.h>

namespace pmi::review {
namespace {

calls::Call call_with_area_question()
{
    calls::Call call;
    call.areas = {"enabling-environment", "inclusive-led", "trade-regional"};
    calls::Question main_area{"main-area", calls::QuestionKind::Choice, {}, {}, true, std::nullopt, {}};
    for (const auto& code : call.areas) main_area.choices.push_back({code, {}});
    calls::Question summary{"summary", calls::QuestionKind::Text, {}, {}, true, 300, {}};
    call.questions = {summary, main_area};
    return call;
}

TEST(Suitability, AreasComeFromChoiceAnswersThatNameAnAreaOfTheCall)
{
    auto call = call_with_area_question();
    EXPECT_EQ(application_areas(call, {{"main-area", "inclusive-led"}, {"summary", "trade-regional"}}),
              (std::set<std::string, std::less<>>{"inclusive-led"}));
    EXPECT_TRUE(application_areas(call, {{"main-area", "tourism"}}).empty());
    EXPECT_TRUE(application_areas(call, {}).empty());
}

TEST(Suitability, GrowsWithTheReviewersBestLevelInTheApplicationsAreas)
{
    std::set<std::string, std::less<>> areas{"inclusive-led", "trade-regional"};
    EXPECT_EQ(suitability({}, areas), 25);
    EXPECT_EQ(suitability({{"enabling-environment", 3}}, areas), 25);
    EXPECT_EQ(suitability({{"inclusive-led", 1}, {"trade-regional", 2}}, areas), 75);
    EXPECT_EQ(suitability({{"trade-regional", 3}}, areas), 100);
}

TEST(Suitability, IsNeutralWhenTheApplicationNamesNoArea)
{
    EXPECT_EQ(suitability({{"trade-regional", 3}}, {}), kNeutralSuitability);
}

}  // namespace
}  // namespace pmi::review
