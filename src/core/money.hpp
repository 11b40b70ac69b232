#pragma once
// Canadian dollars as integer cents: budgets add up exactly, never through floating point.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace pmi {

// Whether a negative amount is allowed where an amount is read (an amendment may lower a line).
enum class Sign { PositiveOrZero, Any };

class Money {
public:
    // The largest amount one figure may hold: ten billion dollars. Sums of a million such
    // figures still fit in 64 bits.
    static constexpr std::int64_t kMostCents = 1'000'000'000'000;

    constexpr Money() = default;
    static constexpr Money cents(std::int64_t value) { return Money(value); }

    // "1234.56", "1234.5", "1234" or "-12.05" (with Sign::Any); spaces around are ignored.
    // Fails on `field` when the text is empty, is not a plain decimal number, has more than
    // two decimals, is negative where not allowed, or exceeds kMostCents.
    static Result<Money> parse(std::string_view text, const std::string& field, Sign sign = Sign::PositiveOrZero);

    constexpr std::int64_t in_cents() const { return cents_; }
    // "1234.56", "-0.05": the figure as exports and the API write it, with two decimals.
    std::string plain() const;

    constexpr Money& operator+=(Money other)
    {
        cents_ += other.cents_;
        return *this;
    }
    friend constexpr Money operator+(Money a, Money b) { return a += b; }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.cents_ - b.cents_); }
    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t value) : cents_(value) {}
    std::int64_t cents_ = 0;
};

}  // namespace pmi
