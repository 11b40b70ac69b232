#pragma once
// Keeps the summary of approved values current, inside the transaction that approves a
// value: an approval folds its values into the rows it touches (one read, one write); the
// approval of a revision rebuilds the rows of its indicator, country and fiscal year from
// the approved values, since a replaced value cannot be taken out of a maximum or a latest.
// Either way the program's totals of that indicator and fiscal year are folded again from
// the countries' rows.
#include "partnerships/partnership.hpp"
#include "results/measurement_store.hpp"

namespace pmi::results {

// Adds the measurement's values to the rows of every area of the partnership and of "*".
void fold_into_summary(db::Connection& connection, const Measurement& measurement, const Period& period,
                       const partnerships::Partnership& partnership);
// Recomputes the rows of one indicator, country and fiscal year from the approved values.
void rebuild_summary(db::Connection& connection, IndicatorId indicator, const std::string& country, int fiscal_year);
// Recomputes the rows that hold the partnership's approved values, in the country it was in
// and the one it is in now, after its country or programming areas changed (its `before`
// state; the stored one is the new).
void resummarize_partnership(db::Connection& connection, const partnerships::Partnership& before);
// Recomputes the whole summary (after loading values in bulk, or to repair it); returns the
// number of approved values folded.
std::size_t rebuild_whole_summary(db::Connection& connection);

}  // namespace pmi::results
