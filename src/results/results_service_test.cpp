// Results on every backend: the logic model and indicators kept by officers, periods over
// fiscal years and their locking, the rules of reporting and approval (whoever entered a
// value never approves it), revisions of approved values, the summary kept current on
// approval (always equal to a rebuild from the values), and the PMF read in a fixed number
// of queries.
#include "support/results_fixture.hpp"
#include "support/counting_connection.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <tuple>

#include "core/embedded.hpp"
#include "directory/directory_service.hpp"
#include "partnerships/partnership_service.hpp"
#include "partnerships/workplan_service.hpp"
#include "results/figures.hpp"
#include "results/logic_model_outputs.hpp"
#include "results/measurement_service.hpp"
#include "results/measurement_store.hpp"
#include "results/pmf.hpp"
#include "results/results_service.hpp"
#include "results/results_store.hpp"
#include "results/summary.hpp"

namespace pmi::results {
namespace {

class ResultsServiceTest : public ResultsFixture {};

TEST_P(ResultsServiceTest, OfficersKeepTheLogicModelAndItsIndicators)
{
    EXPECT_EQ(results.save_node(reo_staff, {"1000", "output", "9999", "", {{"en", "No."}}}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(results.save_node(officer, {"1000", "output", "1300", "", {{"en", "Skips a level."}}}).error().field, "parent");
    EXPECT_EQ(results.save_node(officer, {"1000", "intermediate", "1300", "", {{"en", "No area."}}}).error().field, "area");
    EXPECT_EQ(results.save_node(officer, {"4444", "output", "1300", "", {{"en", "No parent."}}}).error().field, "parent");
    EXPECT_EQ(results.save_node(officer, {"1000", "ultimate", "1000", "", {{"en", "No parent for the ultimate outcome."}}}).error().field, "parent");
    ASSERT_TRUE(results.save_node(officer, {"", "ultimate", "1000", "", {{"en", "Local economies grow."}, {"fr", "Les économies locales croissent."}}}).ok());
    const auto model = results.logic_model();
    ASSERT_EQ(model.nodes.size(), 4u);
    EXPECT_EQ(model.nodes[0].statement.get("fr"), "Les économies locales croissent.");
    EXPECT_EQ(model.nodes[3].code, "1211");
    EXPECT_EQ(model.nodes[3].area, "inclusive-led") << "outputs take the area of their intermediate outcome";
    EXPECT_EQ(model.nodes[3].parent, model.nodes[2].id);
    ASSERT_EQ(model.indicators.size(), 3u);
    EXPECT_EQ(model.indicators[2].code, "1211.1");
    EXPECT_EQ(model.indicators[2].targets, (std::map<int, std::int64_t>{{2026, 100_f}}));
    EXPECT_EQ(model.indicators[2].disaggregation, Disaggregation::Sex);
    EXPECT_EQ(audited("results.node."), (std::vector<std::string>{"results.node.add", "results.node.add", "results.node.add", "results.node.add",
                                                                   "results.node.update"}));
}

TEST_P(ResultsServiceTest, PeriodsFollowFiscalYearsAndALockedPeriodTakesNoValues)
{
    EXPECT_EQ(results.generate_periods(officer, 2026, 2027).value(), 0) << "nothing twice";
    EXPECT_EQ(results.generate_periods(officer, 2027, 2028).value(), 7);
    EXPECT_EQ(results.generate_periods(officer, 2028, 2026).error().field, "last");
    EXPECT_EQ(results.generate_periods(reo_staff, 2026, 2027).error().code, ErrorCode::Forbidden);
    auto q4 = period(2026, 4);
    for (const auto& p : results.periods()) {
        if (p.id == q4) {
            EXPECT_EQ(p.ends, "2027-03-31");
        }
    }

    auto draft = measurements.save(reo_staff, reo, values(biggest, q4, {{"total", "3"}}), Submission::Draft);
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(results.lock_period(reo_staff, q4, Lock::Locked).error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(results.lock_period(officer, q4, Lock::Locked).ok());
    auto refused = measurements.save(reo_staff, reo, values(biggest, q4, {{"total", "4"}}), Submission::Submit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().field, "period");
    EXPECT_EQ(refused.error().arguments, (std::vector<std::string>{"2026-27 Q4"}));
    ASSERT_TRUE(results.lock_period(officer, q4, Lock::Unlocked).ok());
    EXPECT_TRUE(measurements.save(reo_staff, reo, values(biggest, q4, {{"total", "4"}}), Submission::Submit).ok());
    auto annual = measurements.save(reo_staff, reo, values(biggest, PeriodId{results.periods().front().id}, {{"total", "4"}}), Submission::Draft);
    EXPECT_EQ(annual.error().field, "period") << "an annual period for a quarterly indicator";
}

TEST_P(ResultsServiceTest, WhoeverEnteredAValueNeverApprovesIt)
{
    const auto q1 = period(2026, 1);
    EXPECT_EQ(measurements.save(town_staff, sucre, values(people, q1, {{"total", "5"}}), Submission::Draft).error().code, ErrorCode::Forbidden)
        << "published, but not their partnership";
    auto mismatch = measurements.save(reo_staff, reo, values(people, q1, {{"total", "5"}, {"women", "3"}, {"men", "1"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}),
                                      Submission::Submit);
    EXPECT_EQ(mismatch.error().field, "value-total");
    auto by_officer = measurements.save(officer, reo, values(people, q1, {{"total", "5"}, {"women", "3"}, {"men", "2"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}),
                                        Submission::Draft).value();
    EXPECT_EQ(measurements.decide(second_officer, by_officer, Verdict::Approve, "").error().code, ErrorCode::Conflict) << "a draft";
    ASSERT_EQ(measurements.save(officer, reo, values(people, q1, {{"total", "5"}, {"women", "3"}, {"men", "2"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}),
                                Submission::Submit).value(), by_officer) << "the same open revision";
    EXPECT_EQ(measurements.decide(officer, by_officer, Verdict::Approve, "").error().code, ErrorCode::Forbidden) << "the officer who entered it";
    EXPECT_EQ(measurements.decide(reo_staff, by_officer, Verdict::Approve, "").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(measurements.decide(second_officer, by_officer, Verdict::Return, " ").error().field, "reason");
    ASSERT_TRUE(measurements.decide(second_officer, by_officer, Verdict::Return, "Count the new course too.").ok());
    EXPECT_EQ(program_actual(people, 2026, "total"), std::nullopt) << "nothing approved yet";

    ASSERT_EQ(measurements.save(reo_staff, reo, values(people, q1, {{"total", "6"}, {"women", "4"}, {"men", "2"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}),
                                Submission::Submit).value(), by_officer);
    EXPECT_EQ(measurements.decide(reo_staff, by_officer, Verdict::Approve, "").error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(measurements.decide(officer, by_officer, Verdict::Approve, "").ok()) << "now entered by the partnership's staff";
    EXPECT_EQ(measurements.decide(second_officer, by_officer, Verdict::Approve, "").error().code, ErrorCode::Conflict);
    EXPECT_EQ(program_actual(people, 2026, "total"), 6_f);
    EXPECT_EQ(program_actual(people, 2026, "women"), 4_f);
    EXPECT_EQ(program_actual(people, 2026, "women", {"BF", "trade-regional", {}}), 4_f);
    EXPECT_EQ(program_actual(people, 2026, "women", {"BO", "", {}}), std::nullopt);
    auto mine = measurements.partnership_results(reo_staff, reo).value();
    ASSERT_EQ(mine.measurements.size(), 1u);
    EXPECT_EQ(mine.measurements[0].status, MeasurementStatus::Approved);
    EXPECT_EQ(mine.measurements[0].values.size(), 5u);
    EXPECT_EQ(mine.measurements[0].values[1], (CellValue{"women", 4_f, std::nullopt}));
    EXPECT_EQ(measurements.partnership_results(town_staff, sucre).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(audited("results.measurement."), (std::vector<std::string>{"results.measurement.save", "results.measurement.submit",
                                                                          "results.measurement.return", "results.measurement.submit",
                                                                          "results.measurement.approve"}));
}

TEST_P(ResultsServiceTest, AnApprovedValueIsCorrectedOnlyByAnApprovedRevision)
{
    const auto q1 = period(2026, 1), q2 = period(2026, 2);
    approved(reo_staff, reo, values(biggest, q1, {{"total", "10"}}));
    approved(reo_staff, reo, values(biggest, q2, {{"total", "8"}}));
    EXPECT_EQ(program_actual(biggest, 2026, "total"), 10_f);
    auto revision = measurements.save(reo_staff, reo, values(biggest, q1, {{"total", "7"}}), Submission::Submit).value();
    EXPECT_EQ(program_actual(biggest, 2026, "total"), 10_f) << "the approved value counts until the revision is approved";
    ASSERT_TRUE(measurements.decide(second_officer, revision, Verdict::Approve, "").ok());
    EXPECT_EQ(program_actual(biggest, 2026, "total"), 8_f) << "the maximum is recomputed without the replaced value";
    auto all = measurements.partnership_results(officer, reo).value().measurements;
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].revision, 1);
    EXPECT_FALSE(all[0].current);
    EXPECT_EQ(all[1].revision, 2);
    EXPECT_TRUE(all[1].current);
    EXPECT_EQ(audited("results.measurement.revise").size(), 1u);
}

TEST_P(ResultsServiceTest, TheSummaryKeptOnApprovalEqualsARebuildFromTheValues)
{
    std::mt19937 random(7);
    for (int year : {2026, 2027})
        for (int quarter = 1; quarter <= 4; ++quarter)
            for (auto [p, by] : {std::pair{reo, reo_staff}, std::pair{sucre, officer}}) {
                const auto q = period(year, quarter);
                const int women = static_cast<int>(random() % 50), men = static_cast<int>(random() % 50), unknown = static_cast<int>(random() % 3);
                approved(by, p, values(people, q, {{"total", std::to_string(women + men + unknown)}, {"women", std::to_string(women)},
                                                   {"men", std::to_string(men)}, {"other-gender", "0"}, {"sex-not-stated", std::to_string(unknown)}}));
                const int asked = 1 + static_cast<int>(random() % 200);
                approved(by, p, values(share, q, {{"total", std::to_string(random() % 101) + ".25"}}, {{"total", std::to_string(asked)}}));
                approved(by, p, values(biggest, q, {{"total", std::to_string(random() % 1000)}}));
            }
    auto revision = measurements.save(reo_staff, reo, values(biggest, period(2027, 2), {{"total", "0.5"}}), Submission::Submit).value();
    ASSERT_TRUE(measurements.decide(officer, revision, Verdict::Approve, "").ok());
    const auto kept = summary();
    EXPECT_EQ(kept.size(), 2u * 3 * 7 + 2u * 2 * 7) << "two years × seven cells × three area keys for reo, two for sucre";
    const auto kept_totals = summary(true);
    {
        auto connection = database->acquire();
        rebuild_whole_summary(*connection);
    }
    const auto rebuilt = summary();
    ASSERT_EQ(kept.size(), rebuilt.size());
    for (std::size_t i = 0; i < kept.size(); ++i) EXPECT_EQ(kept[i].accumulator, rebuilt[i].accumulator) << i;

    // The program's totals are the countries' rows folded by combine(), kept and rebuilt alike.
    std::map<std::tuple<std::int64_t, std::string, int, std::string>, Accumulator> folded;
    for (const auto& row : kept) {
        auto& accumulator = folded[{row.indicator.value, row.area, row.fiscal_year, row.cell}];
        accumulator = combine(accumulator, row.accumulator);
    }
    EXPECT_EQ(folded.size(), 2u * 3 * 7) << "two years × seven cells × three area keys: reo and sucre share '*' and inclusive-led";
    const auto rebuilt_totals = summary(true);
    {
        // A summary kept before the totals existed gets them from migration 0029's own fold.
        std::string migration;
        for (const auto& file : embedded::migrations())
            if (file.path.ends_with("0029_result_totals.sql")) migration = file.content;
        ASSERT_NE(migration.find("INSERT INTO result_totals"), std::string::npos);
        auto connection = database->acquire();
        connection->execute("DELETE FROM result_totals");
        connection->execute_script(migration.substr(migration.find("INSERT INTO result_totals")));
    }
    for (const auto& totals : {kept_totals, rebuilt_totals, summary(true)}) {
        ASSERT_EQ(totals.size(), folded.size());
        for (const auto& row : totals) {
            EXPECT_EQ(row.country, "");
            EXPECT_EQ(row.accumulator, (folded[{row.indicator.value, row.area, row.fiscal_year, row.cell}])) << row.area << " " << row.cell;
        }
    }

    // The program's weighted average is Σ(value × asked) / Σ asked over both countries.
    auto connection = database->acquire();
    __int128 weighted = 0, asked = 0;
    for (const auto& v : MeasurementStore(*connection).approved_values({share, std::nullopt, std::nullopt, 2027}))
        weighted += static_cast<__int128>(v.value.value) * *v.value.denominator, asked += *v.value.denominator;
    EXPECT_EQ(program_actual(share, 2027, "total"), static_cast<std::int64_t>((weighted + asked / 2) / asked));
}

TEST_P(ResultsServiceTest, ThePmfReadsAFixedNumberOfQueriesWhateverTheNumberOfValues)
{
    auto statements = [&](const PmfFilter& filter) {
        auto connection = database->acquire();
        testing::CountingConnection counted(*connection);
        EXPECT_TRUE(PmfService::pmf(counted, visitor, filter).ok());
        return counted.statements();
    };
    const auto empty = statements({});
    EXPECT_EQ(empty, 4u);
    EXPECT_EQ(statements({"BF", "inclusive-led", {}}), 4u);
    for (int quarter = 1; quarter <= 4; ++quarter) {
        approved(reo_staff, reo, values(biggest, period(2026, quarter), {{"total", "3"}}));
        approved(officer, sucre, values(people, period(2027, quarter), {{"total", "2"}, {"women", "1"}, {"men", "1"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}));
    }
    EXPECT_EQ(statements({}), empty);
    EXPECT_EQ(statements({"", "", reo}), 6u) << "the partnership, its members, the values and the same three";
    EXPECT_EQ(program_actual(people, 2027, "women"), 4_f);
    EXPECT_EQ(program_actual(people, 2027, "women", {"", "", sucre}), 4_f);
    EXPECT_EQ(program_actual(biggest, 2026, "total", {"", "", sucre}), std::nullopt);
}

TEST_P(ResultsServiceTest, TheProgramFoldsItsCountriesLikeTheValuesAndTheDashboardShowsEachIndicatorsLatestYear)
{
    const auto latest = indicator("1211.2", "number", "latest", "none");
    approved(reo_staff, reo, values(latest, period(2026, 3), {{"total", "5"}}));
    approved(officer, sucre, values(latest, period(2026, 2), {{"total", "7"}}));
    approved(officer, sucre, values(latest, period(2026, 4), {{"total", "11"}}));
    EXPECT_EQ(program_actual(latest, 2026, "total"), 11_f) << "the program's latest quarter is Sucre's fourth";
    approved(reo_staff, reo, values(latest, period(2026, 4), {{"total", "2"}}));
    EXPECT_EQ(program_actual(latest, 2026, "total"), 13_f) << "both countries reported the latest quarter";
    EXPECT_EQ(program_actual(latest, 2026, "total", {"BF", "", {}}), 2_f);
    approved(reo_staff, reo, values(biggest, period(2026, 1), {{"total", "40"}}));
    approved(officer, sucre, values(biggest, period(2026, 2), {{"total", "30"}}));
    approved(officer, sucre, values(biggest, period(2027, 1), {{"total", "9"}}));
    EXPECT_EQ(program_actual(biggest, 2026, "total"), 40_f);

    const auto dashboard = pmfs.dashboard();
    const auto& by_country = dashboard.by_country.at(biggest.value);
    ASSERT_EQ(by_country.count("BO"), 1u);
    EXPECT_EQ(by_country.at("BO").count({2026, "total"}), 0u) << "only the indicator's latest year";
    EXPECT_EQ(figure(Aggregation::Maximum, by_country.at("BO").at({2027, "total"})), 9_f);
    EXPECT_EQ(by_country.count("BF"), 0u) << "Réo reported nothing in the latest year";
    EXPECT_EQ(figure(Aggregation::Latest, dashboard.by_country.at(latest.value).at("BF").at({2026, "total"})), 2_f);
    const auto& by_area = dashboard.by_area.at(latest.value);
    EXPECT_EQ(figure(Aggregation::Latest, by_area.at("inclusive-led").at({2026, "total"})), 13_f) << "both partnerships work in it";
    EXPECT_EQ(figure(Aggregation::Latest, by_area.at("trade-regional").at({2026, "total"})), 2_f) << "Réo's alone";
    EXPECT_EQ(figure(Aggregation::Maximum, dashboard.by_area.at(biggest.value).at("inclusive-led").at({2027, "total"})), 9_f);
    EXPECT_EQ(dashboard.by_area.at(biggest.value).count("trade-regional"), 0u) << "Réo's area reported nothing in the latest year";
}

TEST_P(ResultsServiceTest, FiguresFollowAPartnershipThatMovesToOtherAreasOrAnotherCountry)
{
    const std::map<std::string, std::string> six{{"total", "6"}, {"women", "4"}, {"men", "2"}, {"other-gender", "0"}, {"sex-not-stated", "0"}};
    approved(reo_staff, reo, values(people, period(2026, 1), six));
    approved(reo_staff, reo, values(people, period(2027, 1), six));
    EXPECT_EQ(program_actual(people, 2026, "women", {"", "trade-regional", {}}), 4_f);

    ASSERT_TRUE(partnerships.update(officer, reo, partnership_input("maple-falls", "bf-reo", {"inclusive-led"})).ok());
    for (int year : {2026, 2027}) {
        EXPECT_EQ(program_actual(people, year, "women", {"", "trade-regional", {}}), std::nullopt) << year << ": Réo left the area";
        EXPECT_EQ(program_actual(people, year, "women", {"", "inclusive-led", {}}), 4_f) << year;
    }
    EXPECT_EQ(pmfs.dashboard().by_area.at(people.value).count("trade-regional"), 0u);

    // The lead partner decides the country: Sucre's municipality is in Bolivia.
    ASSERT_TRUE(partnerships.update(officer, reo, partnership_input("maple-falls", "bo-sucre", {"inclusive-led"})).ok());
    EXPECT_EQ(program_actual(people, 2027, "women", {"BF", "", {}}), std::nullopt);
    EXPECT_EQ(program_actual(people, 2027, "women", {"BO", "", {}}), 4_f);
    EXPECT_EQ(program_actual(people, 2027, "women"), 4_f) << "the program counts the values once";

    const auto kept = summary();
    const auto kept_totals = summary(true);
    {
        auto connection = database->acquire();
        rebuild_whole_summary(*connection);
    }
    const auto rebuilt = summary();
    const auto rebuilt_totals = summary(true);
    ASSERT_EQ(kept.size(), rebuilt.size());
    for (std::size_t i = 0; i < kept.size(); ++i) EXPECT_EQ(std::tie(kept[i].country, kept[i].area, kept[i].cell), std::tie(rebuilt[i].country, rebuilt[i].area, rebuilt[i].cell)) << i;
    for (std::size_t i = 0; i < kept.size(); ++i) EXPECT_EQ(kept[i].accumulator, rebuilt[i].accumulator) << i;
    ASSERT_EQ(kept_totals.size(), rebuilt_totals.size());
    for (std::size_t i = 0; i < kept_totals.size(); ++i) EXPECT_EQ(kept_totals[i].accumulator, rebuilt_totals[i].accumulator) << i;
}

// 160,000 approved values (20 partnerships × 8 quarters × 1,000 measurements of the total
// and 12 cells, in bulk), then the PMF read and one more approval.
TEST_P(ResultsServiceTest, FigurePmfAndApprovalAt160000Values)
{
    IndicatorInput in;
    in.node = "1211", in.unit = "number", in.direction = "higher", in.aggregation = "sum", in.disaggregation = "sex-age", in.frequency = "quarterly";
    in.name = {{"en", "Crossed"}};
    std::vector<IndicatorId> crossed;
    for (int i = 0; i < 10; ++i) {
        in.code = "1211.x" + std::to_string(i);
        crossed.push_back(results.save_indicator(officer, in).value());
    }
    const auto cells = [] {
        auto list = cells_of(Disaggregation::SexAndAge);
        list.insert(list.begin(), "total");
        return list;
    }();
    {
        auto connection = database->acquire();
        db::Transaction transaction(*connection, db::TransactionKind::Write);
        std::vector<PeriodId> quarters;
        for (int year : {2026, 2027})
            for (int q = 1; q <= 4; ++q) quarters.push_back(period(year, q));
        std::int64_t values = 0;
        // Measurements of both partnerships: 10 indicators × 8 quarters × 2 = 160 with 13 cells
        // each, then the remaining values as more revisions' worth of rows spread over them.
        for (auto indicator : crossed)
            for (auto p : {reo, sucre})
                for (auto q : quarters) {
                    auto id = connection->query_one("INSERT INTO measurements (indicator_id, partnership_id, period_id, revision, is_current, status,"
                                                    " entered_by, entered_by_name, entered_at) VALUES (?, ?, ?, 1, 1, 'approved', 0, 'bulk', 0) RETURNING id",
                                                    {indicator.value, p.value, q.value})->integer(0);
                    std::string sql = "INSERT INTO measurement_values (measurement_id, cell, position, value, denominator) VALUES ";
                    db::Parameters parameters;
                    for (std::size_t c = 0; c < cells.size(); ++c) {
                        sql += c ? ", (?, ?, ?, ?, NULL)" : "(?, ?, ?, ?, NULL)";
                        parameters.insert(parameters.end(), {id, cells[c], static_cast<std::int64_t>(c), (c ? 1 : 12) * kScale});
                    }
                    connection->execute(sql, parameters);
                    values += static_cast<std::int64_t>(cells.size());
                }
        // Filler values so the tables hold 160,000: approved rows of other (retired) revisions.
        std::int64_t filler = 0;
        while (values < 160'000) {
            auto id = connection->query_one("INSERT INTO measurements (indicator_id, partnership_id, period_id, revision, is_current, status,"
                                            " entered_by, entered_by_name, entered_at) VALUES (?, ?, ?, ?, 0, 'approved', 0, 'bulk', 0) RETURNING id",
                                            {crossed[filler % 10].value, reo.value, quarters[filler % 8].value, 2 + filler})->integer(0);
            std::string sql = "INSERT INTO measurement_values (measurement_id, cell, position, value, denominator) VALUES ";
            db::Parameters parameters;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                sql += c ? ", (?, ?, ?, 1, NULL)" : "(?, ?, ?, 1, NULL)";
                parameters.insert(parameters.end(), {id, cells[c], static_cast<std::int64_t>(c)});
            }
            connection->execute(sql, parameters);
            values += static_cast<std::int64_t>(cells.size());
            ++filler;
        }
        rebuild_whole_summary(*connection);
        transaction.commit();
    }
    const auto start = std::chrono::steady_clock::now();
    auto pmf = pmfs.pmf(visitor, {}).value();
    const auto read = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
    const auto first = std::find_if(pmf.indicators.begin(), pmf.indicators.end(), [&](const Indicator& i) { return i.id == crossed[0]; });
    ASSERT_NE(first, pmf.indicators.end());
    EXPECT_EQ(pmf.actual(*first, 2026, "total"), 2 * 4 * 12 * kScale) << "two partnerships, four quarters of 12";

    auto id = measurements.save(reo_staff, reo, values(people, period(2027, 4), {{"total", "1"}, {"women", "1"}, {"men", "0"}, {"other-gender", "0"}, {"sex-not-stated", "0"}}),
                                Submission::Submit).value();
    const auto approve_start = std::chrono::steady_clock::now();
    ASSERT_TRUE(measurements.decide(officer, id, Verdict::Approve, "").ok());
    const auto approval = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - approve_start);
    std::cout << "[ figure ] " << GetParam() << " PMF of the program at 160,000 values: " << read.count() << " ms; one approval with its summary: "
              << approval.count() << " ms\n";
}

// Workplans link their activities to the logic model's outputs, by code: an output is
// accepted, an unknown code or a node of another level refused.
TEST_P(ResultsServiceTest, WorkplanActivitiesLinkToOutputsOfTheLogicModel)
{
    const LogicModelOutputs outputs;
    partnerships::WorkplanService workplans(*database, clock, &outputs);
    auto activity = [](const std::string& output) {
        partnerships::ActivityInput in;
        in.title = {{"en", "Courses for women traders"}};
        in.start = "2026-09-01", in.end = "2027-03-31", in.responsible = "partner-local-government", in.status = "planned";
        in.output = output;
        return in;
    };
    auto known = workplans.add_activity(reo_staff, reo, activity("1211"));
    ASSERT_TRUE(known.ok()) << known.error().field << " " << known.error().message;
    for (const auto& code : {"1299", "1210"}) {
        auto refused = workplans.add_activity(reo_staff, reo, activity(code));
        ASSERT_FALSE(refused.ok()) << code;
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid) << code;
        EXPECT_EQ(refused.error().field, "output") << code;
    }
    EXPECT_EQ(workplans.workplan(reo_staff, reo)->activities.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ResultsServiceTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::results
