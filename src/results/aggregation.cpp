#include "results/aggregation.hpp"

namespace pmi::results {

Accumulator add(Accumulator a, const Contribution& c)
{
    a.maximum = a.count == 0 || c.value > a.maximum ? c.value : a.maximum;
    ++a.count;
    a.sum += c.value;
    if (c.denominator) {
        a.weighted_sum += c.value * *c.denominator;
        a.denominator_sum += *c.denominator;
    }
    if (c.period > a.latest_period) {
        a.latest_period = c.period;
        a.latest_sum = c.value;
    } else if (c.period == a.latest_period) {
        a.latest_sum += c.value;
    }
    return a;
}

Accumulator combine(Accumulator a, const Accumulator& b)
{
    if (b.count == 0) return a;
    if (a.count == 0) return b;
    a.maximum = b.maximum > a.maximum ? b.maximum : a.maximum;
    a.count += b.count;
    a.sum += b.sum;
    a.weighted_sum += b.weighted_sum;
    a.denominator_sum += b.denominator_sum;
    if (b.latest_period > a.latest_period) {
        a.latest_period = b.latest_period;
        a.latest_sum = b.latest_sum;
    } else if (b.latest_period == a.latest_period) {
        a.latest_sum += b.latest_sum;
    }
    return a;
}

std::optional<std::int64_t> figure(Aggregation rule, const Accumulator& a)
{
    if (a.count == 0) return std::nullopt;
    switch (rule) {
    case Aggregation::Sum: return a.sum;
    case Aggregation::Latest: return a.latest_sum;
    case Aggregation::Maximum: return a.maximum;
    case Aggregation::WeightedAverage: {
        if (a.denominator_sum == 0) return std::nullopt;
        const __int128 numerator = a.weighted_sum, denominator = a.denominator_sum;
        const __int128 half = denominator / 2;
        return static_cast<std::int64_t>(numerator >= 0 ? (numerator + half) / denominator : (numerator - half) / denominator);
    }
    }
    return std::nullopt;
}

}  // namespace pmi::results
