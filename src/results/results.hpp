#pragma once
// The program's results: its logic model (ultimate outcome → intermediate outcomes, one per
// programming area → immediate outcomes → outputs), indicators on its nodes, reporting
// periods over fiscal years, and the measurements partnerships report against them.
//
// Figures are exact decimals held as integers scaled by kScale (12.5 is 125000), in the
// database too: never floating point. A denominator (of a weighted average) is a whole count.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::results {

using NodeId = Id<struct NodeTag>;
using IndicatorId = Id<struct IndicatorTag>;
using PeriodId = Id<struct PeriodTag>;
using MeasurementId = Id<struct MeasurementTag>;
using partnerships::PartnershipId;

inline constexpr std::int64_t kScale = 10'000;

enum class Level { Ultimate, Intermediate, Immediate, Output };
enum class Unit { Number, Percentage, Currency, YesNo, Text };
enum class Direction { Higher, Lower };
// How the values of several partnerships (and periods) make one figure.
enum class Aggregation { Sum, WeightedAverage, Latest, Maximum };
enum class Disaggregation { None, Sex, Age, SexAndAge };
enum class Frequency { Quarterly, SemiAnnual, Annual };
enum class MeasurementStatus { Draft, Submitted, Approved, Returned };

// An enum value with its stored code and its English label (a message id).
template <typename E>
struct Named {
    E value;
    std::string_view code;
    std::string_view label;
};

// The codes and labels of each enum (defined in results.cpp, where the labels are marked
// for translation).
extern const std::array<Named<Level>, 4> kLevels;
extern const std::array<Named<Unit>, 5> kUnits;
extern const std::array<Named<Direction>, 2> kDirections;
extern const std::array<Named<Aggregation>, 4> kAggregations;
extern const std::array<Named<Disaggregation>, 4> kDisaggregations;
extern const std::array<Named<Frequency>, 3> kFrequencies;
extern const std::array<Named<MeasurementStatus>, 4> kStatuses;

template <typename E, std::size_t N>
constexpr std::string_view code_of(const std::array<Named<E>, N>& table, E value)
{
    for (const auto& entry : table)
        if (entry.value == value) return entry.code;
    return {};
}
template <typename E, std::size_t N>
constexpr std::string_view label_of(const std::array<Named<E>, N>& table, E value)
{
    for (const auto& entry : table)
        if (entry.value == value) return entry.label;
    return {};
}
template <typename E, std::size_t N>
constexpr std::optional<E> from_code(const std::array<Named<E>, N>& table, std::string_view code)
{
    for (const auto& entry : table)
        if (entry.code == code) return entry.value;
    return std::nullopt;
}

struct Node {
    NodeId id;
    NodeId parent;  // invalid for the ultimate outcome
    Level level = Level::Output;
    std::string code;  // "1000", "1100", "1110", "1111"
    std::string area;  // the programming area of an intermediate outcome (and below), or ""
    LocalizedText statement;
};

struct Indicator {
    IndicatorId id;
    NodeId node;
    std::string code;  // "1110.1"
    LocalizedText name, definition;
    Unit unit = Unit::Number;
    Direction direction = Direction::Higher;
    Aggregation aggregation = Aggregation::Sum;
    LocalizedText denominator;  // what a weighted average is weighted by ("women trained")
    Disaggregation disaggregation = Disaggregation::None;
    Frequency frequency = Frequency::Annual;
    std::optional<std::int64_t> baseline;  // scaled
    std::string baseline_date;              // "2025-03-31" or ""
    std::map<int, std::int64_t> targets;    // fiscal year → scaled value
    LocalizedText data_source, collection_method, responsibility;
};

struct Period {
    PeriodId id;
    Frequency frequency = Frequency::Annual;
    int fiscal_year = 0;  // named by the year it starts: 2026 is 2026-27
    int number = 1;       // the quarter or half within the fiscal year; 1 for a year
    std::string starts, ends;  // "2026-04-01", "2026-06-30"
    bool locked = false;
    // Orders periods across years: 2026 Q3 is 20263.
    int order() const { return fiscal_year * 10 + number; }
};

// One disaggregation cell's value: "total", "women", "youth", "women/youth", ...
struct CellValue {
    std::string cell;
    std::int64_t value = 0;                  // scaled
    std::optional<std::int64_t> denominator;  // whole count, for weighted averages
    friend bool operator==(const CellValue&, const CellValue&) = default;
};

struct Measurement {
    MeasurementId id;
    IndicatorId indicator;
    PartnershipId partnership;
    PeriodId period;
    int revision = 1;
    bool current = true;  // false once a later revision replaced it
    MeasurementStatus status = MeasurementStatus::Draft;
    std::string narrative;  // the value of a qualitative indicator
    std::string comment, return_reason;
    UserId entered_by;
    std::string entered_by_name;
    Seconds entered_at = 0;
    std::string decided_by_name;
    std::optional<Seconds> decided_at;
    std::vector<CellValue> values;  // the total first
};

// What officers send to create or change a node or an indicator; language → text maps.
struct NodeInput {
    std::string parent;  // the parent's code, "" for the ultimate outcome
    std::string level, code, area;
    std::map<std::string, std::string> statement;
};

struct IndicatorInput {
    std::string node;  // the node's code
    std::string code, unit, direction, aggregation, disaggregation, frequency;
    std::map<std::string, std::string> name, definition, denominator, data_source, collection_method, responsibility;
    std::string baseline, baseline_date;
    std::map<std::string, std::string> targets;  // "2026-27" → "120"
};

// What partnership staff send for one indicator and period: cell → text figure.
struct MeasurementInput {
    std::string indicator, period;  // ids
    std::map<std::string, std::string> values, denominators;
    std::string narrative, comment;
};

}  // namespace pmi::results
