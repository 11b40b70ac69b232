#pragma once
// The currencies expenses are paid in and their exact conversion to Canadian cents. An
// amount is kept in the minor units of its currency (ISO 4217: XOF, KHR and VND have none,
// CAD, NIO and BOB have cents); a rate is an exact decimal, units / 10^scale, never a
// floating-point number; products are rounded once, half to even, in 128-bit integers.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/money.hpp"
#include "core/result.hpp"

namespace pmi::partnerships {

enum class Currency { CAD, XOF, KHR, VND, NIO, BOB };
inline constexpr Currency kCurrencies[] = {Currency::CAD, Currency::XOF, Currency::KHR, Currency::VND, Currency::NIO, Currency::BOB};

std::string_view currency_code(Currency currency);  // "XOF"
std::optional<Currency> currency_from_code(std::string_view code);
std::string_view currency_label(Currency currency);  // an English message id
int minor_digits(Currency currency);                  // 0 or 2

// An exact decimal: units / 10^scale (a rate of 0.0022 CAD per franc is {22, 4}).
struct Rate {
    std::int64_t units = 0;
    int scale = 0;
    friend bool operator==(const Rate&, const Rate&) = default;
};
inline constexpr int kExchangeRateScale = 10;  // decimals an exchange rate may have
inline constexpr int kHourlyRateScale = 2;     // an hourly rate is dollars and cents

// The rounding rule stored with every computed amount; the only one used.
inline constexpr std::string_view kRounding = "half-even";

// "0.0022", "85.50" → the rate; fails on `field` when the text is not a positive decimal
// with at most `most_decimals` decimals, or is larger than a million.
Result<Rate> parse_rate(std::string_view text, const std::string& field, int most_decimals);
std::string rate_text(Rate rate);  // "0.0022", trailing zeros of the scale kept: {8550, 2} → "85.50"

// "1500", "12.5" → minor units of `currency`; fails on `field` when the text is not a plain
// number, has more decimals than the currency has (none for XOF, KHR and VND), is negative
// (unless `sign` allows it) or is beyond what a claim may be.
Result<std::int64_t> parse_minor(std::string_view text, Currency currency, const std::string& field, Sign sign = Sign::PositiveOrZero);
std::string minor_text(std::int64_t minor, Currency currency);  // 1250 NIO → "12.50", 1500 XOF → "1500"

// numerator / denominator rounded to the nearest integer, ties to the even one;
// denominator > 0.
std::int64_t divide_half_even(__int128 numerator, __int128 denominator);

// `minor` units of `currency` in Canadian cents at `rate` CAD per unit, rounded half-even.
Money convert(std::int64_t minor, Currency currency, Rate rate);
// Hours (in hundredths) at `rate` dollars per hour, in cents rounded half-even.
Money value_of_hours(std::int64_t hundredths, Rate rate);

}  // namespace pmi::partnerships
