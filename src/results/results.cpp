#include "results/results.hpp"

#include "core/translator.hpp"

namespace pmi::results {

const std::array<Named<Level>, 4> kLevels{{{Level::Ultimate, "ultimate", N_("Ultimate outcome")},
                                                       {Level::Intermediate, "intermediate", N_("Intermediate outcome")},
                                                       {Level::Immediate, "immediate", N_("Immediate outcome")},
                                                       {Level::Output, "output", N_("Output")}}};
const std::array<Named<Unit>, 5> kUnits{{{Unit::Number, "number", N_("Number")},
                                                     {Unit::Percentage, "percentage", N_("Percentage")},
                                                     {Unit::Currency, "currency", N_("Canadian dollars")},
                                                     {Unit::YesNo, "yes-no", N_("Yes or no")},
                                                     {Unit::Text, "text", N_("Qualitative text")}}};
const std::array<Named<Direction>, 2> kDirections{{{Direction::Higher, "higher", N_("Higher is better")},
                                                               {Direction::Lower, "lower", N_("Lower is better")}}};
const std::array<Named<Aggregation>, 4> kAggregations{{{Aggregation::Sum, "sum", N_("Sum")},
                                                                   {Aggregation::WeightedAverage, "weighted-average", N_("Average weighted by the denominator")},
                                                                   {Aggregation::Latest, "latest", N_("Latest period")},
                                                                   {Aggregation::Maximum, "maximum", N_("Maximum")}}};
const std::array<Named<Disaggregation>, 4> kDisaggregations{{{Disaggregation::None, "none", N_("Total only")},
                                                                         {Disaggregation::Sex, "sex", N_("By sex")},
                                                                         {Disaggregation::Age, "age", N_("By age group")},
                                                                         {Disaggregation::SexAndAge, "sex-age", N_("By sex and age group")}}};
const std::array<Named<Frequency>, 3> kFrequencies{{{Frequency::Quarterly, "quarterly", N_("Quarterly")},
                                                                {Frequency::SemiAnnual, "semi-annual", N_("Twice a year")},
                                                                {Frequency::Annual, "annual", N_("Yearly")}}};
const std::array<Named<MeasurementStatus>, 4> kStatuses{{{MeasurementStatus::Draft, "draft", N_("Draft")},
                                                                     {MeasurementStatus::Submitted, "submitted", N_("Submitted")},
                                                                     {MeasurementStatus::Approved, "approved", N_("Approved")},
                                                                     {MeasurementStatus::Returned, "returned", N_("Returned")}}};


}  // namespace pmi::results
