#pragma once
// The steps of the engine (engine.hpp tells the method): candidate pairs, the flow network
// solved by network simplex, the pricing of every pair left out, and what the explanations
// and reasons need from the solution.
#include <cstdint>
#include <vector>

#include "matching/instance.hpp"

namespace pmi::matching::detail {

// The costs that make coverage come first and pins hold (engine.hpp).
struct Bonuses {
    Cost coverage = 0;  // M: 0 when coverage is not wanted
    Cost pin = 0;       // P
};
Bonuses bonuses_for(const Instance& instance, CountryCoverage coverage);

// The cost of the arc of an allowed pair.
inline Cost pair_cost(const Instance& instance, const Bonuses& bonuses, int team, int partner)
{
    return -static_cast<Cost>(instance.fit(team, partner)) - (instance.is_pinned(team, partner) ? bonuses.pin : 0);
}

struct CandidateSet {
    std::vector<PairIndex> pairs;      // sorted, distinct, all allowed
    std::size_t allowed_pairs = 0;     // allowed pairs of teams with places
    std::size_t compatible_pairs = 0;  // pairs sharing a language, forbidden ones included
};

// A first guess of every team's and partner's potential (estimate.cpp).
struct PotentialEstimate {
    std::vector<Cost> team, partner;
};
PotentialEstimate estimate_potentials(const Instance& instance);

// For every team with places, its `per_team` partners of best fit at the estimated
// potentials (fit + estimated partner potential) and its two favourites by fit; for every
// partner, its `per_partner` best teams at those potentials; every pin and every allowed
// pair that worked together. Ties go to the partner or team first in key order.
CandidateSet initial_candidates(const Instance& instance, const PotentialEstimate& estimate, int per_team,
                                int per_partner, const Progress& progress);

// An optimal flow of the network on `candidates`, and its node potentials.
struct FlowSolution {
    std::vector<PairIndex> pairs;  // pairs carrying flow, sorted
    Cost source_potential = 0;
    Cost sink_potential = 0;
    std::vector<Cost> country_potential, team_potential, partner_potential;
};
FlowSolution solve_network(const Instance& instance, const std::vector<PairIndex>& candidates, const Bonuses& bonuses);

// The allowed pairs whose reduced cost against `solution`'s potentials is negative, at most
// `per_team` per team (the most negative first) and `wanted + extra_per_partner` per partner.
// None means `solution` is optimal for every allowed pair, not only the candidates.
// `checked` counts the pairs whose fit was computed; the others were cleared by a bound.
struct PricingLimits {
    int per_team = 32;
    int extra_per_partner = 2;
};
struct Pricing {
    std::vector<PairIndex> improving;  // sorted
    std::uint64_t checked = 0;
};
Pricing price_left_out_pairs(const Instance& instance, const std::vector<PairIndex>& candidates,
                             const FlowSolution& solution, const PricingLimits& limits, const Progress& progress);

// The flow of a solution, by node, as the residual network needs it.
struct Loads {
    std::vector<int> team, partner, country;
    int total = 0;
    std::vector<std::vector<int>> partners_of_team, teams_of_partner;
};
Loads loads_of(const Instance& instance, const std::vector<PairIndex>& pairs);

}  // namespace pmi::matching::detail
