// LocalizedText: the JSON stored in the database, and which version a reader is shown.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <random>
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

// from_json reads the usual shape with its own reader and anything else with nlohmann::json:
// both must give what nlohmann::json alone gives, and throw where it throws.
std::map<std::string, std::string, std::less<>> reference(std::string_view json, bool& threw)
{
    std::map<std::string, std::string, std::less<>> versions;
    threw = false;
    if (json.empty()) return versions;  // no text at all
    try {
        const auto parsed = nlohmann::json::parse(json);
        for (const auto& [language, value] : parsed.items())
            if (value.is_string() && !value.get_ref<const std::string&>().empty()) versions[language] = value.get<std::string>();
    } catch (const nlohmann::json::exception&) {
        threw = true;
    }
    return versions;
}

void expect_same_as_reference(const std::string& json)
{
    bool threw = false;
    auto expected = reference(json, threw);
    if (threw) {
        EXPECT_THROW(LocalizedText::from_json(json), nlohmann::json::exception) << json;
        return;
    }
    LocalizedText text;
    EXPECT_NO_THROW(text = LocalizedText::from_json(json)) << json;
    EXPECT_EQ(text.versions(), expected) << json;
}

TEST(LocalizedText, ReadsEveryTextAsNlohmannJsonDoes)
{
    const char* cases[] = {
        R"({"en":"Title"})", R"( { "en" : "Title" , "fr" : "Titre" } )", "{\n\t\"en\":\"a\"\r\n}", "{}", " {} ",
        R"({"en":"a\"b\\c\/d\b\f\n\r\t"})", R"({"en":"\u00e9\u00E9 \u20ac \ud83d\ude00 \u0000"})",
        R"({"en":"a","en":"b"})", R"({"en":"a","en":""})", R"({"en":"","en":"b"})", R"({"en":"a","en":3})",
        R"({"en":"Côte d'Ivoire — « ñ » 😀"})", R"({"en":{"nested":"x"},"fr":"F"})", R"({"en":["x"],"fr":"F"})",
        R"({"en":true,"fr":false,"es":null,"pt":-1.5e3})",
        // Malformed, or not valid UTF-8, or not an object: nlohmann::json decides.
        R"({"en":)", R"({"en":"a")", R"({"en":"a",})", R"({"en" "a"})", R"({en:"a"})", R"({"en":"a"} x)",
        R"({"en":"\x"})", R"({"en":"\u12"})", R"({"en":"\ud83d"})", R"({"en":"\ude00"})", R"({"en":"\ud83dx"})",
        "{\"en\":\"\x01\"}", "{\"en\":\"\xC3\"}", "{\"en\":\"\xC0\xAF\"}", "{\"en\":\"\xED\xA0\x80\"}",
        "{\"en\":\"\xF4\x90\x80\x80\"}", "{\"en\":\"\xE0\x80\xAF\"}", "{\"en\":\"\xFF\"}",
        "\xEF\xBB\xBF{\"en\":\"bom\"}", R"(["en","a"])", R"("en")", " ", R"({"en":"a"}{})",
    };
    for (const char* json : cases) expect_same_as_reference(json);
}

TEST(LocalizedText, ReadsRandomTextsAsNlohmannJsonDoes)
{
    // Random bytes (often invalid UTF-8, quotes, backslashes, control characters) put in a
    // text as they are, and the same bytes written properly by nlohmann::json (with and
    // without ensure_ascii), whole and cut short at random.
    std::mt19937 random(8);
    for (int round = 0; round < 500; ++round) {
        std::string raw;
        const int length = static_cast<int>(random() % 24);
        for (int i = 0; i < length; ++i) raw += static_cast<char>(random() % 256);
        nlohmann::json valid = {{"en", nlohmann::json(raw).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)},
                                {"fr", std::string(1, static_cast<char>('a' + round % 26))}};
        const std::string written = valid.dump(random() % 2 ? -1 : 1, ' ', round % 3 == 0);
        expect_same_as_reference(written);
        expect_same_as_reference(written.substr(0, random() % (written.size() + 1)));
        expect_same_as_reference("{\"en\":\"" + raw + "\"}");
    }
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
