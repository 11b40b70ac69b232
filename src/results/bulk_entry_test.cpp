// Bulk entry on every backend: the template lists every cell with its value, "add" fills
// only empty cells and "replace" overwrites drafts, submitted and approved values are never
// overwritten, every problem is reported by row and column, and a file with any problem
// writes nothing.
#include "support/results_fixture.hpp"

#include "results/bulk_entry_service.hpp"
#include "results/figures.hpp"

namespace pmi::results {
namespace {

class BulkEntryTest : public ResultsFixture {
protected:
    BulkEntryTest() : bulk(*database, clock) { q1 = period(2026, 1); }

    static csv::Table table(const std::string& rows)
    {
        return csv::Table::read("indicator,period,cell,value,denominator\n" + rows).value();
    }

    Result<BulkOutcome> enter(const Actor& by, const std::string& rows, BulkMode mode, BulkStep step = BulkStep::Confirm)
    {
        return bulk.enter(by, reo, q1, table(rows), mode, step);
    }

    // The cells of the latest values of `indicator` in Q1, as "cell=figure" in order.
    std::vector<std::string> cells(IndicatorId indicator)
    {
        auto connection = database->acquire();
        auto m = MeasurementStore(*connection).latest(indicator, reo, q1);
        std::vector<std::string> list;
        if (m)
            for (const auto& v : m->values) list.push_back(v.cell + "=" + figure_text(v.value));
        return list;
    }

    std::vector<std::string> problems(const BulkOutcome& outcome)
    {
        std::vector<std::string> list;
        for (const auto& p : outcome.plan.problems) list.push_back(std::to_string(p.row) + ":" + p.column);
        return list;
    }

    BulkEntryService bulk;
    PeriodId q1;
};

TEST_P(BulkEntryTest, TheTemplateListsEveryCellOfThePeriodWithItsValue)
{
    ASSERT_TRUE(measurements.save(reo_staff, reo, values(people, q1, {{"total", "7"}}), Submission::Draft).ok());
    auto made = bulk.bulk_template(reo_staff, reo, q1);
    ASSERT_TRUE(made.ok()) << made.error().message;
    ASSERT_EQ(made->rows.size(), 7u) << "people: the total and four cells by sex; the share and the maximum: their totals";
    EXPECT_EQ(made->rows[0].indicator, share) << "by code";
    const auto& total = made->rows[2];
    EXPECT_EQ(total.indicator, people);
    EXPECT_EQ(total.cell, "total");
    ASSERT_TRUE(total.current.has_value());
    EXPECT_EQ(total.current->value, 7 * kScale);
    EXPECT_EQ(total.status, MeasurementStatus::Draft);
    EXPECT_FALSE(made->rows[3].current.has_value());
    EXPECT_EQ(made->rows[3].cell, "women");

    EXPECT_EQ(bulk.bulk_template(visitor, reo, q1).error().code, ErrorCode::Unauthenticated);
    EXPECT_NE(bulk.bulk_template(reo_staff, sucre, q1).error().code, ErrorCode::Invalid) << "another partnership's staff are refused";
    EXPECT_TRUE(bulk.bulk_template(officer, sucre, q1).ok());
    EXPECT_EQ(bulk.bulk_template(officer, sucre, PeriodId{999999}).error().field, "period");
}

TEST_P(BulkEntryTest, AddFillsOnlyEmptyCellsAndReplaceOverwritesDrafts)
{
    ASSERT_TRUE(measurements.save(reo_staff, reo, values(biggest, q1, {{"total", "5"}}), Submission::Draft).ok());
    const std::string file = "1210.2,2026-27 Q1,total,9,\n1211.1,2026-27 Q1,total,10,\n1211.1,,women,6,\n1211.1,,men,4,\n"
                             "1211.1,,other-gender,0,\n1211.1,,sex-not-stated,0,\n1210.1,,total,,\n";
    auto preview = enter(town_staff, file, BulkMode::Add, BulkStep::Preview);
    ASSERT_TRUE(preview.ok()) << preview.error().message;
    EXPECT_TRUE(preview->plan.problems.empty());
    EXPECT_FALSE(preview->written);
    EXPECT_EQ(preview->plan.count(BulkAction::Fill), 5u);
    EXPECT_EQ(preview->plan.count(BulkAction::Keep), 1u);
    EXPECT_EQ(cells(people), std::vector<std::string>{}) << "a preview writes nothing";

    auto added = enter(town_staff, file, BulkMode::Add);
    ASSERT_TRUE(added.ok());
    EXPECT_TRUE(added->written);
    EXPECT_EQ(cells(biggest), std::vector<std::string>{"total=5"}) << "add leaves a value already there";
    EXPECT_EQ(cells(people), (std::vector<std::string>{"total=10", "women=6", "men=4", "other-gender=0", "sex-not-stated=0"}));

    auto replaced = enter(reo_staff, "1210.2,,total,9,\n1211.1,,total,12,\n1211.1,,women,8,\n", BulkMode::Replace);
    ASSERT_TRUE(replaced.ok());
    EXPECT_TRUE(replaced->plan.problems.empty());
    EXPECT_TRUE(replaced->written);
    EXPECT_EQ(replaced->plan.count(BulkAction::Replace), 3u);
    EXPECT_EQ(cells(biggest), std::vector<std::string>{"total=9"});
    EXPECT_EQ(cells(people), (std::vector<std::string>{"total=12", "women=8", "men=4", "other-gender=0", "sex-not-stated=0"}));
    EXPECT_EQ(audited("results.measurement.bulk"), (std::vector<std::string>{"results.measurement.bulk", "results.measurement.bulk"}));
}

TEST_P(BulkEntryTest, EveryProblemIsReportedByRowAndNothingIsWritten)
{
    const std::string file = "1210.2,,total,3,\n"            // row 2: fine alone
                             "9999.9,,total,1,\n"            // row 3: unknown indicator
                             "1211.1,,youth,1,\n"            // row 4: not a cell of people by sex
                             "1210.2,,total,4,\n"            // row 5: the same cell twice
                             "1211.1,,total,ten,\n"          // row 6: not a number
                             "1210.1,,total,140,20\n"        // row 7: a percentage above 100
                             "1210.2,2027-28 Q1,total,,\n"   // row 8: empty, skipped
                             "1211.1,2027-28 Q2,women,2,\n"; // row 9: another period
    auto outcome = enter(reo_staff, file, BulkMode::Replace);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message;
    EXPECT_FALSE(outcome->written);
    EXPECT_TRUE(outcome->plan.writes.empty());
    EXPECT_EQ(problems(*outcome), (std::vector<std::string>{"3:indicator", "4:cell", "5:cell", "6:value", "7:value", "9:period"}));
    EXPECT_EQ(outcome->plan.problems[0].error.arguments, std::vector<std::string>{"9999.9"});
    EXPECT_EQ(cells(biggest), std::vector<std::string>{}) << "the valid row is not written either";
    EXPECT_TRUE(audited("results.measurement.bulk").empty());

    auto totals = enter(reo_staff, "1211.1,,total,10,\n1211.1,,women,6,\n1211.1,,men,3,\n1211.1,,other-gender,0,\n1211.1,,sex-not-stated,0,\n",
                        BulkMode::Add);
    ASSERT_TRUE(totals.ok());
    ASSERT_EQ(problems(*totals), std::vector<std::string>{"2:value"}) << "the total disagrees with its cells, on the total's row";
    EXPECT_EQ(totals->plan.problems[0].error.arguments, (std::vector<std::string>{"10", "9"}));
    auto missing = enter(reo_staff, "1211.1,,total,10,\n1211.1,,women,6,\n", BulkMode::Add);
    EXPECT_EQ(problems(*missing), std::vector<std::string>{"2:value"}) << "some cells entered and others not";

    auto no_column = bulk.enter(reo_staff, reo, q1, csv::Table::read("indicator,cell\n1210.2,total\n").value(), BulkMode::Add, BulkStep::Preview);
    EXPECT_EQ(no_column.error().field, "file");
    EXPECT_EQ(no_column.error().arguments, std::vector<std::string>{"value"});
    auto refused = bulk.enter(visitor, reo, q1, csv::Table::read("indicator,cell\n").value(), BulkMode::Add, BulkStep::Preview);
    EXPECT_EQ(refused.error().code, ErrorCode::Unauthenticated) << "who may enter values is settled before the file is read";
}

TEST_P(BulkEntryTest, SubmittedAndApprovedValuesAreNeverOverwritten)
{
    approved(reo_staff, reo, values(biggest, q1, {{"total", "5"}}));
    ASSERT_TRUE(measurements.save(reo_staff, reo, values(share, q1, {{"total", "40"}}, {{"total", "10"}}), Submission::Submit).ok());
    auto replaced = enter(reo_staff, "1210.2,,total,9,\n1210.1,,total,50,10\n", BulkMode::Replace);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(problems(*replaced), (std::vector<std::string>{"2:value", "3:value"}));
    EXPECT_EQ(replaced->plan.problems[0].error.message.find("approved") != std::string::npos, true);
    EXPECT_FALSE(replaced->written);
    EXPECT_EQ(cells(biggest), std::vector<std::string>{"total=5"});

    auto added = enter(reo_staff, "1210.2,,total,9,\n1211.1,,total,3,\n", BulkMode::Add);
    ASSERT_TRUE(added.ok());
    EXPECT_TRUE(added->plan.problems.empty()) << "add keeps the approved value and fills the empty report";
    EXPECT_TRUE(added->written);
    EXPECT_EQ(added->plan.count(BulkAction::Keep), 1u);
    EXPECT_EQ(cells(biggest), std::vector<std::string>{"total=5"});
    EXPECT_EQ(cells(people), std::vector<std::string>{"total=3"});
}

TEST_P(BulkEntryTest, ALockedPeriodTakesNoFile)
{
    ASSERT_TRUE(results.lock_period(officer, q1, Lock::Locked).ok());
    auto outcome = enter(officer, "1210.2,,total,9,\n", BulkMode::Add);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(problems(*outcome), std::vector<std::string>{"2:period"});
    EXPECT_FALSE(outcome->written);
    EXPECT_EQ(cells(biggest), std::vector<std::string>{});
}

TEST_P(BulkEntryTest, EveryFigureLinksToTheApprovedValuesItCounts)
{
    approved(reo_staff, reo, values(people, q1, {{"total", "10"}, {"women", "6"}, {"men", "4"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}));
    approved(officer, sucre, values(people, q1, {{"total", "3"}}));
    auto all = pmfs.sources(Actor{}, {people, 2026, "", "", "total", {}});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->values.size(), 2u);
    EXPECT_FALSE(all->values[0].people_shown) << "visitors do not see who entered a value";
    ASSERT_TRUE(all->values[0].partnership.has_value()) << "the partnership is published";
    auto women = pmfs.sources(reo_staff, {people, 2026, "BF", "trade-regional", "women", {}});
    ASSERT_EQ(women->values.size(), 1u);
    EXPECT_EQ(women->values[0].value.approved.value.value, 6 * kScale);
    EXPECT_TRUE(women->values[0].people_shown);
    EXPECT_EQ(women->values[0].value.entered_by_name, reo_staff.name);
    EXPECT_EQ(pmfs.sources(Actor{}, {people, 2026, "", "inclusive-led", "total", {}})->values.size(), 2u);
    EXPECT_EQ(pmfs.sources(Actor{}, {people, 2026, "", "trade-regional", "total", {}})->values.size(), 1u);
    EXPECT_EQ(pmfs.sources(Actor{}, {people, 2026, "BO", "", "%", {}})->values.size(), 0u) << "a pattern names no cell";
    EXPECT_EQ(pmfs.sources(Actor{}, {IndicatorId{99999}, 2026, "", "", "", {}}).error().field, "indicator");

    const auto dashboard = pmfs.dashboard();
    const auto& areas = dashboard.by_area.at(people.value);
    EXPECT_EQ(areas.at("inclusive-led").at({2026, "total"}).sum, 13 * kScale);
    EXPECT_EQ(areas.at("trade-regional").at({2026, "total"}).sum, 10 * kScale);
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkEntryTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::results
