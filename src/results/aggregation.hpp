#pragma once
// How approved values become one figure, as pure functions. An Accumulator holds what every
// aggregation rule needs (count, sum, Σ value × denominator, Σ denominator, the latest period
// and the sum of its values, the maximum); the summary table stores one per indicator ×
// country × programming area × fiscal year × cell, and accumulators combine, so a figure
// for a program, a country or an area is read from a few rows, never from every value.
//
// The rules: sum adds the values; a weighted average is Σ(value × denominator) / Σ denominator;
// latest is the values of the latest period reported, added over the partnerships that
// reported it; maximum is the largest value. A percentage is never summed (the indicator's
// rules refuse Sum for a percentage).
#include <cstdint>
#include <optional>

#include "results/results.hpp"

namespace pmi::results {

struct Contribution {
    std::int64_t value = 0;                  // scaled
    std::optional<std::int64_t> denominator;  // whole count
    int period = 0;                           // Period::order()
};

struct Accumulator {
    std::int64_t count = 0;
    std::int64_t sum = 0;              // scaled
    std::int64_t weighted_sum = 0;     // Σ value × denominator, scaled
    std::int64_t denominator_sum = 0;  // Σ denominator of the values that have one
    int latest_period = 0;
    std::int64_t latest_sum = 0;  // scaled
    std::int64_t maximum = 0;     // scaled; meaningless while count is 0
    friend bool operator==(const Accumulator&, const Accumulator&) = default;
};

// The accumulator with one more value.
Accumulator add(Accumulator accumulator, const Contribution& contribution);
// Both accumulators as one, as if every value of each had been added to one.
Accumulator combine(Accumulator a, const Accumulator& b);
// The figure the rule gives (scaled), rounded half away from zero to the scale; nullopt when
// nothing was added, or for a weighted average whose values carry no denominator.
std::optional<std::int64_t> figure(Aggregation rule, const Accumulator& accumulator);

}  // namespace pmi::results
