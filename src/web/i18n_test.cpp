// The real I18n, with the catalogs built into the binary: which languages exist, how a
// browser's Accept-Language picks one, and the locale formats of money and dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "web/i18n.hpp"

namespace pmi::web {
namespace {

// Loading the catalogs and ICU locales is slow: one I18n serves every test here.
const I18n& i18n()
{
    static const I18n instance;
    return instance;
}

// ICU separates French amounts from units with a no-break space (U+00A0) or a narrow
// no-break space (U+202F) depending on its version; compare with plain spaces.
std::string plain_spaces(std::string text)
{
    for (std::string_view space : {"\xE2\x80\xAF", "\xC2\xA0"})
        for (auto at = text.find(space); at != std::string::npos; at = text.find(space, at))
            text.replace(at, space.size(), " ");
    return text;
}

TEST(I18n, OffersEnglishFrenchAndSpanishEachNamedInItself)
{
    const auto& languages = i18n().languages();
    auto name_of = [&](std::string_view code) -> std::string {
        auto found = std::find_if(languages.begin(), languages.end(), [&](const Language& l) { return l.code == code; });
        return found == languages.end() ? "<missing>" : found->name;
    };
    EXPECT_EQ(name_of("en"), "English");
    EXPECT_EQ(name_of("fr"), "Français");
    EXPECT_EQ(name_of("es"), "Español");
    // English, the language of the message ids, comes first.
    ASSERT_FALSE(languages.empty());
    EXPECT_EQ(languages.front().code, "en");
}

TEST(I18n, SupportsOnlyItsLanguages)
{
    EXPECT_TRUE(i18n().supports("en"));
    EXPECT_TRUE(i18n().supports("fr"));
    EXPECT_TRUE(i18n().supports("es"));
    EXPECT_FALSE(i18n().supports("de"));
    EXPECT_FALSE(i18n().supports("FR"));
    EXPECT_FALSE(i18n().supports(""));
}

struct NegotiateCase {
    const char* name;
    const char* header;
    const char* expected;
};

const NegotiateCase kNegotiateCases[] = {
    {"regional_then_plain_french", "fr-CA,fr;q=0.9,en;q=0.8", "fr"},
    {"regional_variant_only", "es-BO", "es"},
    {"unsupported_language", "de", "en"},
    {"empty_header", "", "en"},
    {"higher_weight_later", "en;q=0.1, es;q=0.9", "es"},
    {"garbage", "q=;;,", "en"},
    {"uppercase_tag", "FR-ca", "fr"},
    {"unsupported_first_then_supported", "de-DE, es;q=0.5", "es"},
    {"wildcard_is_not_a_language", "*", "en"},
    {"equal_weights_keep_the_first", "es, fr", "es"},
    // q=0 means "not acceptable" (RFC 9110, section 12.4.2): never answer in that language.
    {"weight_zero_refuses", "fr;q=0", "en"},
    {"weight_zero_refuses_before_others", "fr;q=0, es;q=0.1", "es"},
};

class Negotiate : public ::testing::TestWithParam<NegotiateCase> {};

TEST_P(Negotiate, PicksTheBestSupportedLanguage)
{
    EXPECT_EQ(i18n().negotiate(GetParam().header), GetParam().expected)
        << "Accept-Language: " << GetParam().header;
}

INSTANTIATE_TEST_SUITE_P(Table, Negotiate, ::testing::ValuesIn(kNegotiateCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(I18nFormats, CompactMoneyIsInMillionsInTheReadersStyle)
{
    EXPECT_EQ(i18n().money_compact("en", 1'930'000'000), "$19.3M");
    // Written "19,3 M$" with a plain space, which comes from the French catalog's "{1} M$"
    // (ICU 72 puts no space of its own in "19,3").
    EXPECT_EQ(plain_spaces(i18n().money_compact("fr", 1'930'000'000)), "19,3 M$");
    // Whole millions drop the decimal.
    EXPECT_EQ(i18n().money_compact("en", 2'000'000'000), "$20M");
    // Below a million the amount is written out.
    EXPECT_EQ(i18n().money_compact("en", 51'000'000), "$510,000");
}

TEST(I18nFormats, CompactMoneyThatRoundsToWholeMillionsDropsTheDecimal)
{
    // $19.97M is within 0.05 of 20 and reads "$20M"; $19.95M, printed with one decimal,
    // rounds to "20.0" as well and must read the same, not "$20.0M".
    EXPECT_EQ(i18n().money_compact("en", 1'997'000'000), "$20M");
    EXPECT_EQ(i18n().money_compact("en", 1'995'000'000), "$20M");
    EXPECT_EQ(i18n().money_compact("en", 1'994'000'000), "$19.9M");
}

TEST(I18nFormats, MoneyHasThousandsSeparatorsAndCentsOnlyWhenNeeded)
{
    EXPECT_EQ(i18n().money("en", 510'000'000), "$5,100,000");
    EXPECT_EQ(i18n().money("en", 123'456), "$1,234.56");
    // French (fr_CA) groups thousands with a no-break space (ICU 72: U+00A0) and puts the sign
    // after the amount: "5\u00A0100\u00A0000 $".
    EXPECT_EQ(plain_spaces(i18n().money("fr", 510'000'000)), "5 100 000 $");
}

TEST(I18nFormats, DateIsALongDateInUtc)
{
    EXPECT_NE(i18n().date("en", 0).find("1970"), std::string::npos) << i18n().date("en", 0);
    EXPECT_NE(i18n().date("en", 0).find("January"), std::string::npos) << i18n().date("en", 0);
    // 1969-12-31T23:00Z is still 1969 in UTC, whatever the time zone of the machine.
    EXPECT_NE(i18n().date("en", -3600).find("1969"), std::string::npos) << i18n().date("en", -3600);
    EXPECT_NE(i18n().date("fr", 0).find("janvier"), std::string::npos) << i18n().date("fr", 0);
    EXPECT_NE(i18n().date("es", 0).find("enero"), std::string::npos) << i18n().date("es", 0);
}

TEST(I18nFormats, DateTimeSaysUtc)
{
    auto text = i18n().date_time("en", 0);
    EXPECT_NE(text.find("1970"), std::string::npos) << text;
    EXPECT_EQ(text.substr(text.size() - 4), " UTC") << text;
}

TEST(I18nMessages, FormatReplacesNumberedPlaceholders)
{
    EXPECT_EQ(i18n().format("en", "{2} and {1}, then {1} again", {"one", "two"}), "two and one, then one again");
    // A value that itself looks like a placeholder is not replaced again.
    EXPECT_EQ(i18n().format("en", "{1} {2}", {"{2}", "x"}), "{2} x");
    // Braces that are not placeholders are left alone rather than throwing.
    EXPECT_EQ(i18n().format("en", "{name} {1}", {"a"}), "{name} a");
}

TEST(I18nMessages, FormatTranslatesBeforeReplacing)
{
    EXPECT_EQ(i18n().format("fr", "${1}M", {"19,3"}), "19,3 M$");
}

TEST(I18nMessages, AnUnknownMessageIsItsOwnTranslation)
{
    const std::string message = "No catalog has this message 7f3a.";
    for (const char* language : {"en", "fr", "es", "de"}) EXPECT_EQ(i18n().translate(language, message), message);
}

TEST(I18nMessages, AKnownMessageIsTranslated)
{
    EXPECT_EQ(i18n().translate("fr", "language-name"), "Français");
    // An unsupported language reads English.
    EXPECT_EQ(i18n().translate("de", "${1}M"), "${1}M");
}

TEST(I18nMessages, ErrorTextTranslatesAndFillsTheArguments)
{
    auto error = invalid("password", "The password must be at least {1} characters long.", {"12"});
    EXPECT_EQ(i18n().error_text("en", error), "The password must be at least 12 characters long.");
    auto french = i18n().error_text("fr", error);
    EXPECT_NE(french.find("12"), std::string::npos) << french;
    EXPECT_NE(french, "The password must be at least 12 characters long.");
}

}  // namespace
}  // namespace pmi::web
