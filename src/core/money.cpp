#include "core/money.hpp"

#include "core/text.hpp"

namespace pmi {
namespace {

Error not_an_amount(const std::string& field)
{
    return invalid(field, "Write the amount in dollars with at most two decimals, such as 1234.56.");
}

}  // namespace

Result<Money> Money::parse(std::string_view written, const std::string& field, Sign sign)
{
    const std::string trimmed = text::trim(written);
    std::string_view text = trimmed;
    if (text.empty()) return invalid(field, "Enter an amount in Canadian dollars, such as 1234.56.");
    const bool negative = text.front() == '-';
    if (negative) text.remove_prefix(1);
    if (negative && sign == Sign::PositiveOrZero) return invalid(field, "The amount cannot be negative; enter zero or more.");
    const auto point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view decimals = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty() || whole.size() > 13 || (point != std::string_view::npos && decimals.empty())) return not_an_amount(field);
    for (std::string_view part : {whole, decimals})
        for (char c : part)
            if (c < '0' || c > '9') return not_an_amount(field);
    if (decimals.size() > 2) return invalid(field, "Amounts have at most two decimals (cents); round the amount to the cent.");
    std::int64_t value = 0;
    for (char c : whole) value = value * 10 + (c - '0');
    for (std::size_t i = 0; i < 2; ++i) value = value * 10 + (i < decimals.size() ? decimals[i] - '0' : 0);
    if (value > kMostCents) return invalid(field, "The amount is larger than ten billion dollars; check the figure.");
    return Money(negative ? -value : value);
}

std::string Money::plain() const
{
    const std::uint64_t magnitude = cents_ < 0 ? 0 - static_cast<std::uint64_t>(cents_) : static_cast<std::uint64_t>(cents_);
    std::string decimals = std::to_string(magnitude % 100);
    if (decimals.size() < 2) decimals.insert(0, "0");
    return (cents_ < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + decimals;
}

}  // namespace pmi
