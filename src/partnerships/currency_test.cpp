// Exact conversion: every amount converted in 128-bit integers and rounded half to even
// equals the same figure computed with arbitrary-precision integers, line by line and summed
// over thousands of random lines; no drift, whatever the currency's decimals.
#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <random>

#include "partnerships/currency.hpp"

namespace pmi::partnerships {
namespace {

using Big = boost::multiprecision::cpp_int;

Big ten_to(int exponent)
{
    Big value = 1;
    for (int i = 0; i < exponent; ++i) value *= 10;
    return value;
}

// The reference: round(n / d) half to even, on big integers.
Big reference_round(Big n, const Big& d)
{
    const bool negative = n < 0;
    if (negative) n = -n;
    Big q = n / d, r = n % d;
    if (2 * r > d || (2 * r == d && q % 2 == 1)) ++q;
    return negative ? Big(-q) : q;
}

TEST(Currency, DecimalsFollowIso4217)
{
    EXPECT_EQ(minor_digits(Currency::XOF), 0);
    EXPECT_EQ(minor_digits(Currency::KHR), 0);
    EXPECT_EQ(minor_digits(Currency::VND), 0);
    EXPECT_EQ(minor_digits(Currency::NIO), 2);
    EXPECT_EQ(minor_digits(Currency::BOB), 2);
    EXPECT_EQ(minor_digits(Currency::CAD), 2);
    EXPECT_EQ(parse_minor("1500", Currency::XOF, "amount").value(), 1500);
    EXPECT_EQ(parse_minor("1500.5", Currency::XOF, "amount").error().field, "amount") << "francs have no decimals";
    EXPECT_EQ(parse_minor("12.5", Currency::NIO, "amount").value(), 1250);
    EXPECT_EQ(parse_minor("12.345", Currency::BOB, "amount").error().message, "Amounts have at most two decimals (cents); round the amount to the cent.");
    EXPECT_EQ(parse_minor("-3", Currency::BOB, "amount").error().message, "The amount cannot be negative; enter zero or more.");
    EXPECT_FALSE(parse_minor("1e5", Currency::BOB, "amount").ok());
    EXPECT_EQ(minor_text(1250, Currency::NIO), "12.50");
    EXPECT_EQ(minor_text(-5, Currency::BOB), "-0.05");
    EXPECT_EQ(minor_text(1500, Currency::XOF), "1500");
}

TEST(Currency, RatesAreExactDecimals)
{
    EXPECT_EQ(parse_rate("0.0022", "rate", kExchangeRateScale).value(), (Rate{22000000, 10}));
    EXPECT_EQ(rate_text(Rate{22000000, 10}), "0.0022000000");
    EXPECT_EQ(rate_text(parse_rate("85.5", "rate", kHourlyRateScale).value()), "85.50");
    EXPECT_FALSE(parse_rate("0", "rate", 10).ok());
    EXPECT_FALSE(parse_rate("-1", "rate", 10).ok());
    EXPECT_EQ(parse_rate("85.505", "rate", kHourlyRateScale).error().field, "rate");
}

TEST(Currency, TiesRoundToEven)
{
    EXPECT_EQ(divide_half_even(5, 2), 2);
    EXPECT_EQ(divide_half_even(7, 2), 4);
    EXPECT_EQ(divide_half_even(-5, 2), -2);
    EXPECT_EQ(divide_half_even(-7, 2), -4);
    EXPECT_EQ(divide_half_even(26, 10), 3);
    EXPECT_EQ(divide_half_even(-26, 10), -3);
    // 1 franc at 0.005 CAD is half a cent: even, so 0; 3 francs are 1.5 cents: 2.
    EXPECT_EQ(convert(1, Currency::XOF, {5, 3}).in_cents(), 0);
    EXPECT_EQ(convert(3, Currency::XOF, {5, 3}).in_cents(), 2);
    // 7.25 hours at 85.50 is 619.875: 619.88.
    EXPECT_EQ(value_of_hours(725, {8550, 2}).in_cents(), 61988);
    // A reversal is the exact opposite.
    EXPECT_EQ(convert(-3, Currency::XOF, {5, 3}).in_cents(), -2);
}

TEST(Currency, ThousandsOfRandomLinesSumLikeTheBigIntegerReference)
{
    std::mt19937_64 random(20261129);
    for (auto currency : kCurrencies) {
        const int digits = minor_digits(currency);
        Big reference_sum = 0;
        std::int64_t sum = 0;
        for (int i = 0; i < 5000; ++i) {
            const std::int64_t minor = std::uniform_int_distribution<std::int64_t>(0, digits == 0 ? 2'000'000'000 : 50'000'000)(random);
            const Rate rate{std::uniform_int_distribution<std::int64_t>(1, 2'000'000'000)(random), kExchangeRateScale};
            const Money cents = convert(minor, currency, rate);
            const Big expected = reference_round(Big(minor) * rate.units * 100, ten_to(digits + rate.scale));
            ASSERT_EQ(Big(cents.in_cents()), expected) << minor << " " << currency_code(currency) << " at " << rate_text(rate);
            sum += cents.in_cents();
            reference_sum += expected;
        }
        EXPECT_EQ(Big(sum), reference_sum) << currency_code(currency);
    }
    Big hours_reference = 0;
    std::int64_t hours_sum = 0;
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t hundredths = std::uniform_int_distribution<std::int64_t>(1, 400'00)(random);
        const Rate rate{std::uniform_int_distribution<std::int64_t>(1000, 30000)(random), kHourlyRateScale};
        hours_sum += value_of_hours(hundredths, rate).in_cents();
        hours_reference += reference_round(Big(hundredths) * rate.units, ten_to(rate.scale));
    }
    EXPECT_EQ(Big(hours_sum), hours_reference);
}

}  // namespace
}  // namespace pmi::partnerships
