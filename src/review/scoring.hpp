#pragma once
// Pure scoring rules: a reviewer's weighted total for an application, the ranking, and
// the z-score normalisation that offsets harsh and lenient reviewers.
#include <map>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "core/result.hpp"
#include "review/review.hpp"

namespace pmi::review {

// Each criterion's score on its scale, weighted, as 0..100. Fails naming the criterion
// when a score is off its scale, a criterion is unknown or (with `complete`) one is missing.
Result<double> weighted_total(const std::vector<calls::Criterion>& rubric, const std::vector<Score>& scores, bool complete);
std::vector<Error> check_scores(const std::vector<calls::Criterion>& rubric, const std::vector<Score>& scores);
// What an edit changes, for the audit log: "criterion 1: 3 → 4, criterion 2: none → 5",
// one entry per criterion edited, so that the log alone retraces every score a review had.
std::string score_changes(const std::vector<Score>& before, const std::vector<Score>& after);

// totals[application][reviewer] → one row per application, best first. With ZScore each
// reviewer's totals are centred on their own mean and scaled by their own deviation, then
// put back on the scale of all totals, so a harsh reviewer's 60 may equal a lenient one's 85.
std::vector<RankedApplication> rank(const std::map<std::int64_t, std::map<std::int64_t, double>>& totals,
                                    Normalisation normalisation);

}  // namespace pmi::review
