// Money is exact: amounts read to the cent or refused with a message naming the field, and
// sums of many random lines equal the same sums done on 128-bit integers and on decimal strings.
#include "core/money.hpp"

#include <gtest/gtest.h>

#include <random>

namespace pmi {
namespace {

// Adds two non-negative decimal strings digit by digit, as a reference independent of Money.
std::string add_decimal(const std::string& a, const std::string& b)
{
    std::string sum;
    int carry = 0;
    for (std::size_t i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
        int digit = carry;
        if (i < a.size()) digit += a[a.size() - 1 - i] - '0';
        if (i < b.size()) digit += b[b.size() - 1 - i] - '0';
        sum.insert(sum.begin(), static_cast<char>('0' + digit % 10));
        carry = digit / 10;
    }
    return sum;
}

// "1234.50" → "123450": the decimal string of the cents, without Money.
std::string cents_text(const std::string& amount)
{
    std::string digits;
    for (char c : amount)
        if (c != '.') digits += c;
    auto first = digits.find_first_not_of('0');
    return first == std::string::npos ? "0" : digits.substr(first);
}

std::string to_text(__int128 value)
{
    if (value == 0) return "0";
    std::string text;
    for (; value > 0; value /= 10) text.insert(text.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
    return text;
}

TEST(Money, ReadsDollarsWithAtMostTwoDecimals)
{
    struct Case {
        const char* text;
        std::int64_t cents;
    };
    for (auto [text, cents] : {Case{"1234.56", 123456}, {"1234.5", 123450}, {"1234", 123400}, {" 0.07 ", 7}, {"0", 0},
                               {"10000000000.00", Money::kMostCents}}) {
        auto money = Money::parse(text, "amount");
        ASSERT_TRUE(money.ok()) << text;
        EXPECT_EQ(money->in_cents(), cents) << text;
    }
    EXPECT_EQ(Money::parse("-12.05", "amount", Sign::Any)->in_cents(), -1205);
}

TEST(Money, RefusesWithAMessageNamingTheField)
{
    for (const char* text : {"", "12.345", "1,234.56", "1 234,56", "12.", ".5", "1e3", "12.3a", "--1", "10000000000.01", "$12"}) {
        auto money = Money::parse(text, "amount");
        ASSERT_FALSE(money.ok()) << text;
        EXPECT_EQ(money.error().field, "amount");
        EXPECT_EQ(money.error().code, ErrorCode::Invalid);
    }
    EXPECT_NE(Money::parse("12.345", "amount").error().message.find("two decimals"), std::string::npos);
    auto negative = Money::parse("-5", "amount");
    ASSERT_FALSE(negative.ok());
    EXPECT_NE(negative.error().message.find("negative"), std::string::npos);
}

TEST(Money, WritesTwoDecimals)
{
    EXPECT_EQ(Money::cents(123456).plain(), "1234.56");
    EXPECT_EQ(Money::cents(5).plain(), "0.05");
    EXPECT_EQ(Money::cents(-5).plain(), "-0.05");
    EXPECT_EQ(Money::cents(0).plain(), "0.00");
    EXPECT_EQ(Money::cents(-100).plain(), "-1.00");
}

TEST(Money, SumsOfThousandsOfRandomLinesMatchBigIntegerAndDecimalReferences)
{
    std::mt19937_64 random(20260401);
    std::uniform_int_distribution<std::int64_t> cents(0, Money::kMostCents);
    for (int round = 0; round < 20; ++round) {
        Money total;
        __int128 reference = 0;
        std::string decimal = "0";
        for (int line = 0; line < 5000; ++line) {
            const std::int64_t drawn = line % 7 == 0 ? cents(random) % 100 : cents(random);
            const std::string written = std::to_string(drawn / 100) + "." + (drawn % 100 < 10 ? "0" : "") + std::to_string(drawn % 100);
            auto money = Money::parse(written, "amount");
            ASSERT_TRUE(money.ok()) << written;
            EXPECT_EQ(money->plain(), written);
            total += *money;
            reference += drawn;
            decimal = add_decimal(decimal, cents_text(written));
        }
        EXPECT_EQ(to_text(total.in_cents()), to_text(reference));
        EXPECT_EQ(to_text(reference), decimal);
    }
}

}  // namespace
}  // namespace pmi
