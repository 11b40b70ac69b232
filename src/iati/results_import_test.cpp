// Importing results on every backend: the demo program's file with its approved results,
// imported into a database holding the same program and partnerships but no indicators,
// values or outputs, is exported again with every result, indicator, baseline, period,
// target, actual, dimension and narrative equal; a second import adds nothing; an odd file
// is imported as far as it maps and the rest reported; a file with a document type is refused.
#include "support/account_fixture.hpp"

#include <chrono>
#include <iostream>
#include <set>

#include "app/demo.hpp"
#include "directory/directory_service.hpp"
#include "iati/activity_import.hpp"
#include "iati/iati_service.hpp"
#include "iati/program_sources.hpp"
#include "partnerships/partnership_store.hpp"
#include "results/measurement_store.hpp"
#include "results/results_service.hpp"

namespace pmi::iati {
namespace {

constexpr const char* kOffice = "CA-CRA_ACR-0000000000-TEST";

class ResultsImportTest : public testing::AccountFixture {
protected:
    ResultsImportTest() : directory(*database, clock), site(*database, clock), results_import(*database, clock, kOffice), import(directory, site, results_import)
    {
        app::load_demo(*database, service, clock, [](const std::string&) {});
        officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Office", accounts::OrganisationKind::ProgramOffice));
    }

    static ActivityFile exported(db::Database& from, const Clock& clock, const web::I18n& i18n)
    {
        site::SiteService program(from, clock);
        const ProgramSources sources(from);
        return IatiService(from, clock, program, i18n, {kOffice}, sources).export_file();
    }

    // The demo's file with its results, published from a database of its own.
    ActivityFile demo_file()
    {
        testing::TestDatabase published(GetParam());
        accounts::AccountService accounts(*published, clock, i18n, settings());
        app::load_demo(*published, accounts, clock, [](const std::string&) {});
        return exported(*published, clock, i18n);
    }

    // This program keeps its partnerships, reporting periods and outcomes; its indicators,
    // values and outputs go, for the file to bring back.
    void forget_results()
    {
        auto connection = database->acquire();
        for (const char* sql : {"DELETE FROM result_totals", "DELETE FROM result_summary", "DELETE FROM measurement_values", "DELETE FROM measurements",
                                "DELETE FROM indicator_targets", "DELETE FROM indicators", "DELETE FROM result_nodes WHERE level = 'output'"})
            connection->execute(sql);
    }

    std::int64_t approved_count()
    {
        auto connection = database->acquire();
        return connection->query_one("SELECT COUNT(*) FROM measurements WHERE status = 'approved'")->integer(0);
    }

    long long published_partnership()
    {
        auto connection = database->acquire();
        for (const auto& p : partnerships::PartnershipStore(*connection).all())
            if (p.published) return p.id.value;
        return 0;
    }

    directory::DirectoryService directory;
    site::SiteService site;
    ResultsImport results_import;
    ActivityImport import;
    Actor officer;
};

TEST_P(ResultsImportTest, RoundTripKeepsEveryMappedValue)
{
    const auto before = demo_file();
    std::size_t values = 0;
    for (const auto& activity : before.activities)
        for (const auto& result : activity.results)
            for (const auto& indicator : result.indicators)
                for (const auto& period : indicator.periods) values += period.actuals.size();
    ASSERT_GT(values, 0u) << "the demo has approved results";
    forget_results();

    const auto started = std::chrono::steady_clock::now();
    auto report = import.import(officer, before.xml);
    const auto imported = std::chrono::steady_clock::now();
    ASSERT_TRUE(report.ok()) << report.error().message;
    for (const auto& u : report->unmapped)
        EXPECT_TRUE(u.element == "budget" || u.element.starts_with("participating-org")) << u.activity << " " << u.element << " " << u.message << " " << u.value;
    ASSERT_EQ(report->results.size(), 2u) << "the two published partnerships report results";
    int nodes = 0, indicators = 0, added = 0;
    for (const auto& r : report->results) {
        EXPECT_GT(r.partnership, 0) << r.activity;
        nodes += r.nodes_added, indicators += r.indicators_added, added += r.values_added;
        EXPECT_EQ(r.values_kept, 0);
    }
    EXPECT_EQ(nodes, 3) << "the three outputs, under their immediate outcomes";
    EXPECT_EQ(indicators, 7) << "every indicator with approved values";
    EXPECT_EQ(approved_count(), added);

    const auto after = exported(*database, clock, i18n);
    EXPECT_TRUE(schema_problems(after.xml).empty());
    ASSERT_EQ(after.activities.size(), before.activities.size());
    for (std::size_t k = 0; k < before.activities.size(); ++k) {
        EXPECT_EQ(after.activities[k].identifier, before.activities[k].identifier);
        EXPECT_EQ(after.activities[k].results, before.activities[k].results) << before.activities[k].identifier;
    }

    // The same file again: nothing is added, every value is found as it was.
    const auto again_started = std::chrono::steady_clock::now();
    auto again = import.import(officer, before.xml);
    const auto again_done = std::chrono::steady_clock::now();
    ASSERT_TRUE(again.ok());
    using std::chrono::milliseconds, std::chrono::duration_cast;
    std::cout << "[ figure ] " << GetParam() << " import of the demo file (" << before.xml.size() / 1024 << " KB, " << values
              << " actual values): " << duration_cast<milliseconds>(imported - started).count() << " ms; again, adding nothing: "
              << duration_cast<milliseconds>(again_done - again_started).count() << " ms\n";
    for (std::size_t k = 0; k < again->results.size(); ++k) {
        const auto& r = again->results[k];
        EXPECT_EQ(r.nodes_added + r.indicators_added + r.targets_added + r.values_added, 0) << r.activity;
        EXPECT_EQ(r.values_kept, report->results[k].values_added) << r.activity;
    }
    EXPECT_EQ(approved_count(), added);
    EXPECT_EQ(exported(*database, clock, i18n).activities, after.activities);
}

TEST_P(ResultsImportTest, OddFileImportsWhatMapsAndReportsTheRest)
{
    const auto id = std::to_string(published_partnership());
    const std::string xml = std::string(R"(<?xml version="1.0"?>
<iati-activities version="2.02"><iati-activity xml:lang="en">
 <iati-identifier>)") + kOffice + "-" + id + R"(</iati-identifier>
 <reporting-org ref="XM-OTHER" type="21"><narrative>Other publisher</narrative></reporting-org>
 <result type="1">
  <title><narrative>Market stalls built</narrative></title>
  <reference vocabulary="99" code="1311"/>
  <document-link url="https://example.org/report.pdf" format="application/pdf"><title><narrative>Report</narrative></title></document-link>
  <indicator measure="1" ascending="1">
   <title><narrative>Stalls</narrative><narrative xml:lang="fr">Étals</narrative><narrative xml:lang="de">Marktstände</narrative></title>
   <baseline year="2026" value="2"/>
   <period><period-start iso-date="2026-04-01"/><period-end iso-date="2027-03-31"/>
    <target value="10"/><target value="4"><dimension name="sex" value="female"/></target>
    <actual value="6"/>
   </period>
   <period><period-start iso-date="2026-05-01"/><period-end iso-date="2026-06-15"/><actual value="1"/></period>
  </indicator>
  <indicator measure="1" ascending="1">
   <title><narrative>People trained</narrative></title>
   <reference vocabulary="99" code="IND/2024 people trained"/><reference vocabulary="1" code="A1.1"/>
   <baseline year="2026" iso-date="2026-13-01" value="1"/>
   <period><period-start iso-date="2026-04-01"/><period-end iso-date="2027-03-31"/>
    <actual value="5"/><actual value="3"><dimension name="sex" value="female"/></actual><actual value="2"><dimension name="disability" value="yes"/></actual>
   </period>
  </indicator>
  <indicator measure="4"><title><narrative>Satisfaction rank</narrative></title></indicator>
 </result>
 <result type="2"><title><narrative>Not in the logic model</narrative></title>
  <indicator measure="1"><title><narrative>Anything</narrative></title></indicator></result>
 <result type="7"><title><narrative>Unknown type</narrative></title></result>
</iati-activity></iati-activities>)";
    auto report = import.import(officer, xml);
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_EQ(report->results.size(), 1u);
    EXPECT_EQ(report->results[0].partnership, std::stoll(id));
    EXPECT_EQ(report->results[0].indicators_added, 2) << "stalls and people trained; the ordinal one is left out";
    EXPECT_EQ(report->results[0].values_added, 1) << "the stalls' year; the people trained have a cell of another dimension";
    EXPECT_EQ(report->results[0].targets_added, 1);
    std::set<std::string> elements;
    for (const auto& u : report->unmapped) elements.insert(u.element);
    for (const char* expected : {"result/@type", "indicator/period/target", "indicator/reference/@vocabulary", "indicator/baseline/@iso-date", "result/document-link", "indicator/title/narrative/@xml:lang", "indicator/period",
                                 "indicator/period/actual/dimension", "indicator/period/actual", "indicator/@measure", "result"})
        EXPECT_TRUE(elements.contains(expected)) << expected;

    auto model = results::ResultsService(*database, clock).logic_model();
    const auto stalls = std::find_if(model.indicators.begin(), model.indicators.end(), [](const auto& i) { return i.name.get("en") == "Stalls"; });
    ASSERT_NE(stalls, model.indicators.end());
    EXPECT_EQ(stalls->code, "1311.2") << "the next free code of the output";
    EXPECT_EQ(stalls->name.get("fr"), "Étals");
    EXPECT_EQ(stalls->baseline, 2 * results::kScale);
    EXPECT_EQ(stalls->baseline_date, "2026-01-01") << "the baseline's year kept";
    EXPECT_EQ(stalls->targets.at(2026), 10 * results::kScale);
    const auto trained = std::find_if(model.indicators.begin(), model.indicators.end(), [](const auto& i) { return i.name.get("en") == "People trained"; });
    ASSERT_NE(trained, model.indicators.end());
    EXPECT_EQ(trained->code, "1311.3") << "the publisher's code is not one of ours";
    EXPECT_EQ(trained->disaggregation, results::Disaggregation::Sex);
    EXPECT_FALSE(trained->baseline) << "a baseline of no real date";

    {
        // The approved value names where it came from, and who imported it.
        auto connection = database->acquire();
        auto entry = connection->query_one("SELECT actor_name, summary, entity_id FROM audit_log WHERE action = 'results.measurement.import'");
        ASSERT_TRUE(entry);
        EXPECT_EQ(entry->text(0), officer.name);
        EXPECT_NE(entry->text(1).find("Other publisher (XM-OTHER)"), std::string::npos) << entry->text(1);
        auto value = results::MeasurementStore(*connection).find(results::MeasurementId{std::stoll(entry->text(2))});
        ASSERT_TRUE(value);
        EXPECT_EQ(value->status, results::MeasurementStatus::Approved);
        EXPECT_EQ(value->decided_by_name, officer.name);
        EXPECT_EQ(value->values, (std::vector<results::CellValue>{{"total", 6 * results::kScale, std::nullopt}}));
    }
    auto again = import.import(officer, xml);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->results[0].indicators_added + again->results[0].values_added + again->results[0].targets_added, 0);
    EXPECT_EQ(again->results[0].values_kept, 1);
}

TEST_P(ResultsImportTest, ExternalEntitiesAndOtherOfficesRefused)
{
    auto xxe = import.import(officer, R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><iati-activities version="2.03">&e;</iati-activities>)");
    ASSERT_FALSE(xxe.ok());
    EXPECT_EQ(xxe.error().field, "file");
    auto applicant = actor("town@example.org", Role::Applicant, organisation("Town", accounts::OrganisationKind::CanadianMunicipality));
    std::vector<Unmapped> unmapped;
    EXPECT_EQ(results_import.import(applicant, Activity{}, unmapped).error().code, ErrorCode::Forbidden);
}

TEST(ResultCells, SexAndAgeDimensionsBecomeOurCells)
{
    EXPECT_EQ(cell_of({}), "total");
    EXPECT_EQ(cell_of({{"sex", "female"}}), "women");
    EXPECT_EQ(cell_of({{"sex", "2"}}), "women");
    EXPECT_EQ(cell_of({{"sex", "M"}}), "men");
    EXPECT_EQ(cell_of({{"age", "15-24"}}), "youth");
    EXPECT_EQ(cell_of({{"age", "36+"}}), "adult");
    EXPECT_EQ(cell_of({{"sex", "women"}, {"age", "youth"}}), "women/youth");
    EXPECT_EQ(cell_of({{"age", "10-19"}}), "") << "not wholly youth";
    EXPECT_EQ(cell_of({{"disability", "yes"}}), "");
    EXPECT_EQ(cell_of({{"sex", "female"}, {"sex", "male"}}), "");
}

INSTANTIATE_TEST_SUITE_P(Backends, ResultsImportTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::iati
