#pragma once
// Exact decimal figures (scaled by kScale) as people write them, and the disaggregation
// cells of an indicator: sex (women, men, another gender identity, not stated), age group
// (youth 15–35, adults 36 and over, not stated), or both crossed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "results/results.hpp"

namespace pmi::results {

// The largest figure one value may hold, scaled: ten billion. Sums of many still fit in 64 bits.
inline constexpr std::int64_t kMostFigure = 10'000'000'000LL * kScale;
// The largest denominator: ten million people, firms or hours.
inline constexpr std::int64_t kMostDenominator = 10'000'000;

// "12", "12.5", "-3.25", "0.0001" → scaled. Fails on `field` when the text is empty, is not a
// plain decimal number with a point, has more than four decimals or exceeds kMostFigure.
Result<std::int64_t> parse_figure(std::string_view text, const std::string& field);
// Scaled → "12.5", "-3.25", "120": no trailing zeros, a point for decimals.
std::string figure_text(std::int64_t scaled);
// A whole count for a denominator; fails on `field` unless 0 to kMostDenominator.
Result<std::int64_t> parse_denominator(std::string_view text, const std::string& field);

inline constexpr std::string_view kTotal = "total";

// The cells of a disaggregation, the total excluded, in the order tables show them.
std::vector<std::string> cells_of(Disaggregation disaggregation);
// The cell's name as English message ids: {"Women"}, {"Women", "Youth (15 to 35)"}.
std::vector<std::string_view> cell_labels(std::string_view cell);

}  // namespace pmi::results
