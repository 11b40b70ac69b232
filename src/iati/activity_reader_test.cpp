// Reading IATI files: what the export writes comes back value for value; what the program has
// no place for is named; hostile files are refused without expanding or fetching anything.
#include <gtest/gtest.h>

#include "iati/activity_reader.hpp"
#include "iati/activity_xml.hpp"
#include "iati/iati_fixtures.hpp"

namespace pmi::iati {
namespace {

using namespace testing;

// What the export writes of an activity: everything but where to fix it in the site.
Activity as_written(Activity a)
{
    a.edit_path.clear();
    return a;
}

TEST(ReadActivities, ExportReadBackKeepsEveryValue)
{
    auto program = program_activity(publisher(), testing::program(), {"BF"}, {"inclusive-led", "trade-regional"});
    auto partnership = activity(7);
    partnership.last_updated = "2026-11-29T16:45:00Z";
    const auto xml = activities_xml({program, partnership}, "2026-11-29T16:45:00Z");
    auto read = read_activities(xml);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_TRUE(read->unmapped.empty());
    ASSERT_EQ(read->activities.size(), 2u);
    EXPECT_EQ(read->activities[0], as_written(program));
    EXPECT_EQ(read->activities[1], as_written(partnership));
    EXPECT_EQ(activities_xml(read->activities, "2026-11-29T16:45:00Z"), xml) << "and written again, the same file";
}

TEST(ReadActivities, NamesWhatHasNoPlace)
{
    auto read = read_activities(R"(<?xml version="1.0"?>
<iati-activities version="2.02"><iati-activity xml:lang="fr" default-currency="CAD">
 <iati-identifier>XM-1-2</iati-identifier>
 <title><narrative>Marché</narrative><narrative xml:lang="es">Mercado</narrative></title>
 <location><name><narrative>Ouaga</narrative></name></location>
 <sector vocabulary="2" code="151"/><sector code="15112" percentage="100"/>
 <transaction><transaction-type code="1"/><transaction-date iso-date="2026-01-01"/><value>10</value></transaction>
 <transaction><transaction-type code="4"/><transaction-date iso-date="2026-01-01"/><value currency="USD">10</value></transaction>
 <result type="9"><title><narrative>Other</narrative></title></result>
</iati-activity></iati-activities>)");
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->activities.size(), 1u);
    const auto& a = read->activities[0];
    EXPECT_EQ(a.title.get("fr"), "Marché") << "the activity's language for narratives without one";
    EXPECT_EQ(a.title.get("es"), "Mercado");
    EXPECT_EQ(a.sectors, (std::vector<Sector>{{"15112", 100}}));
    EXPECT_TRUE(a.transactions.empty());
    std::vector<std::string> elements;
    for (const auto& u : read->unmapped) {
        EXPECT_EQ(u.activity, "XM-1-2");
        elements.push_back(u.element);
    }
    EXPECT_EQ(elements, (std::vector<std::string>{"location", "sector/@vocabulary", "transaction/transaction-type/@code", "transaction/value",
                                                  "result/@type"}));
}

TEST(ReadActivities, RefusesEntityExpansionAndExternalEntities)
{
    std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    for (int k = 1; k <= 9; ++k)
        laughs += " <!ENTITY lol" + std::to_string(k) + " \"" +
                  [&] {
                      std::string ten;
                      for (int i = 0; i < 10; ++i) ten += "&lol" + (k == 1 ? std::string() : std::to_string(k - 1)) + ";";
                      return ten;
                  }() +
                  "\">\n";
    laughs += "]>\n<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>";
    auto bomb = read_activities(laughs);
    ASSERT_FALSE(bomb.ok());
    EXPECT_EQ(bomb.error().field, "file");

    auto external = read_activities(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
        "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>");
    ASSERT_FALSE(external.ok());

    // The declaration written in UTF-16 is read as UTF-8 and is not well-formed there.
    std::string utf16 = "\xFF\xFE<\0?\0x\0m\0l\0";
    EXPECT_FALSE(read_activities(utf16).ok());
}

TEST(ReadActivities, RefusesWhatIsNotAnIatiActivityFile)
{
    EXPECT_EQ(read_activities("<iati-activities version=\"2.03\">").error().field, "file");
    EXPECT_EQ(read_activities("<iati-organisations version=\"2.03\"/>").error().message,
              "The file is not an IATI activity file; its root element must be iati-activities.");
    EXPECT_EQ(read_activities("<iati-activities version=\"1.05\"/>").error().arguments, (std::vector<std::string>{"1.05"}));
    EXPECT_EQ(read_activities(std::string(kMaxImportBytes + 1, ' ')).error().code, ErrorCode::PayloadTooLarge);
}

TEST(ReadActivities, DecimalsToCents)
{
    EXPECT_EQ(cents_from_decimal("12345.67"), 1234567);
    EXPECT_EQ(cents_from_decimal("12"), 1200);
    EXPECT_EQ(cents_from_decimal("0.5"), 50);
    EXPECT_EQ(cents_from_decimal("-3.05"), -305);
    EXPECT_EQ(cents_from_decimal("1.005"), 101);
    EXPECT_EQ(cents_from_decimal("1e5"), std::nullopt);
    EXPECT_EQ(cents_from_decimal(""), std::nullopt);
    EXPECT_EQ(cents_from_decimal("."), std::nullopt);
}

}  // namespace
}  // namespace pmi::iati
