#include "matching/fit.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace pmi::matching {

int population_class(std::int64_t population)
{
    return static_cast<int>(std::lround(10.0 * std::log10(static_cast<double>(std::max<std::int64_t>(population, 1)))));
}

int area_points(const Weights& weights, const AreaLevels& expertise, const AreaLevels& needs, std::size_t area)
{
    return weights.area[area] * expertise[area] * needs[area];
}

int review_points(int weight, std::optional<double> score)
{
    return static_cast<int>(std::lround(weight * score.value_or(kNeutralReviewScore) / 100.0));
}

int size_points(int weight, int team_class, int partner_class)
{
    int distance = std::abs(team_class - partner_class);
    return distance >= kSizeSpan ? 0 : weight * (kSizeSpan - distance) / kSizeSpan;
}

FitTerms fit_terms(const Weights& weights, const Team& team, const Partner& partner, bool worked_together)
{
    FitTerms terms;
    for (std::size_t area = 0; area < kAreaCount; ++area)
        terms.area[area] = area_points(weights, team.expertise, partner.needs, area);
    terms.review = review_points(weights.review, team.review_score);
    terms.continuity = worked_together ? weights.continuity : 0;
    terms.size = size_points(weights.size, population_class(team.population), population_class(partner.population));
    return terms;
}

}  // namespace pmi::matching
