#pragma once
// Bulk entry of a partnership's values for one reporting period from a spreadsheet: the
// template's rows (one per indicator and disaggregation cell, with the value already there)
// and the plan of what an uploaded table would write, with every problem found by row.
// Pure: no I/O. The service reads what it needs, plans, and writes the plan only when it
// has no problem at all.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/csv.hpp"
#include "core/error.hpp"
#include "results/results.hpp"
#include "results/rules.hpp"

namespace pmi::results {

// "Add" only fills empty cells and leaves values already there as they are; "replace" also
// overwrites values of drafts (and values returned for correction). Neither ever changes a
// submitted or approved value: an approved one changes only through a revision.
enum class BulkMode { Add, Replace };

// What one uploaded file may hold: a template lists a few hundred rows at most.
inline constexpr csv::Limits kBulkLimits{std::size_t{2} << 20, 5000, 20, 4096};

// The columns of the template, in order; an upload needs indicator, cell and value, and
// reads period and denominator when present.
const std::vector<std::string>& bulk_columns();

// One line of the template: an indicator's cell with its value in the period, if any.
struct TemplateRow {
    IndicatorId indicator;
    std::string cell;
    std::optional<CellValue> current;
    std::optional<MeasurementStatus> status;
};

// Every cell of every indicator reported at the period's frequency (the total first), but
// qualitative ones (their text is written in the results form). `latest` holds the latest
// revision of the partnership's values in the period, by indicator.
std::vector<TemplateRow> template_rows(const std::vector<Indicator>& indicators, const Period& period,
                                       const std::vector<Measurement>& latest);

// A problem of one row: its spreadsheet row number, the column at fault, what is wrong and
// how to fix it.
struct BulkProblem {
    std::size_t row = 0;
    std::string column;
    Error error;
};

enum class BulkAction { Fill, Replace, Keep };

// One cell the file gives a value for, and what writing the file would do with it.
struct BulkChange {
    std::size_t row = 0;
    IndicatorId indicator;
    std::string indicator_code, cell;
    std::optional<std::int64_t> before;
    std::int64_t after = 0;
    BulkAction action = BulkAction::Fill;
};

// The values of one indicator to write as a draft: over `latest` when it is an open draft.
struct BulkWrite {
    IndicatorId indicator;
    std::optional<Measurement> latest;
    MeasurementValues values;
};

struct BulkPlan {
    std::size_t rows = 0;  // records after the header, empty ones included
    std::vector<BulkProblem> problems;
    std::vector<BulkChange> changes;
    std::vector<BulkWrite> writes;  // empty when there is any problem

    std::size_t count(BulkAction action) const;
};

// What `table` would write for the period. Rows without a value are left out. Fails on
// "file" when a required column is missing; every other problem is a BulkProblem: an
// unknown or qualitative indicator, one of another frequency, a period column naming
// another period, a cell the indicator does not have, a cell twice, a value that is not a
// number (or a denominator that is not a whole count), a locked period, a submitted or
// approved value, and what the rules of one report find once the file's cells are merged
// with the values already there (a percentage out of range, a total that disagrees with
// its cells, some cells entered and others not), each on the row of the cell at fault.
Result<BulkPlan> plan_bulk_entry(const csv::Table& table, const std::vector<Indicator>& indicators, const Period& period,
                                 const std::vector<Measurement>& latest, BulkMode mode);

}  // namespace pmi::results
