#include "partnerships/currency.hpp"

#include "core/text.hpp"
#include "core/translator.hpp"

namespace pmi::partnerships {
namespace {

struct CurrencyInfo {
    Currency currency;
    std::string_view code;
    std::string_view label;
    int digits;
};

constexpr CurrencyInfo kInfo[] = {
    {Currency::CAD, "CAD", N_("Canadian dollar"), 2},       {Currency::XOF, "XOF", N_("West African CFA franc"), 0},
    {Currency::KHR, "KHR", N_("Cambodian riel"), 0},        {Currency::VND, "VND", N_("Vietnamese dong"), 0},
    {Currency::NIO, "NIO", N_("Nicaraguan cordoba"), 2},    {Currency::BOB, "BOB", N_("Bolivian boliviano"), 2},
};

const CurrencyInfo& info(Currency currency)
{
    for (const auto& entry : kInfo)
        if (entry.currency == currency) return entry;
    return kInfo[0];
}

constexpr std::int64_t kMostRateUnits = 1'000'000;  // a rate above a million per unit is a typo
constexpr std::int64_t kMostMinor = 1'000'000'000'000'000;  // 10^15 units of the smallest currency

struct Decimal {
    std::int64_t value = 0;  // in units of 10^-decimals
    bool negative = false;
};

// A plain decimal number with at most `most_decimals` decimals, scaled to exactly that many;
// nullopt when it is not one or exceeds `most_units` in whole units.
std::optional<Decimal> read_decimal(std::string_view written, int most_decimals, std::int64_t most_units, bool& too_many_decimals)
{
    const std::string trimmed = text::trim(written);
    std::string_view text = trimmed;
    Decimal result;
    if (!text.empty() && text.front() == '-') result.negative = true, text.remove_prefix(1);
    const auto point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view decimals = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty() || whole.size() > 16 || (point != std::string_view::npos && decimals.empty())) return std::nullopt;
    for (std::string_view part : {whole, decimals})
        for (char c : part)
            if (c < '0' || c > '9') return std::nullopt;
    if (decimals.size() > static_cast<std::size_t>(most_decimals)) {
        too_many_decimals = true;
        return std::nullopt;
    }
    std::int64_t units = 0;
    for (char c : whole) units = units * 10 + (c - '0');
    if (units > most_units) return std::nullopt;
    result.value = units;
    for (int i = 0; i < most_decimals; ++i) result.value = result.value * 10 + (static_cast<std::size_t>(i) < decimals.size() ? decimals[i] - '0' : 0);
    return result;
}

std::string scaled_text(std::int64_t value, int scale)
{
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
    if (scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(scale)) digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
        const auto point = static_cast<std::ptrdiff_t>(digits.size()) - scale;
        digits.insert(digits.begin() + point, '.');
    }
    return (negative ? "-" : "") + digits;
}

__int128 power_of_ten(int exponent)
{
    __int128 value = 1;
    for (int i = 0; i < exponent; ++i) value *= 10;
    return value;
}

}  // namespace

std::string_view currency_code(Currency currency) { return info(currency).code; }
std::string_view currency_label(Currency currency) { return info(currency).label; }
int minor_digits(Currency currency) { return info(currency).digits; }

std::optional<Currency> currency_from_code(std::string_view code)
{
    for (const auto& entry : kInfo)
        if (entry.code == code) return entry.currency;
    return std::nullopt;
}

Result<Rate> parse_rate(std::string_view text, const std::string& field, int most_decimals)
{
    bool too_many_decimals = false;
    auto decimal = read_decimal(text, most_decimals, kMostRateUnits, too_many_decimals);
    if (too_many_decimals) return invalid(field, "A rate has at most {1} decimals; round it.", {std::to_string(most_decimals)});
    if (!decimal || decimal->negative || decimal->value == 0)
        return invalid(field, "Write the rate as a positive number with a point, such as {1}.", {most_decimals > 2 ? "0.0022" : "85.50"});
    return Rate{decimal->value, most_decimals};
}

std::string rate_text(Rate rate) { return scaled_text(rate.units, rate.scale); }

Result<std::int64_t> parse_minor(std::string_view text, Currency currency, const std::string& field, Sign sign)
{
    const int digits = minor_digits(currency);
    if (text::trim(text).empty()) return invalid(field, "Enter the amount paid, in the currency of the receipt.");
    bool too_many_decimals = false;
    auto decimal = read_decimal(text, digits, kMostMinor / 100, too_many_decimals);
    if (too_many_decimals)
        return digits == 0 ? invalid(field, "Amounts in {1} have no decimals; write a whole number.", {std::string(currency_code(currency))})
                           : invalid(field, "Amounts have at most two decimals (cents); round the amount to the cent.");
    if (!decimal) return invalid(field, "Write the amount as a plain number with a point for decimals, such as 1234.56.");
    if (decimal->negative && sign == Sign::PositiveOrZero) return invalid(field, "The amount cannot be negative; enter zero or more.");
    return decimal->negative ? -decimal->value : decimal->value;
}

std::string minor_text(std::int64_t minor, Currency currency) { return scaled_text(minor, minor_digits(currency)); }

std::int64_t divide_half_even(__int128 numerator, __int128 denominator)
{
    const bool negative = numerator < 0;
    const __int128 magnitude = negative ? -numerator : numerator;
    __int128 quotient = magnitude / denominator;
    const __int128 twice_remainder = (magnitude % denominator) * 2;
    if (twice_remainder > denominator || (twice_remainder == denominator && quotient % 2 == 1)) ++quotient;
    return static_cast<std::int64_t>(negative ? -quotient : quotient);
}

Money convert(std::int64_t minor, Currency currency, Rate rate)
{
    // cents = minor / 10^digits × units / 10^scale × 100
    return Money::cents(divide_half_even(static_cast<__int128>(minor) * rate.units * 100, power_of_ten(minor_digits(currency) + rate.scale)));
}

Money value_of_hours(std::int64_t hundredths, Rate rate)
{
    // cents = hundredths / 100 × units / 10^scale × 100
    return Money::cents(divide_half_even(static_cast<__int128>(hundredths) * rate.units, power_of_ten(rate.scale)));
}

}  // namespace pmi::partnerships
