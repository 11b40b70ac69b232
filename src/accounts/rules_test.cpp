// The account rules: names, emails, passwords (OWASP ASVS 4.0, section 2.1), languages,
// and the lockout after repeated failed sign-ins.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/rules.hpp"
#include "web/i18n.hpp"

namespace pmi::accounts {
namespace {

// `count` code points of varied text, so that no length lands on a common password.
std::string phrase(std::size_t count)
{
    static const std::string words = "river lamp seven orchid under blue kettle ";
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += words[i % words.size()];
    return out;
}

std::string repeat(std::string_view piece, std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += piece;
    return out;
}

const std::string kEmoji = "\xF0\x9F\x98\x80";  // U+1F600, four bytes

struct PasswordCase {
    const char* name;
    std::string password;
    std::string email;
    bool accepted;
};

const PasswordCase kPasswordCases[] = {
    {"eleven_characters", phrase(11), "", false},
    {"twelve_characters", phrase(12), "", true},
    {"sixty_four_characters", phrase(64), "", true},
    {"hundred_twenty_eight_characters", phrase(128), "", true},
    {"hundred_twenty_nine_characters", phrase(129), "", false},
    // Length counts code points: 12 emoji are 48 bytes and 12 characters.
    {"twelve_emoji", repeat(kEmoji, 12), "", true},
    {"eleven_emoji", repeat(kEmoji, 11), "", false},
    {"hundred_twenty_eight_emoji", repeat(kEmoji, 128), "", true},
    {"hundred_twenty_nine_emoji", repeat(kEmoji, 129), "", false},
    {"twelve_accents", repeat("é", 12), "", true},
    {"spaces_are_allowed", "a phrase with spaces", "", true},
    {"common_password", "password1234", "", false},
    {"common_password_in_capitals", "PassWord1234", "", false},
    {"common_password_with_accent", "contraseña123", "", false},
    {"equal_to_the_email", "jane.doe@example.org", "jane.doe@example.org", false},
    {"equal_to_the_email_ignoring_case_and_spaces", "Jane.Doe@Example.org", " jane.doe@EXAMPLE.org ", false},
    {"contains_the_email_but_longer", "jane.doe@example.org!", "jane.doe@example.org", true},
    {"invalid_utf8", phrase(12) + "\xC0\xAF", "", false},
    {"truncated_utf8", phrase(12) + "\xE2\x82", "", false},
};

class CheckPassword : public ::testing::TestWithParam<PasswordCase> {};

TEST_P(CheckPassword, FollowsAsvsSection21)
{
    const auto& c = GetParam();
    auto error = check_password(c.password, c.email);
    EXPECT_EQ(!error.has_value(), c.accepted) << (error ? error->message : "accepted");
    if (error) {
        EXPECT_EQ(error->field, "password");
    }
}

INSTANTIATE_TEST_SUITE_P(Table, CheckPassword, ::testing::ValuesIn(kPasswordCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(AccountPasswordRules, LongPasswordsAreNotCutShort)
{
    // Two passwords that differ only at character 100 are both valid, and both whole:
    // a rule that truncated at 72 bytes (bcrypt) would make them the same password.
    std::string one = phrase(99) + "A" + phrase(20);
    std::string two = phrase(99) + "B" + phrase(20);
    ASSERT_NE(one, two);
    EXPECT_FALSE(check_password(one, "x@y.zz"));
    EXPECT_FALSE(check_password(two, "x@y.zz"));
}

TEST(AccountPasswordRules, MessagesSayTheLimit)
{
    auto short_one = check_password(phrase(5), "");
    ASSERT_TRUE(short_one);
    EXPECT_EQ(short_one->arguments, std::vector<std::string>{"12"});
    auto long_one = check_password(phrase(200), "");
    ASSERT_TRUE(long_one);
    EXPECT_EQ(long_one->arguments, std::vector<std::string>{"128"});
    EXPECT_EQ(check_password(phrase(5), "", "new_password")->field, "new_password");
}

struct NameCase {
    const char* name;
    std::string value;
    bool accepted;
};

const NameCase kNameCases[] = {
    {"plain", "Jane Doe", true},
    {"accents", "Élise Côté-Nuñez", true},
    {"surrounded_by_spaces", "  Jane  ", true},
    {"hundred_characters", repeat("é", 100), true},
    {"hundred_and_one", repeat("é", 101), false},
    {"hundred_after_trimming", "  " + std::string(100, 'a') + "  ", true},
    {"empty", "", false},
    {"only_spaces", " \t ", false},
    {"two_lines", "Jane\nDoe", false},
    {"escape_character", "Jane\x1B[2J", false},
    {"invalid_utf8", "Jane \xFF", false},
};

class CheckName : public ::testing::TestWithParam<NameCase> {};

TEST_P(CheckName, FollowsTheTable)
{
    auto error = check_name(GetParam().value);
    EXPECT_EQ(!error.has_value(), GetParam().accepted) << (error ? error->message : "accepted");
    if (error) {
        EXPECT_EQ(error->field, "name");
    }
}

INSTANTIATE_TEST_SUITE_P(Table, CheckName, ::testing::ValuesIn(kNameCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(AccountEmailRules, AcceptsAPlausibleAddressEvenWithSpacesAround)
{
    EXPECT_FALSE(check_email("jane@example.org"));
    EXPECT_FALSE(check_email("  jane@example.org \n"));
}

TEST(AccountEmailRules, AnEmptyAddressAsksForOne)
{
    for (std::string email : {"", "   "}) {
        auto error = check_email(email);
        ASSERT_TRUE(error) << email;
        EXPECT_EQ(error->message, "Enter your email address.");
        EXPECT_EQ(error->field, "email");
    }
}

TEST(AccountEmailRules, AnImplausibleAddressShowsAnExample)
{
    for (std::string email : {"jane", "jane@example", "jane@@example.org", "ja ne@example.org", "j\xC3@example.org"}) {
        auto error = check_email(email, "new_email");
        ASSERT_TRUE(error) << email;
        EXPECT_EQ(error->message, "Enter an email address like name@example.org.");
        EXPECT_EQ(error->field, "new_email");
    }
}

const pmi::web::I18n& i18n()
{
    static const pmi::web::I18n instance;
    return instance;
}

TEST(AccountLanguageRules, OnlyOfferedLanguagesAreAccepted)
{
    for (const char* language : {"en", "fr", "es"}) EXPECT_FALSE(check_language(language, i18n())) << language;
    for (const char* language : {"de", "", "EN", "fr-CA"}) {
        auto error = check_language(language, i18n());
        ASSERT_TRUE(error) << language;
        EXPECT_EQ(error->field, "language");
    }
}

TEST(AccountSignUpRules, EveryProblemIsReportedInFormOrder)
{
    SignUp sign_up{"", "not-an-email", "short", "de"};
    std::vector<std::string> fields;
    for (const auto& error : check_sign_up(sign_up, i18n())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"name", "email", "password", "language"}));

    SignUp good{"Jane Doe", "jane@example.org", phrase(16), "fr"};
    EXPECT_TRUE(check_sign_up(good, i18n()).empty());
}

// Failed sign-in times, newest first: `count` of them, `step` seconds apart, the newest at `newest`.
std::vector<Seconds> failures(int count, Seconds newest, Seconds step)
{
    std::vector<Seconds> times;
    for (int i = 0; i < count; ++i) times.push_back(newest - i * step);
    return times;
}

struct LockCase {
    const char* name;
    std::vector<Seconds> failures;
    Seconds now;
    std::optional<Seconds> until;
};

constexpr Seconds kNewest = 1'000'000;

const LockCase kLockCases[] = {
    {"no_failures", {}, kNewest, std::nullopt},
    {"nine_failures_in_a_minute", failures(9, kNewest, 5), kNewest + 1, std::nullopt},
    {"ten_failures_in_a_minute", failures(10, kNewest, 5), kNewest + 1, kNewest + 900},
    // Nine steps of 100 s: the oldest is exactly 15 minutes before the newest, still inside.
    {"ten_failures_across_exactly_fifteen_minutes", failures(10, kNewest, 100), kNewest, kNewest + 900},
    {"ten_failures_across_more_than_fifteen_minutes", failures(10, kNewest, 101), kNewest, std::nullopt},
    {"lock_holds_one_second_before_the_end", failures(10, kNewest, 5), kNewest + 899, kNewest + 900},
    {"lock_ends_at_until", failures(10, kNewest, 5), kNewest + 900, std::nullopt},
    {"lock_ended_after_until", failures(10, kNewest, 5), kNewest + 5000, std::nullopt},
};

class LockedUntil : public ::testing::TestWithParam<LockCase> {};

TEST_P(LockedUntil, FollowsTheTable)
{
    EXPECT_EQ(locked_until(GetParam().failures, GetParam().now), GetParam().until);
}

INSTANTIATE_TEST_SUITE_P(Table, LockedUntil, ::testing::ValuesIn(kLockCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(AddressKey, CountsIPv4WholeAndIPv6ByItsSlash64)
{
    EXPECT_EQ(address_key("203.0.113.7"), "203.0.113.7");
    EXPECT_EQ(address_key("2001:db8:1:2:aaaa::1"), "2001:0db8:0001:0002::/64");
    EXPECT_EQ(address_key("2001:db8:1:2:ffff:ffff:ffff:ffff"), address_key("2001:db8:1:2::9"))
        << "one host's whole /64 is one party";
    EXPECT_NE(address_key("2001:db8:1:3::1"), address_key("2001:db8:1:2::1"));
    EXPECT_EQ(address_key("::ffff:198.51.100.4"), "198.51.100.4") << "IPv4 written as IPv6 is the IPv4 address";
    EXPECT_EQ(address_key(""), "");
    EXPECT_EQ(address_key("not:an:address"), "not:an:address") << "kept as it is, never merged with another";
}

}  // namespace
}  // namespace pmi::accounts
