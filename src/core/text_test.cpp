// The checks applied to every text a user types: UTF-8 validity, length in code points,
// trimming, email plausibility and normalisation, slugs and control characters.
#include <gtest/gtest.h>

#include <string>

#include "core/text.hpp"

namespace pmi::text {
namespace {

struct Utf8Case {
    const char* name;
    std::string bytes;
    bool valid;
};

// Every way UTF-8 can be malformed must be caught: anything that passes is stored and shown.
const Utf8Case kUtf8Cases[] = {
    {"empty", "", true},
    {"ascii", "plain text 123", true},
    {"two_byte_accent", "Côte d'Ivoire", true},
    {"three_byte_euro", "\xE2\x82\xAC", true},
    {"four_byte_emoji", "\xF0\x9F\x98\x80", true},
    {"emoji_at_the_very_end", "ok \xF0\x9F\x98\x80", true},
    {"highest_code_point_U10FFFF", "\xF4\x8F\xBF\xBF", true},
    {"last_before_surrogates_UD7FF", "\xED\x9F\xBF", true},
    {"first_after_surrogates_UE000", "\xEE\x80\x80", true},
    {"overlong_slash_two_bytes", "\xC0\xAF", false},
    {"overlong_C1", "\xC1\xBF", false},
    {"overlong_slash_three_bytes", "\xE0\x80\xAF", false},
    {"overlong_four_bytes", "\xF0\x80\x80\xAF", false},
    {"high_surrogate_UD800", "\xED\xA0\x80", false},
    {"low_surrogate_UDFFF", "\xED\xBF\xBF", false},
    {"truncated_two_byte_at_end", "abc\xC3", false},
    {"truncated_three_byte_at_end", "abc\xE2\x82", false},
    {"truncated_four_byte_at_end", "abc\xF0\x9F\x98", false},
    {"lone_continuation_byte", "a\x80" "b", false},
    {"continuation_replaced_by_ascii", "\xC3" "A", false},
    {"F4_past_U10FFFF", "\xF4\x90\x80\x80", false},
    {"F5_lead_byte", "\xF5\x80\x80\x80", false},
    {"F8_lead_byte", "\xF8\x88\x80\x80\x80", false},
    {"FF_byte", "a\xFF", false},
};

class ValidUtf8 : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(ValidUtf8, AcceptsOnlyWellFormedUtf8)
{
    EXPECT_EQ(valid_utf8(GetParam().bytes), GetParam().valid);
}

INSTANTIATE_TEST_SUITE_P(Table, ValidUtf8, ::testing::ValuesIn(kUtf8Cases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TextLength, CountsCodePointsNotBytes)
{
    EXPECT_EQ(length(""), 0u);
    EXPECT_EQ(length("abc"), 3u);
    EXPECT_EQ(length("Côte"), 4u);                        // ô is two bytes
    EXPECT_EQ(length("\xE2\x82\xAC"), 1u);                // € is three bytes
    EXPECT_EQ(length("\xF0\x9F\x98\x80\xF0\x9F\x98\x80"), 2u);  // two 4-byte emoji
}

TEST(TextTrim, RemovesSpacesTabsAndLineBreaksAtBothEndsOnly)
{
    EXPECT_EQ(trim("  \t\r\n hello world \n\t "), "hello world");
    EXPECT_EQ(trim("inner  space"), "inner  space");
    EXPECT_EQ(trim(" \t\n"), "");
    EXPECT_EQ(trim(""), "");
    // A no-break space (U+00A0) is not ASCII whitespace and is kept: trimming must not cut bytes
    // out of a multi-byte character.
    EXPECT_EQ(trim("\xC2\xA0x"), "\xC2\xA0x");
}

struct EmailCase {
    const char* name;
    std::string email;
    bool plausible;
};

const EmailCase kEmailCases[] = {
    {"short", "a@b.co", true},
    {"dots_plus_and_subdomain", "name.surname+tag@sub.example.org", true},
    {"longest_allowed_254_bytes", std::string(242, 'a') + "@example.org", true},
    {"empty", "", false},
    {"one_letter", "a", false},
    {"no_dot_in_domain", "a@b", false},
    {"nothing_before_at", "@b.co", false},
    {"two_ats", "a@@b.co", false},
    {"two_separate_ats", "a@b@c.de", false},
    {"space", "a b@c.de", false},
    {"trailing_dot", "a@b.co.", false},
    {"domain_starts_with_dot", "a@.co", false},
    {"too_long_255_bytes", std::string(243, 'a') + "@example.org", false},
    {"angle_brackets", "a<b>@c.de", false},
    {"comma", "a,b@c.de", false},
    {"quote", "a\"b@c.de", false},
    {"newline", "a@b.co\n", false},
    {"nul", std::string("a\0b@c.de", 8), false},
    {"tab", "a\t@b.co", false},
    {"delete", "a\x7F@b.co", false},
};

class PlausibleEmail : public ::testing::TestWithParam<EmailCase> {};

TEST_P(PlausibleEmail, FollowsTheTable)
{
    EXPECT_EQ(plausible_email(GetParam().email), GetParam().plausible) << "email: " << GetParam().email;
}

INSTANTIATE_TEST_SUITE_P(Table, PlausibleEmail, ::testing::ValuesIn(kEmailCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(NormalizeEmail, LowercasesAndTrimsSoThatOneAddressHasOneKey)
{
    EXPECT_EQ(normalize_email("  Name.Surname@Example.ORG \n"), "name.surname@example.org");
    EXPECT_EQ(normalize_email("a@b.co"), "a@b.co");
    // Only ASCII is lowercased: bytes of other characters are left as they are.
    EXPECT_EQ(normalize_email("\xC3\x89T\xC3\x89@b.co"), "\xC3\x89t\xC3\x89@b.co");
}

struct SlugCase {
    const char* name;
    std::string slug;
    bool valid;
};

const SlugCase kSlugCases[] = {
    {"word", "funding", true},
    {"hyphens_and_digits", "call-2026-round-1", true},
    {"single_character", "a", true},
    {"hundred_characters", std::string(100, 'a'), true},
    {"empty", "", false},
    {"hundred_and_one", std::string(101, 'a'), false},
    {"uppercase", "Funding", false},
    {"space", "two words", false},
    {"slash", "a/b", false},
    {"dot_dot", "..", false},
    {"underscore", "a_b", false},
    {"percent", "a%20b", false},
    {"accent", "caf\xC3\xA9", false},
};

class ValidSlug : public ::testing::TestWithParam<SlugCase> {};

TEST_P(ValidSlug, AllowsLowercaseLettersDigitsAndHyphens)
{
    EXPECT_EQ(valid_slug(GetParam().slug), GetParam().valid);
}

INSTANTIATE_TEST_SUITE_P(Table, ValidSlug, ::testing::ValuesIn(kSlugCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(HasControlCharacters, TabIsAlwaysAllowed)
{
    EXPECT_FALSE(has_control_characters("a\tb", false));
    EXPECT_FALSE(has_control_characters("a\tb", true));
}

TEST(HasControlCharacters, LineBreaksAreAllowedOnlyWhenAsked)
{
    EXPECT_TRUE(has_control_characters("a\nb", false));
    EXPECT_TRUE(has_control_characters("a\rb", false));
    EXPECT_FALSE(has_control_characters("a\r\nb", true));
}

TEST(HasControlCharacters, OtherControlsAreAlwaysRefused)
{
    for (char c : {'\x00', '\x01', '\x08', '\x0B', '\x0C', '\x1B', '\x1F', '\x7F'}) {
        std::string text = std::string("a") + c + "b";
        EXPECT_TRUE(has_control_characters(text, true)) << "byte " << static_cast<int>(c);
        EXPECT_TRUE(has_control_characters(text, false)) << "byte " << static_cast<int>(c);
    }
}

TEST(HasControlCharacters, PrintableAndMultiByteTextIsClean)
{
    EXPECT_FALSE(has_control_characters("", false));
    EXPECT_FALSE(has_control_characters("Hello, world! ~", false));
    // UTF-8 continuation bytes are >= 0x80 and must not be taken for controls.
    EXPECT_FALSE(has_control_characters("Côte \xF0\x9F\x98\x80 \xE2\x82\xAC", false));
}

TEST(Text, CodePointsAreAppendedAsUtf8)
{
    std::string out;
    for (char32_t code : {U'A', U'é', U'€', U'\U0001F30D'}) append_utf8(out, code);
    EXPECT_EQ(out, "Aé€\xF0\x9F\x8C\x8D");
    EXPECT_TRUE(valid_utf8(out));
}

}  // namespace
}  // namespace pmi::text
