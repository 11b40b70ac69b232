// The rules for pages and news posts that program officers edit: every problem is reported
// at once, against the form field that holds it (title_en, body_fr, slug, ...).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "site/rules.hpp"

namespace pmi::site {
namespace {

std::vector<std::string> fields(const std::vector<Error>& errors)
{
    std::vector<std::string> names;
    for (const auto& error : errors) names.push_back(error.field);
    return names;
}

using Fields = std::vector<std::string>;

PageEdit good_page()
{
    PageEdit edit;
    edit.title.set("en", "Funding");
    edit.title.set("fr", "Financement");
    edit.body.set("en", "# Funding\n\nThe program has two envelopes.\r\n\n\t- indented");
    return edit;
}

NewsEdit good_news()
{
    NewsEdit edit;
    edit.slug = "call-2026";
    edit.title.set("en", "Call for proposals");
    edit.summary.set("en", "Apply before March.");
    edit.body.set("en", "Details\nhere.");
    return edit;
}

TEST(SitePageRules, AGoodEditHasNoProblem)
{
    EXPECT_TRUE(check_page_edit("funding", good_page()).empty());
    EXPECT_TRUE(check_news_edit(good_news()).empty());
}

TEST(SitePageRules, TheEnglishTitleIsRequired)
{
    auto edit = good_page();
    edit.title.set("en", "");
    auto errors = check_page_edit("funding", edit);
    EXPECT_EQ(fields(errors), Fields{"title_en"});
    EXPECT_EQ(errors[0].code, ErrorCode::Invalid);

    auto news = good_news();
    news.title = LocalizedText{};
    news.title.set("fr", "Appel");  // French alone is not enough
    EXPECT_EQ(fields(check_news_edit(news)), Fields{"title_en"});
}

TEST(SitePageRules, AnEnglishTitleOfOnlySpacesIsNoTitle)
{
    // The form fields reach the rules untrimmed (manage_pages.cpp, localized_field), so a
    // title of spaces would be published as a blank heading.
    auto edit = good_page();
    edit.title.set("en", "   ");
    EXPECT_EQ(fields(check_page_edit("funding", edit)), Fields{"title_en"});
    auto news = good_news();
    news.title.set("en", " \t ");
    EXPECT_EQ(fields(check_news_edit(news)), Fields{"title_en"});
}

TEST(SitePageRules, ABadSlugIsReportedOnTheSlugField)
{
    for (const std::string& slug : std::vector<std::string>{"", "Funding", "a b", "../etc", std::string(101, 'a')})
        EXPECT_EQ(fields(check_page_edit(slug, good_page())), Fields{"slug"}) << slug;
    auto news = good_news();
    news.slug = "Call 2026";
    EXPECT_EQ(fields(check_news_edit(news)), Fields{"slug"});
}

TEST(SitePageRules, ATooLongTitleNamesItsLanguageAndTheLimit)
{
    auto edit = good_page();
    edit.title.set("fr", std::string(kMaxTitleLength + 1, 'e'));
    auto errors = check_page_edit("funding", edit);
    ASSERT_EQ(fields(errors), Fields{"title_fr"});
    EXPECT_EQ(errors[0].arguments, std::vector<std::string>{std::to_string(kMaxTitleLength)});
}

TEST(SitePageRules, TitleLengthCountsCharactersNotBytes)
{
    // 200 accented letters are 400 bytes and still a 200-character title.
    std::string title;
    for (std::size_t i = 0; i < kMaxTitleLength; ++i) title += "é";
    auto edit = good_page();
    edit.title.set("fr", title);
    EXPECT_TRUE(check_page_edit("funding", edit).empty());
    edit.title.set("fr", title + "é");
    EXPECT_EQ(fields(check_page_edit("funding", edit)), Fields{"title_fr"});
}

TEST(SitePageRules, TheBodyMayHoldUpTo100KiB)
{
    auto edit = good_page();
    edit.body.set("es", std::string(kMaxBodyBytes, 'x'));
    EXPECT_TRUE(check_page_edit("funding", edit).empty());
    edit.body.set("es", std::string(kMaxBodyBytes + 1, 'x'));
    EXPECT_EQ(fields(check_page_edit("funding", edit)), Fields{"body_es"});
    EXPECT_EQ(kMaxBodyBytes, 100u * 1024u);

    auto news = good_news();
    news.body.set("en", std::string(kMaxBodyBytes + 1, 'x'));
    EXPECT_EQ(fields(check_news_edit(news)), Fields{"body_en"});
}

TEST(SitePageRules, ControlCharactersAreRefusedButLineBreaksOnlyInTheBody)
{
    auto edit = good_page();
    edit.title.set("en", "Fund\ning");
    EXPECT_EQ(fields(check_page_edit("funding", edit)), Fields{"title_en"});

    edit = good_page();
    edit.body.set("fr", "ligne\x1B[31m rouge");
    EXPECT_EQ(fields(check_page_edit("funding", edit)), Fields{"body_fr"});

    auto news = good_news();
    news.summary.set("en", "one\ntwo");
    EXPECT_EQ(fields(check_news_edit(news)), Fields{"summary_en"});
}

TEST(SitePageRules, InvalidUtf8IsRefused)
{
    auto edit = good_page();
    edit.title.set("es", "T\xC3\xADtulo \xC0\xAF");
    auto errors = check_page_edit("funding", edit);
    ASSERT_EQ(fields(errors), Fields{"title_es"});
    EXPECT_EQ(errors[0].message, "This text contains bytes that are not valid text.");
}

TEST(SitePageRules, TheSummaryHasItsOwnLimit)
{
    auto news = good_news();
    news.summary.set("en", std::string(kMaxSummaryLength, 's'));
    EXPECT_TRUE(check_news_edit(news).empty());
    news.summary.set("en", std::string(kMaxSummaryLength + 1, 's'));
    EXPECT_EQ(fields(check_news_edit(news)), Fields{"summary_en"});
}

TEST(SitePageRules, EveryProblemIsReportedAtOnceInFormOrder)
{
    NewsEdit news;
    news.slug = "Bad Slug";
    news.title.set("fr", std::string(kMaxTitleLength + 1, 't'));
    news.summary.set("es", "a\x01");
    news.body.set("en", std::string(kMaxBodyBytes + 1, 'b'));
    EXPECT_EQ(fields(check_news_edit(news)), (Fields{"slug", "title_en", "title_fr", "summary_es", "body_en"}));
}

}  // namespace
}  // namespace pmi::site
