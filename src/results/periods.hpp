#pragma once
// Reporting periods on the Canadian federal fiscal year (April 1 to March 31, named by the
// year it starts): quarters (Q1 is April to June), halves (H1 is April to September) or
// the whole year.
#include <string>
#include <vector>

#include "results/results.hpp"

namespace pmi::results {

inline constexpr int kMostProgramYears = 15;

// Every period of `frequency` from fiscal year `first` to `last` included, in order, with
// their first and last days; unlocked and without ids.
std::vector<Period> periods_of(Frequency frequency, int first, int last);
// "2026-27 Q1", "2026-27 H2", "2026-27".
std::string period_label(const Period& period);

}  // namespace pmi::results
