// LocalizedText: the JSON stored in the database, and which version a reader is shown.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/localized_text.hpp"

namespace pmi {
namespace {

LocalizedText make(std::map<std::string, std::string> versions)
{
    LocalizedText text;
    for (auto& [language, value] : versions) text.set(language, value);
    return text;
}

TEST(LocalizedText, JsonRoundTripKeepsAccentsQuotesAndEveryLanguage)
{
    auto text = make({{"en", "The \"Latest\" news\\ \n line"},
                      {"fr", "Côte d'Ivoire — « les dernières »"},
                      {"es", "Año \xF0\x9F\x98\x80 \"ñ\""}});
    auto back = LocalizedText::from_json(text.to_json());
    EXPECT_EQ(back.versions(), text.versions());
    EXPECT_EQ(back.get("fr"), "Côte d'Ivoire — « les dernières »");
    EXPECT_EQ(back.get("en"), "The \"Latest\" news\\ \n line");
}

TEST(LocalizedText, EmptyJsonIsNoText)
{
    auto text = LocalizedText::from_json("");
    EXPECT_TRUE(text.empty());
    EXPECT_EQ(LocalizedText::from_json("{}").versions().size(), 0u);
}

TEST(LocalizedText, EmptyVersionsAreDroppedWhenReadAndWhenSet)
{
    // An empty string means "not written in that language", so pick() can fall back.
    auto read = LocalizedText::from_json(R"({"en":"Title","fr":"","es":""})");
    EXPECT_EQ(read.versions().size(), 1u);
    EXPECT_EQ(read.get("en"), "Title");
    EXPECT_EQ(read.to_json(), R"({"en":"Title"})");

    auto text = make({{"en", "Title"}, {"fr", "Titre"}});
    text.set("fr", "");
    EXPECT_EQ(text.versions().count("fr"), 0u);
    EXPECT_EQ(text.get("fr"), "");
    text.set("en", "");
    EXPECT_TRUE(text.empty());
}

TEST(LocalizedText, NonStringValuesAreIgnored)
{
    auto text = LocalizedText::from_json(R"({"en":"Title","fr":3,"es":null})");
    EXPECT_EQ(text.versions().size(), 1u);
}

TEST(LocalizedText, MalformedJsonThrows)
{
    EXPECT_ANY_THROW(LocalizedText::from_json("{\"en\":"));
}

struct PickCase {
    const char* name;
    std::map<std::string, std::string> versions;
    const char* asked;
    const char* text;
    const char* language;
    bool fallback;
};

// The reader's language, else English, else French, else Spanish, else any version.
const PickCase kPickCases[] = {
    {"own_language", {{"en", "E"}, {"fr", "F"}, {"es", "S"}}, "es", "S", "es", false},
    {"own_language_not_english", {{"en", "E"}, {"pt", "P"}}, "pt", "P", "pt", false},
    {"english_before_french", {{"en", "E"}, {"fr", "F"}, {"es", "S"}}, "pt", "E", "en", true},
    {"french_before_spanish", {{"fr", "F"}, {"es", "S"}}, "en", "F", "fr", true},
    {"spanish_before_others", {{"ar", "A"}, {"es", "S"}}, "en", "S", "es", true},
    {"any_when_none_preferred", {{"pt", "P"}}, "fr", "P", "pt", true},
    {"empty_text_picks_nothing", {}, "en", "", "", false},
};

class LocalizedTextPick : public ::testing::TestWithParam<PickCase> {};

TEST_P(LocalizedTextPick, ChoosesTheBestVersionAndSaysWhich)
{
    const auto& c = GetParam();
    auto choice = make(c.versions).pick(c.asked);
    EXPECT_EQ(choice.text, c.text);
    EXPECT_EQ(choice.language, c.language);
    EXPECT_EQ(choice.fallback, c.fallback);
}

INSTANTIATE_TEST_SUITE_P(Table, LocalizedTextPick, ::testing::ValuesIn(kPickCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pmi
