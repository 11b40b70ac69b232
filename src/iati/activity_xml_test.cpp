// The IATI export: escaping, the mapping of partnerships, the official 2.03 schema and the
// code lists.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <limits>

#include "iati/activity_xml.hpp"
#include "iati/iati_fixtures.hpp"
#include "iati/standard.hpp"
#include "iati/validation.hpp"
#include "iati/xml_writer.hpp"

namespace pmi::iati {
namespace {

using namespace testing;

TEST(DecimalFromCents, WritesEverySixtyFourBitAmountAsAPlainDecimal)
{
    EXPECT_EQ(decimal_from_cents(0), "0.00");
    EXPECT_EQ(decimal_from_cents(-5), "-0.05");
    EXPECT_EQ(decimal_from_cents(123456), "1234.56");
    EXPECT_EQ(decimal_from_cents(std::numeric_limits<long long>::max()), "92233720368547758.07");
    EXPECT_EQ(decimal_from_cents(std::numeric_limits<long long>::min()), "-92233720368547758.08");
}

TEST(XmlWriter, EscapesMarkupInTextAndAttributes)
{
    XmlWriter xml(XmlWriter::Indent::No);
    xml.start("a");
    xml.attribute("title", "\"quoted\" & <tagged> 'single'");
    xml.text("1 < 2 && 3 > 2 ]]> <script>");
    xml.end();
    auto out = xml.finish();
    EXPECT_NE(out.find("title=\"&quot;quoted&quot; &amp; &lt;tagged&gt; 'single'\""), std::string::npos) << out;
    EXPECT_NE(out.find(">1 &lt; 2 &amp;&amp; 3 &gt; 2 ]]&gt; &lt;script&gt;</a>"), std::string::npos) << out;
    EXPECT_TRUE(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
}

TEST(XmlWriter, ReplacesWhatXmlCannotHold)
{
    EXPECT_EQ(xml_safe("a\x01"
                       "b\tc"),
              "a\xEF\xBF\xBD"
              "b\tc");
    EXPECT_EQ(xml_safe("\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");                  // é kept
    EXPECT_EQ(xml_safe("\xC3"), "\xEF\xBF\xBD");                                     // cut sequence
    EXPECT_EQ(xml_safe("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                     // overlong
    EXPECT_EQ(xml_safe("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");     // surrogate
    XmlWriter xml;
    xml.element("a", std::string("nul\0here\x1b", 9));
    EXPECT_TRUE(schema_problems(xml.finish()).size() == 1) << "well-formed, only the schema refuses <a>";
}

TEST(Export, PartnershipActivityFollowsTheSchema)
{
    auto xml = activities_xml({program_activity(publisher(), program(), {"BF", "BO", "KH"}, {"inclusive-led"}), activity(7)},
                              "2026-11-29T16:45:00Z");
    auto problems = schema_problems(xml);
    for (const auto& p : problems) ADD_FAILURE() << p.arguments.at(0);
    EXPECT_TRUE(problems.empty());
    EXPECT_TRUE(codelist_problems({activity(7)}).empty());
    EXPECT_NE(xml.find("<iati-identifier>CA-CRA_ACR-000000001-7</iati-identifier>"), std::string::npos);
    EXPECT_NE(xml.find("A covered market &amp; &quot;stalls&quot; &lt;for&gt; women traders"), std::string::npos);
    EXPECT_NE(xml.find("<narrative xml:lang=\"fr\">Un marché couvert</narrative>"), std::string::npos);
    EXPECT_NE(xml.find("<value currency=\"CAD\" value-date=\"2026-04-01\">22725.50</value>"), std::string::npos) << "two lines of 2026-27";
    EXPECT_NE(xml.find("<value currency=\"CAD\" value-date=\"2027-04-01\">21300.01</value>"), std::string::npos);
    EXPECT_NE(xml.find("<dimension name=\"age\" value=\"15-24\"/>"), std::string::npos);
    EXPECT_NE(xml.find("<recipient-country code=\"BF\" percentage=\"34\"/>"), std::string::npos) << "three countries share 100";
    EXPECT_NE(xml.find("<related-activity ref=\"CA-CRA_ACR-000000001-PMI-LED\" type=\"1\"/>"), std::string::npos) << "the program is the parent";
    EXPECT_NE(xml.find("default-currency=\"CAD\" hierarchy=\"1\""), std::string::npos);
}

TEST(Export, SchemaRefusesWhatIsOutOfOrderOrMissing)
{
    auto broken = activity(3);
    broken.title = {};  // a title needs at least one narrative
    auto problems = schema_problems(activities_xml({broken}, "2026-11-29T16:45:00Z"));
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].severity, Severity::Critical);
    EXPECT_EQ(problems[0].activity, "CA-CRA_ACR-000000001-3");
    EXPECT_EQ(schema_problems("<iati-activities").at(0).message, "The file is not well-formed XML.");
}

TEST(Export, CodeListsRefuseUnknownAndWithdrawnCodes)
{
    auto a = activity(4);
    a.recipient_countries = {"XX"};
    a.sectors = {{"15120", 100}};  // withdrawn
    a.default_currency = "CAN";
    auto problems = codelist_problems({a});
    ASSERT_EQ(problems.size(), 3u);
    for (const auto& p : problems) {
        EXPECT_EQ(p.severity, Severity::Error);
        EXPECT_EQ(p.fix_path, "/partnerships/4/edit");
    }
    EXPECT_EQ(problems[0].element, "iati-activity/@default-currency");
    EXPECT_EQ(problems[1].arguments.at(0), "XX");
    EXPECT_EQ(problems[2].message, "The code {1} was withdrawn from the IATI code list; choose a current one.");
}

TEST(Export, MissingRecommendedElementsAreWarnings)
{
    auto a = activity(5);
    a.sectors.clear();
    a.budgets.clear();
    auto problems = codelist_problems({a});
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].severity, Severity::Warning);
    EXPECT_EQ(problems[0].element, "sector");
    EXPECT_EQ(problems[1].element, "budget");
}

TEST(Export, ProgramActivityIsWarnedInItsOwnTerms)
{
    auto problems = codelist_problems({program_activity(publisher(), program(), {"BF"}, {})});
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].message, "No sector. Add the program's programming areas.");
    EXPECT_EQ(problems[1].message, "No budget for the program itself; its partnerships report theirs.");
}

TEST(Mapping, PartnershipBecomesActivity)
{
    auto a = activity(9);
    EXPECT_EQ(a.status, ActivityStatus::Implementation);
    ASSERT_EQ(a.dates.size(), 2u);
    EXPECT_EQ(a.dates[0].type, DateType::ActualStart);
    EXPECT_EQ(a.dates[1].type, DateType::PlannedEnd);
    ASSERT_EQ(a.sectors.size(), 2u);
    EXPECT_EQ(a.sectors[0], (Sector{"16020", 50}));
    EXPECT_EQ(a.sectors[1], (Sector{"15112", 50}));
    ASSERT_EQ(a.participants.size(), 4u);
    EXPECT_EQ(a.participants[0].role, OrganisationRole::Funding);
    EXPECT_EQ(a.participants[0].organisation.ref, "CA-3");
    EXPECT_EQ(a.participants[1].role, OrganisationRole::Extending);
    EXPECT_EQ(a.participants[3].organisation.name.get("en"), "Sonréba");
    EXPECT_EQ(a.participants[3].role, OrganisationRole::Implementing);
    ASSERT_EQ(a.budgets.size(), 2u);
    EXPECT_EQ(a.budgets[0], (Budget{"2026-04-01", "2027-03-31", 2272550, "2026-04-01"}));
    EXPECT_EQ(a.title.get("en"), "Partnership of Pinecrest Landing and Sonréba");
}

TEST(Mapping, StatusAndLevels)
{
    auto p = partnership(1);
    p.status = partnerships::PartnershipStatus::Closed;
    std::vector<partnerships::BudgetLine> none;
    auto closed = partnership_activity(publisher(), program(), {p, none, {}, {}}, i18n(), *partnerships::parse_date("2030-01-01"));
    EXPECT_EQ(closed.status, ActivityStatus::Closed);
    EXPECT_EQ(closed.dates[1].type, DateType::ActualEnd);
    p.status = partnerships::PartnershipStatus::Proposed;
    auto proposed = partnership_activity(publisher(), program(), {p, none, {}, {}}, i18n(), *partnerships::parse_date("2030-01-01"));
    EXPECT_EQ(proposed.status, ActivityStatus::Pipeline);
    EXPECT_EQ(proposed.dates[0].type, DateType::PlannedStart);
    EXPECT_EQ(result_type_of("ultimate"), ResultType::Impact);
    EXPECT_EQ(result_type_of("intermediate"), ResultType::Outcome);
    EXPECT_EQ(result_type_of("immediate"), ResultType::Outcome);
    EXPECT_EQ(result_type_of("output"), ResultType::Output);
    EXPECT_EQ(result_type_of("activity"), std::nullopt);
    for (auto area : {"enabling-environment", "inclusive-led", "trade-regional"}) {
        EXPECT_TRUE(standard().codelist("Sector").has(sector_of_area(area))) << area;
        EXPECT_EQ(area_of_sector(sector_of_area(area)), area);
    }
}

TEST(Export, TwoThousandActivitiesWithResultsFigure)
{
    constexpr int kActivities = 2000;
    std::vector<Activity> activities;
    for (int id = 1; id <= kActivities; ++id) activities.push_back(activity(id));
    const auto started = std::chrono::steady_clock::now();
    auto xml = activities_xml(activities, "2026-11-29T16:45:00Z");
    const auto written = std::chrono::steady_clock::now();
    auto problems = validate(activities, xml);
    const auto checked = std::chrono::steady_clock::now();
    using std::chrono::milliseconds, std::chrono::duration_cast;
    std::cout << "[ figure ] " << kActivities << " IATI activities with results (" << xml.size() / 1024 << " KB): written in "
              << duration_cast<milliseconds>(written - started).count() << " ms, schema and code lists checked in "
              << duration_cast<milliseconds>(checked - written).count() << " ms, " << problems.size() << " problems\n";
    EXPECT_TRUE(problems.empty());
    EXPECT_LT(duration_cast<milliseconds>(checked - started).count(), 60'000) << "with sanitizers, on a busy machine";
}

}  // namespace
}  // namespace pmi::iati
