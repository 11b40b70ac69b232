// The pure rules of results: exact figures, aggregation rules, fiscal-year periods, and
// what a node, an indicator and a report must be.
#include <gtest/gtest.h>

#include "results/aggregation.hpp"
#include "results/figures.hpp"
#include "results/periods.hpp"
#include "results/pmf.hpp"
#include "results/rules.hpp"

namespace pmi::results {
namespace {

constexpr std::int64_t operator""_f(unsigned long long whole) { return static_cast<std::int64_t>(whole) * kScale; }

Accumulator of(std::initializer_list<Contribution> contributions)
{
    Accumulator a;
    for (const auto& c : contributions) a = add(a, c);
    return a;
}

TEST(Figures, AreExactDecimalsWrittenWithAPoint)
{
    EXPECT_EQ(parse_figure("12", "v").value(), 120000);
    EXPECT_EQ(parse_figure(" 12.5 ", "v").value(), 125000);
    EXPECT_EQ(parse_figure("-3.0025", "v").value(), -30025);
    EXPECT_EQ(parse_figure("0.0001", "v").value(), 1);
    for (const char* wrong : {"", "1,5", "12.", ".5", "1e3", "0.00001", "12a", "--1"}) EXPECT_FALSE(parse_figure(wrong, "v").ok()) << wrong;
    EXPECT_EQ(parse_figure("1.5x", "value-women").error().field, "value-women");
    EXPECT_FALSE(parse_figure("10000000001", "v").ok());
    EXPECT_EQ(figure_text(125000), "12.5");
    EXPECT_EQ(figure_text(-30025), "-3.0025");
    EXPECT_EQ(figure_text(1), "0.0001");
    EXPECT_EQ(figure_text(120000), "12");
    EXPECT_EQ(parse_denominator("40", "d").value(), 40);
    EXPECT_EQ(parse_denominator("0", "d").value(), 0) << "a cell with nobody in it";
    EXPECT_FALSE(parse_denominator("-1", "d").ok());
    EXPECT_FALSE(parse_denominator("2.5", "d").ok());
}

TEST(Cells, CrossingSexAndAgeGivesTwelveCells)
{
    EXPECT_TRUE(cells_of(Disaggregation::None).empty());
    EXPECT_EQ(cells_of(Disaggregation::Sex).size(), 4u);
    EXPECT_EQ(cells_of(Disaggregation::Age).size(), 3u);
    const auto crossed = cells_of(Disaggregation::SexAndAge);
    ASSERT_EQ(crossed.size(), 12u);
    EXPECT_EQ(crossed.front(), "women/youth");
    EXPECT_EQ(cell_labels("women/youth"), (std::vector<std::string_view>{"Women", "Youth (15 to 35)"}));
    EXPECT_EQ(cell_labels("total"), (std::vector<std::string_view>{"Total"}));
}

TEST(Aggregation, EachRuleGivesItsFigure)
{
    const auto a = of({{10_f, 50, 20261}, {30_f, 150, 20262}, {20_f, 100, 20262}});
    EXPECT_EQ(figure(Aggregation::Sum, a), 60_f);
    EXPECT_EQ(figure(Aggregation::Maximum, a), 30_f);
    EXPECT_EQ(figure(Aggregation::Latest, a), 50_f) << "both values of the latest period, 2026 Q2";
    // Σ(value × denominator) / Σ denominator = (500 + 4500 + 2000) / 300 = 23.3333…
    EXPECT_EQ(figure(Aggregation::WeightedAverage, a), 233333);
    EXPECT_EQ(figure(Aggregation::Sum, Accumulator{}), std::nullopt);
    EXPECT_EQ(figure(Aggregation::WeightedAverage, of({{10_f, std::nullopt, 1}})), std::nullopt);
    EXPECT_EQ(figure(Aggregation::Maximum, of({{-5_f, std::nullopt, 1}, {-2_f, std::nullopt, 1}})), -2_f);
}

TEST(Aggregation, WeightedAverageOfPercentagesIsNotTheirMean)
{
    // 80% of 10 women and 20% of 90 women: 26% of the 100, not (80 + 20) / 2 = 50%.
    const auto a = of({{80_f, 10, 1}, {20_f, 90, 1}});
    EXPECT_EQ(figure(Aggregation::WeightedAverage, a), 26_f);
    // Rounded half away from zero at the fourth decimal: 2/3 → 0.6667.
    EXPECT_EQ(figure(Aggregation::WeightedAverage, of({{1_f, 2, 1}, {0, 1, 1}})), 6667);
}

TEST(Aggregation, CombiningAccumulatorsEqualsAddingEveryValueToOne)
{
    const std::vector<Contribution> values = {{7_f, 3, 20261}, {2_f, 1, 20264}, {9_f, 5, 20253}, {4_f, 2, 20264}, {1_f, 7, 20262}};
    Accumulator all, left, right;
    for (std::size_t i = 0; i < values.size(); ++i) {
        all = add(all, values[i]);
        (i % 2 ? left : right) = add(i % 2 ? left : right, values[i]);
    }
    EXPECT_EQ(combine(left, right), all);
    EXPECT_EQ(combine(right, left), all);
    EXPECT_EQ(combine(Accumulator{}, all), all);
    EXPECT_EQ(all.latest_sum, 6_f);
}

TEST(Aggregation, SharesOfWomenAndYouthCountEveryCellNamingThem)
{
    std::map<std::pair<int, std::string>, Accumulator> cells;
    auto put = [&](int year, const char* cell, std::int64_t value) { cells[{year, cell}] = of({{value * kScale, std::nullopt, 1}}); };
    put(2026, "total", 40), put(2026, "women/youth", 10), put(2026, "women/adult", 6), put(2026, "men/youth", 14), put(2026, "men/adult", 10);
    put(2027, "total", 0);
    EXPECT_EQ(share_of(cells, 2026, "women"), 4000) << "16 of 40: 40.00 %";
    EXPECT_EQ(share_of(cells, 2026, "youth"), 6000);
    EXPECT_EQ(share_of(cells, 2027, "women"), std::nullopt) << "no share of nothing";
    EXPECT_EQ(share_of(cells, 2028, "women"), std::nullopt);
}

TEST(Periods, FollowTheFiscalYearFromAprilToMarch)
{
    const auto quarters = periods_of(Frequency::Quarterly, 2026, 2027);
    ASSERT_EQ(quarters.size(), 8u);
    EXPECT_EQ(quarters[0].starts, "2026-04-01");
    EXPECT_EQ(quarters[0].ends, "2026-06-30");
    EXPECT_EQ(quarters[3].starts, "2027-01-01");
    EXPECT_EQ(quarters[3].ends, "2027-03-31");
    EXPECT_EQ(period_label(quarters[3]), "2026-27 Q4");
    EXPECT_EQ(quarters[4].starts, "2027-04-01");
    EXPECT_EQ(period_label(quarters[4]), "2027-28 Q1");
    const auto halves = periods_of(Frequency::SemiAnnual, 2027, 2027);
    ASSERT_EQ(halves.size(), 2u);
    EXPECT_EQ(halves[0].ends, "2027-09-30");
    EXPECT_EQ(halves[1].starts, "2027-10-01");
    EXPECT_EQ(halves[1].ends, "2028-03-31");
    EXPECT_EQ(period_label(halves[1]), "2027-28 H2");
    const auto years = periods_of(Frequency::Annual, 2027, 2028);
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].ends, "2028-03-31") << "2028 is a leap year; the year still ends on March 31";
    EXPECT_EQ(period_label(years[1]), "2028-29");
    EXPECT_LT(quarters[3].order(), quarters[4].order());
}

TEST(Rules, ANodeSitsOneLevelUnderItsParent)
{
    EXPECT_TRUE(check_parent(Level::Ultimate, std::nullopt).ok());
    EXPECT_TRUE(check_parent(Level::Intermediate, Level::Ultimate).ok());
    EXPECT_TRUE(check_parent(Level::Output, Level::Immediate).ok());
    EXPECT_EQ(check_parent(Level::Output, Level::Intermediate).error().field, "parent");
    EXPECT_FALSE(check_parent(Level::Ultimate, Level::Ultimate).ok());
    EXPECT_FALSE(check_parent(Level::Immediate, std::nullopt).ok());
    auto node = read_node({"", "nowhere", "1 0", "", {}});
    ASSERT_FALSE(node.ok());
    std::vector<std::string> fields;
    for (const auto& e : flatten(node.error())) fields.push_back(e.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"level", "code", "statement-en"}));
}

IndicatorInput indicator_input(std::string unit, std::string aggregation, std::string disaggregation = "none")
{
    IndicatorInput in;
    in.code = "1110.1", in.unit = std::move(unit), in.direction = "higher", in.aggregation = std::move(aggregation);
    in.disaggregation = std::move(disaggregation), in.frequency = "quarterly";
    in.name = {{"en", "Entrepreneurs trained"}};
    in.denominator = {{"en", "Entrepreneurs who finished a course"}};
    in.baseline = "12.5", in.baseline_date = "2025-03-31", in.targets = {{"2026-27", "40"}, {"2027", "80"}};
    return in;
}

TEST(Rules, PercentagesAreNeverSummed)
{
    auto refused = read_indicator(indicator_input("percentage", "sum"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "aggregation");
    EXPECT_TRUE(read_indicator(indicator_input("percentage", "weighted-average")).ok());
    auto no_denominator = indicator_input("percentage", "weighted-average");
    no_denominator.denominator.clear();
    EXPECT_EQ(read_indicator(no_denominator).error().field, "denominator-en");
    EXPECT_EQ(read_indicator(indicator_input("yes-no", "sum", "sex")).error().field, "disaggregation");
    auto read = read_indicator(indicator_input("number", "sum", "sex-age")).value();
    EXPECT_EQ(read.baseline, 125000);
    EXPECT_EQ(read.targets, (std::map<int, std::int64_t>{{2026, 40_f}, {2027, 80_f}}));
}

Indicator indicator(const char* unit, const char* aggregation, const char* disaggregation)
{
    return read_indicator(indicator_input(unit, aggregation, disaggregation)).value();
}

TEST(Rules, ATotalMustEqualTheSumOfItsCells)
{
    const auto people = indicator("number", "sum", "sex");
    MeasurementInput in;
    in.values = {{"total", "10"}, {"women", "6"}, {"men", "3"}, {"other-gender", "0"}, {"sex-not-stated", "0"}};
    auto wrong = read_measurement(people, in);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, "value-total");
    EXPECT_EQ(wrong.error().arguments, (std::vector<std::string>{"10", "9"}));
    in.values["sex-not-stated"] = "1";
    auto right = read_measurement(people, in).value();
    ASSERT_EQ(right.values.size(), 5u);
    EXPECT_EQ(right.values[0], (CellValue{"total", 10_f, std::nullopt}));

    MeasurementInput partial;
    partial.values = {{"total", "10"}, {"women", "6"}};
    EXPECT_EQ(read_measurement(people, partial).error().field, "value-men") << "some cells entered, others not";
    MeasurementInput total_only;
    total_only.values = {{"total", "10"}};
    EXPECT_EQ(read_measurement(people, total_only).value().values.size(), 1u);
    EXPECT_EQ(read_measurement(people, MeasurementInput{}).error().field, "value-total");
}

TEST(Rules, AWeightedTotalMustBeTheWeightedAverageOfItsCells)
{
    const auto share = indicator("percentage", "weighted-average", "age");
    MeasurementInput in;
    in.values = {{"total", "26"}, {"youth", "80"}, {"adult", "20"}, {"age-not-stated", "0"}};
    in.denominators = {{"total", "100"}, {"youth", "10"}, {"adult", "90"}, {"age-not-stated", "1"}};
    EXPECT_EQ(read_measurement(share, in).error().field, "denominator-total");
    in.denominators["total"] = "101";
    EXPECT_EQ(read_measurement(share, in).error().field, "value-total") << "(800 + 1800 + 0) / 101 = 25.7426";
    in.values["total"] = "25.7426";
    EXPECT_TRUE(read_measurement(share, in).ok());
    in.values["youth"] = "101";
    EXPECT_EQ(read_measurement(share, in).error().field, "value-youth");
    in.values["youth"] = "80", in.denominators.erase("adult");
    EXPECT_EQ(read_measurement(share, in).error().field, "denominator-adult");
}

}  // namespace
}  // namespace pmi::results
