#pragma once
// The Performance Measurement Framework: for each result of the logic model, its indicators
// with baseline, targets and actuals by fiscal year in every disaggregation cell, data
// source, collection method, frequency and responsibility; for the whole program, a country,
// a programming area or a partnership.
//
// The program, a country and an area are read from the summary of approved values: four
// queries whatever the number of values (nodes, indicators, targets, summary rows). A
// partnership reads its own approved values: the partnership, its members, the actor's
// directory profiles (one query per membership) and the values, plus the same three.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/partnership.hpp"
#include "results/aggregation.hpp"
#include "results/measurement_store.hpp"
#include "results/results.hpp"

namespace pmi::results {

struct PmfFilter {
    std::string country;  // a country code, or "" for all
    std::string area;     // a programming area code, or "" for all
    PartnershipId partnership;  // when valid, that partnership alone (country and area ignored)
};

struct Pmf {
    PmfFilter filter;
    std::optional<partnerships::Partnership> partnership;
    std::vector<Node> nodes;
    std::vector<Indicator> indicators;
    std::vector<int> years;  // every fiscal year with a target or an actual, in order
    // Indicator id → (fiscal year, cell) → the approved values folded.
    std::map<std::int64_t, std::map<std::pair<int, std::string>, Accumulator>> actuals;

    // The actual of `indicator` in `year` and `cell` by its aggregation rule, if any.
    std::optional<std::int64_t> actual(const Indicator& indicator, int year, const std::string& cell) const;
};

// Progress by country and by programming area: for each indicator, the approved values of
// each country (and area) folded by fiscal year and cell, read from the summary in four
// queries (indicators, targets, the rows of all areas, the rows by area).
struct Dashboard {
    std::vector<Indicator> indicators;
    std::vector<std::string> countries;  // with approved values, in order
    // Indicator id → country → (fiscal year, cell) → the approved values folded.
    std::map<std::int64_t, std::map<std::string, std::map<std::pair<int, std::string>, Accumulator>>> by_country;
    // Indicator id → programming area → (fiscal year, cell): every country's values folded.
    std::map<std::int64_t, std::map<std::string, std::map<std::pair<int, std::string>, Accumulator>>> by_area;
};

// What a figure of the dashboard or the PMF counts: an indicator's approved values in a
// fiscal year (or all), a country, a programming area, a cell (or every cell naming a part,
// "women") and a partnership, each optional but the indicator.
struct FigureFilter {
    IndicatorId indicator;
    std::optional<int> fiscal_year;
    std::string country, area, cell;
    PartnershipId partnership;
};

// One approved value behind a figure. `partnership` is empty for one the actor may not see
// (unpublished, not theirs); who entered and approved it is shown to officers and to the
// partnership's staff only.
struct SourceValue {
    ValueBehind value;
    std::optional<partnerships::Partnership> partnership;
    Period period;
    bool people_shown = false;
};

struct FigureSources {
    Indicator indicator;
    FigureFilter filter;
    std::vector<SourceValue> values;
    bool truncated = false;  // more than kMostSourceValues
};

inline constexpr std::size_t kMostSourceValues = 1000;

// The share of `part` cells ("women", "youth": every cell naming it) in the total of
// `cells`, in hundredths of a percent (2550 is 25.5 %); nullopt without a total.
std::optional<std::int64_t> share_of(const std::map<std::pair<int, std::string>, Accumulator>& cells, int year, std::string_view part);

class PmfService {
public:
    explicit PmfService(db::Database& database) : database_(database) {}

    // Everyone for the program, a country or an area (approved figures are public); a
    // partnership's staff and officers for a partnership, and everyone for a published one.
    // Fails with not found for a partnership the actor may not see.
    Result<Pmf> pmf(const Actor& actor, const PmfFilter& filter);
    // The same on a connection the caller holds (tests count its statements).
    static Result<Pmf> pmf(db::Connection& connection, const Actor& actor, const PmfFilter& filter);
    // Everyone: approved figures by country are public.
    Dashboard dashboard();
    // Everyone: the approved values a figure counts. Fails on "indicator" when there is no
    // such indicator, and with not found for a partnership the actor may not see.
    Result<FigureSources> sources(const Actor& actor, const FigureFilter& filter);

private:
    db::Database& database_;
};

}  // namespace pmi::results
