#pragma once
// What each proposed pair is worth (engine.hpp, PairExplanation), in the engine's working
// form: partner and team indices of the alternatives in key order.
#include <vector>

#include "matching/solver.hpp"

namespace pmi::matching::detail {

// Each pair is first searched with a budget of `most_teams_per_pair` teams expanded (most
// pairs need one or two); the pairs that run out of it are searched again without one.
std::vector<PairExplanation> explain_pairs(const Instance& instance, const FlowSolution& solution, const Loads& loads,
                                           const Bonuses& bonuses, CountryCoverage coverage, const Progress& progress,
                                           int most_teams_per_pair = 24);

}  // namespace pmi::matching::detail
