// The pure rules of stories: which decision each state allows, the checks of a story's and a
// photo's texts, and the addresses titles give.
#include "stories/rules.hpp"

#include <gtest/gtest.h>

namespace pmi::stories {
namespace {

const std::vector<std::string> kLanguages{"en", "fr", "es"};

TEST(StoryRulesTest, EachDecisionAppliesInItsStatesOnly)
{
    using S = StoryStatus;
    using D = StoryDecision;
    struct Case {
        S from;
        D decision;
        std::optional<S> to;
    };
    const Case cases[] = {
        {S::Draft, D::Approve, std::nullopt},       {S::Submitted, D::Approve, S::Approved},  {S::Approved, D::Approve, std::nullopt},
        {S::Draft, D::Return, std::nullopt},        {S::Submitted, D::Return, S::Draft},      {S::Approved, D::Return, S::Draft},
        {S::Published, D::Return, std::nullopt},    {S::Submitted, D::Publish, std::nullopt}, {S::Approved, D::Publish, S::Published},
        {S::Published, D::Publish, std::nullopt},   {S::Published, D::Unpublish, S::Approved}, {S::Approved, D::Unpublish, std::nullopt},
    };
    for (const auto& c : cases)
        EXPECT_EQ(after(c.from, c.decision), c.to) << status_code(c.from) << " " << static_cast<int>(c.decision);
    EXPECT_EQ(decision_from_code("publish"), D::Publish);
    EXPECT_FALSE(decision_from_code("delete"));
    EXPECT_EQ(status_from_code(status_code(S::Submitted)), S::Submitted);
}

TEST(StoryRulesTest, AStoryNeedsATitleInTheLanguageOfEachText)
{
    EXPECT_TRUE(check_story({{{"fr", "Le marché"}}, {{"fr", "Un texte."}}, {}}, kLanguages).empty());
    auto untitled = check_story({{{"en", "  "}}, {}, {}}, kLanguages);
    ASSERT_EQ(untitled.size(), 1u);
    EXPECT_EQ(untitled[0].field, "title_en");
    auto body_alone = check_story({{{"en", "Market"}}, {{"es", "Un texto."}}, {}}, kLanguages);
    ASSERT_EQ(body_alone.size(), 1u);
    EXPECT_EQ(body_alone[0].field, "title_es");
    EXPECT_EQ(check_story({{{"en", std::string(kMaxTitleBytes + 1, 'x')}}, {}, {}}, kLanguages)[0].field, "title_en");
    EXPECT_EQ(check_story({{{"en", "Market"}}, {{"en", std::string(kMaxBodyBytes + 1, 'x')}}, {}}, kLanguages)[0].field, "body_en");
    EXPECT_EQ(check_story({{{"en", "Bad \xff byte"}}, {}, {}}, kLanguages)[0].field, "title_en");
    EXPECT_EQ(check_story({{{"en", "Market"}}, {}, std::vector<std::string>(kMaxIndicators + 1, "1")}, kLanguages)[0].field, "indicators");
}

TEST(StoryRulesTest, APhotoIsDescribedInEveryLanguageOfTheStory)
{
    EXPECT_TRUE(check_photo({{{"en", "Stalls"}, {"fr", "Des étals"}}, {}, {}}, {"en", "fr"}).empty());
    auto missing = check_photo({{{"en", "Stalls"}}, {{"fr", "Légende"}}, {}}, {"en", "fr"});
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].field, "alt_fr");
    EXPECT_EQ(check_photo({{{"en", std::string(kMaxAltBytes + 1, 'x')}}, {}, {}}, {"en"})[0].field, "alt_en");
    EXPECT_EQ(check_photo({{{"en", "Stalls"}}, {{"en", std::string(kMaxCaptionBytes + 1, 'x')}}, {}}, {"en"})[0].field, "caption_en");
}

TEST(StoryRulesTest, TitlesGiveShortAsciiAddresses)
{
    EXPECT_EQ(slug_of("Réo's market opens at dawn"), "reo-s-market-opens-at-dawn");
    EXPECT_EQ(slug_of("  ¡Quinua, juntos!  "), "quinua-juntos");
    EXPECT_EQ(slug_of("ផ្សារ"), "story");
    EXPECT_EQ(slug_of(""), "story");
    EXPECT_LE(slug_of(std::string(200, 'a')).size(), 60u);
}

}  // namespace
}  // namespace pmi::stories
