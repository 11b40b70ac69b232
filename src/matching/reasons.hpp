#pragma once
// Why places are left and countries go without a pair, in the engine's working form
// (indices in key order).
#include <vector>

#include "matching/solver.hpp"

namespace pmi::matching::detail {

struct Reasons {
    std::vector<UnfilledTeam> teams;        // team indices in key order
    std::vector<UnfilledPartner> partners;  // partner indices in key order
    std::vector<CountryReport> countries;
};

Reasons find_reasons(const Instance& instance, const Loads& loads, CountryCoverage coverage, const Progress& progress);

}  // namespace pmi::matching::detail
