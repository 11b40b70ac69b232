#pragma once
// SQL for measurements, their values by cell, and the summary of approved values.
// approved_values() and summary() are what other modules (the IATI export) read approved
// results through.
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "results/aggregation.hpp"
#include "results/results.hpp"

namespace pmi::results {

// One approved, current value, with where and when it was measured.
struct ApprovedValue {
    MeasurementId measurement;
    IndicatorId indicator;
    PartnershipId partnership;
    PeriodId period;
    int fiscal_year = 0;
    int period_order = 0;  // Period::order()
    std::string country;
    CellValue value;
};

struct ApprovedFilter {
    std::optional<IndicatorId> indicator;
    std::optional<PartnershipId> partnership;
    std::optional<std::string> country;
    std::optional<int> fiscal_year;
};

// What narrows the values behind a figure further.
struct SourceFilter {
    std::optional<std::string> area;  // a programming area code of the partnership
    std::optional<std::string> cell;  // a cell, or a part of crossed cells ("women" names "women/youth")
};

// One approved, current value behind a figure, with who entered and approved it.
struct ValueBehind {
    ApprovedValue approved;
    int revision = 1;
    std::string entered_by_name, decided_by_name;
    Seconds entered_at = 0;
    std::optional<Seconds> decided_at;
};

// One row of the summary: approved values folded for one indicator × country × programming
// area ("*" for all areas) × fiscal year × cell.
struct SummaryRow {
    IndicatorId indicator;
    std::string country, area;
    int fiscal_year = 0;
    std::string cell;
    Accumulator accumulator;
};

inline constexpr std::string_view kAllAreas = "*";

class MeasurementStore {
public:
    explicit MeasurementStore(db::Connection& connection) : connection_(connection) {}

    // Every revision of every measurement of the partnership with its values, by indicator,
    // period and revision: two queries.
    std::vector<Measurement> of_partnership(PartnershipId partnership);
    std::optional<Measurement> find(MeasurementId id);
    // The latest revision for the indicator, partnership and period.
    std::optional<Measurement> latest(IndicatorId indicator, PartnershipId partnership, PeriodId period);
    MeasurementId insert(const Measurement& measurement);
    // Writes the status, texts, who entered it and when, and replaces the values.
    void update(const Measurement& measurement);
    // Records a decision unless the status changed meanwhile; true when recorded.
    bool decide(const Measurement& measurement, MeasurementStatus expected);
    // Makes `measurement` the current revision and the others of its key not current.
    void make_current(const Measurement& measurement);

    // Approved current values matching the filter, ordered by indicator, partnership, period.
    std::vector<ApprovedValue> approved_values(const ApprovedFilter& filter);
    // The same with revisions and people, `most` of them at most, by partnership and period.
    std::vector<ValueBehind> values_behind(const ApprovedFilter& filter, const SourceFilter& narrower, std::size_t most);

private:
    void write_values(MeasurementId id, const std::vector<CellValue>& values);
    std::vector<Measurement> with_values(std::vector<Measurement> measurements, const std::string& values_where, const db::Parameters& parameters);

    db::Connection& connection_;
};

class SummaryStore {
public:
    explicit SummaryStore(db::Connection& connection) : connection_(connection) {}

    // The rows of one indicator, country and fiscal year (every area and cell).
    std::vector<SummaryRow> rows(IndicatorId indicator, const std::string& country, int fiscal_year);
    // The rows of one area ("*" for all) for every indicator, in one country or all: one query.
    std::vector<SummaryRow> summary(std::string_view area, const std::optional<std::string>& country);
    // The program's totals (countries folded, country "") of every programming area (not "*"),
    // of each indicator's latest fiscal year only (what the dashboard shows): one query.
    std::vector<SummaryRow> by_area();
    // The rows of one area ("*" for all) in one country, or the program's totals (countries
    // folded, country "") when no country is named: one row per indicator × fiscal year × cell;
    // one query.
    std::vector<SummaryRow> totals(std::string_view area, const std::optional<std::string>& country);
    // The rows of one area in every country, of each indicator's latest fiscal year only (what
    // the dashboard shows): one query.
    std::vector<SummaryRow> latest_year_by_country(std::string_view area);
    // Folds the countries' rows of one indicator and fiscal year, or of the whole summary, into
    // the program's totals again, after their rows changed.
    void refold_totals(IndicatorId indicator, int fiscal_year);
    void refold_all_totals();
    // Inserts or replaces the rows, several to a statement.
    void write(const std::vector<SummaryRow>& rows);
    void clear(IndicatorId indicator, const std::string& country, int fiscal_year);
    void clear_all();

private:
    db::Connection& connection_;
};

}  // namespace pmi::results
