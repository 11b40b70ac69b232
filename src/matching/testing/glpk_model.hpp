#pragma once
// The matching problem as GLPK's integer program, written from the problem's definition
// (engine.hpp) and not from the engine's network, so that the two can check each other:
//   x[t][p] ∈ {0, 1} for every allowed pair (shares a language or interpretation, not
//   forbidden), fixed at 1 for a pin;   Σp x[t][p] ≤ capacity[t];   Σt x[t][p] ≤ wanted[p].
// With coverage wanted, y[c] ∈ {0, 1} and y[c] ≤ Σ x over the partners of country c, in two
// stages: first the most countries K = max Σ y[c], then the most fit Σ fit[t][p] x[t][p]
// subject to Σ y[c] ≥ K. That is "at least one pair per country when feasible" stated as
// constraints, with no big-M bonus. Without coverage, the second stage alone.
#include <cstdint>
#include <utility>
#include <vector>

#include "matching/problem.hpp"

namespace pmi::matching::testing {

struct ReferenceOptions {
    double time_limit_seconds = 600;  // for both stages together
};

struct ReferenceSolution {
    enum class Status { Optimal, TimeLimit, NoSolution } status = Status::NoSolution;
    std::int64_t total_fit = 0;
    int countries_served = 0;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (team, partner) input indices
    std::size_t columns = 0;                                 // pairs given to GLPK
    double seconds = 0;
};

ReferenceSolution solve_with_glpk(const Problem& problem, const ReferenceOptions& options = {});

}  // namespace pmi::matching::testing
