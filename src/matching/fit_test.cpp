// The fit score, term by term, as fit.hpp documents it.
#include <gtest/gtest.h>

#include "matching/fit.hpp"

namespace pmi::matching {
namespace {

Team team_with(AreaLevels expertise, std::int64_t population, std::optional<double> review)
{
    Team team;
    team.key = "t";
    team.population = population;
    team.languages = language_bit(Language::French);
    team.expertise = expertise;
    team.review_score = review;
    return team;
}

Partner partner_with(AreaLevels needs, std::int64_t population)
{
    Partner partner;
    partner.key = "p";
    partner.population = population;
    partner.languages = language_bit(Language::French);
    partner.needs = needs;
    return partner;
}

TEST(MatchingFit, AddsTheDocumentedTerms)
{
    Weights weights;  // 10/10/10, review 30, continuity 40, size 20
    auto terms = fit_terms(weights, team_with({3, 1, 0}, 10'000, 80.0), partner_with({2, 3, 3}, 10'000), true);
    EXPECT_EQ(terms.area, (AreaLevels{60, 30, 0}));
    EXPECT_EQ(terms.review, 24);      // 30 × 80 / 100
    EXPECT_EQ(terms.continuity, 40);
    EXPECT_EQ(terms.size, 20);        // same population class
    EXPECT_EQ(terms.total(), 60 + 30 + 0 + 24 + 40 + 20);
}

TEST(MatchingFit, ATeamWithoutAReviewCountsAsNeutral)
{
    EXPECT_EQ(review_points(30, std::nullopt), 15);
    EXPECT_EQ(review_points(30, 0.0), 0);
    EXPECT_EQ(review_points(30, 100.0), 30);
    EXPECT_EQ(review_points(30, 51.7), 16);  // 15.51 rounds to 16
}

struct SizeCase {
    std::int64_t team, partner;
    int points;  // with weight 20
};

TEST(MatchingFit, SizeSimilarityFallsWithThePopulationRatio)
{
    const SizeCase cases[] = {
        {10'000, 10'000, 20},    // the same class (40)
        {10'000, 12'000, 19},    // classes 40 and 41: 20 × 19 / 20
        {10'000, 100'000, 10},   // ten times: 10 classes of 20
        {100'000, 10'000, 10},   // either way round
        {10'000, 1'000'000, 0},  // a hundred times: nothing
        {1, 50, 3},              // classes 0 and 17: 20 × 3 / 20
    };
    for (const auto& c : cases)
        EXPECT_EQ(size_points(20, population_class(c.team), population_class(c.partner)), c.points)
            << c.team << " and " << c.partner;
}

TEST(MatchingFit, LanguagesAllowASharedLanguageOrInterpretation)
{
    Partner partner = partner_with({0, 0, 0}, 1);
    partner.languages = language_bit(Language::Vietnamese);
    EXPECT_FALSE(languages_allow(language_bit(Language::English), partner));
    partner.languages |= language_bit(Language::English);
    EXPECT_TRUE(languages_allow(language_bit(Language::English), partner));
    partner.languages = language_bit(Language::Khmer);
    partner.interpretation = true;
    EXPECT_TRUE(languages_allow(language_bit(Language::French), partner));
}

}  // namespace
}  // namespace pmi::matching
