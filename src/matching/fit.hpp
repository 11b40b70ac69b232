#pragma once
// The fit of a team with a partner: a whole number of points, the sum of the terms below, so
// that a page can show each term and they add up exactly. With the default weights a pair
// scores 0 to 360.
//
//   area (one per programming area) = weight of the area × team's expertise × partner's need
//       Both levels are 0..3, so a strong team (3) for a strong need (3) earns 9 × weight.
//   review     = review weight × review score / 100, rounded to the nearest point; a team
//                with no review score counts as kNeutralReviewScore (it is not penalised for
//                having come from an earlier program without a review).
//   continuity = continuity weight when the partner is among the team's past partners.
//   size       = size weight × (kSizeSpan − distance) / kSizeSpan, rounded down, and 0 from a
//                distance of kSizeSpan on, where the distance is between population classes:
//                class = round(10 × log10(population)), so one class is a factor of about
//                1.26 and kSizeSpan = 20 classes a factor of 100. Places of the same size
//                face problems of the same scale.
//
// Language compatibility is not a term: it decides whether a pair is allowed at all.
#include <cstdint>
#include <optional>

#include "matching/problem.hpp"

namespace pmi::matching {

inline constexpr double kNeutralReviewScore = 50.0;
inline constexpr int kSizeSpan = 20;

struct FitTerms {
    AreaLevels area{};
    int review = 0;
    int continuity = 0;
    int size = 0;

    int total() const { return area[0] + area[1] + area[2] + review + continuity + size; }
    friend bool operator==(const FitTerms&, const FitTerms&) = default;
};

// round(10 × log10(population)); population is at least 1.
int population_class(std::int64_t population);
int area_points(const Weights& weights, const AreaLevels& expertise, const AreaLevels& needs, std::size_t area);
int review_points(int weight, std::optional<double> score);
int size_points(int weight, int team_class, int partner_class);

// Every term of the fit of `team` with `partner`. `worked_together` says whether the
// partner is among the team's past partners.
FitTerms fit_terms(const Weights& weights, const Team& team, const Partner& partner, bool worked_together);

// True when the two share a working language or the partner has interpretation: the pair
// may be proposed.
inline bool languages_allow(LanguageSet team, const Partner& partner)
{
    return partner.interpretation || (team & partner.languages) != 0;
}

}  // namespace pmi::matching
