// Folding and snippets: the pure rules behind the search on both backends.
#include <gtest/gtest.h>

#include "search/folding.hpp"
#include "search/snippet.hpp"

namespace pmi::search {
namespace {

TEST(Fold, RemovesAccentsCaseAndPunctuation)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Côte d'Ivoire", "cote d ivoire"},
        {"CÔTE D’IVOIRE", "cote d ivoire"},
        {"Cote d'Ivoire", "cote d ivoire"},
        {"Ouagadougou, Burkina Faso!", "ouagadougou burkina faso"},
        {"Hà Nội, Đà Nẵng", "ha noi da nang"},
        {"Cœur  Ærø straße", "coeur aero strasse"},
        {"León — Nicaragua", "leon nicaragua"},
        {"Co\xCC\x82te", "cote"},  // a decomposed accent (NFD)
        {"ភ្នំពេញ", "ភ្នំពេញ"},   // Khmer is kept as written
        {"", ""},
        {" \t*** ", ""},
    };
    for (const auto& [text, folded] : cases) EXPECT_EQ(fold(text), folded) << text;
}

TEST(Fold, DropsInvalidUtf8)
{
    EXPECT_EQ(fold("ab\xFF" "cd \xC3"), "ab cd");
}

TEST(QueryTerms, AreFoldedDistinctAndLimited)
{
    EXPECT_EQ(query_terms("Côte d'Ivoire côte"), (std::vector<std::string>{"cote", "d", "ivoire"}));
    EXPECT_EQ(query_terms("\"NEAR\" OR title:* -x"), (std::vector<std::string>{"near", "or", "title", "x"}));
    EXPECT_EQ(query_terms("a b c d e f g h i j").size(), kMaxTerms);
    EXPECT_TRUE(query_terms(std::string(kMaxTermBytes + 1, 'a')).empty());
    EXPECT_TRUE(query_terms("«»—").empty());
}

std::string flatten(const std::vector<SnippetPart>& parts)
{
    std::string text;
    for (const auto& part : parts) text += part.matched ? "[" + part.text + "]" : part.text;
    return text;
}

TEST(Snippet, MarksMatchedWordsAroundTheFirstMatch)
{
    EXPECT_EQ(flatten(snippet("Teams from Québec work in Côte d'Ivoire.", {"cote"})), "Teams from Québec work in [Côte] d'Ivoire.");
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "word" + std::to_string(i) + " ";
    long_text += "Bolivia and more words after it";
    auto parts = snippet(long_text, {"bolivia"}, 12);
    EXPECT_EQ(flatten(parts), "… word36 word37 word38 word39 [Bolivia] and more words after it");
    EXPECT_EQ(flatten(snippet("one two three", {"none"}, 2)), "one two …");
}

TEST(MarkdownToPlain, KeepsTheWordsOfLinksAndEmphasis)
{
    EXPECT_EQ(markdown_to_plain("## A **bold** [call](https://example.org/x) _now_\n> quoted"), " A bold call now  quoted");
}

}  // namespace
}  // namespace pmi::search
