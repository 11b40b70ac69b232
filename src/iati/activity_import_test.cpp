// IATI import on every backend: the demo program's published file, imported into a database
// that knows the Canadian teams, adds its partner local governments to the directory with
// the needs of its sectors, once; what the directory cannot hold is reported.
#include "support/account_fixture.hpp"

#include "app/demo.hpp"
#include "directory/directory_store.hpp"
#include "iati/activity_import.hpp"
#include "iati/iati_service.hpp"

namespace pmi::iati {
namespace {

class ActivityImportTest : public testing::AccountFixture {
protected:
    ActivityImportTest() : directory(*database, clock), site(*database, clock), results(*database, clock, "XM-DAC-0000-DEMO"), import(directory, site, results)
    {
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
    }

    // The demo program's file, published from a database of its own; its teams are copied
    // into this one, as the directory of a program that works with them would hold them.
    std::string demo_file()
    {
        testing::TestDatabase published(GetParam());
        accounts::AccountService accounts(*published, clock, i18n, settings());
        app::load_demo(*published, accounts, clock, [](const std::string&) {});
        site::SiteService published_site(*published, clock);
        const ActivitySources none;
        auto file = IatiService(*published, clock, published_site, i18n, {"XM-DAC-0000-DEMO"}, none).export_file();
        EXPECT_TRUE(file.problems.empty() || file.count(Severity::Warning) == static_cast<int>(file.problems.size()));
        auto connection = published->acquire();
        for (auto team : directory::DirectoryStore(*connection).teams()) {
            team.id = {}, team.organisation = {}, team.past_partners.clear();
            EXPECT_TRUE(directory.save_team(officer, team).ok()) << team.key;
        }
        return file.xml;
    }

    directory::DirectoryService directory;
    site::SiteService site;
    ResultsImport results;
    ActivityImport import;
    OrganisationId office;
    Actor officer;
};

TEST_P(ActivityImportTest, PartnersOfTheDemoFileJoinTheDirectoryOnce)
{
    const auto xml = demo_file();
    auto report = import.import(officer, xml);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->activities, 3u) << "the program and its two published partnerships";
    ASSERT_EQ(report->partners.size(), 2u);
    for (const auto& partner : report->partners) EXPECT_TRUE(partner.added) << partner.key;
    EXPECT_EQ(report->partners[0].key, "bf-commune-de-sonreba");
    EXPECT_EQ(report->partners[0].country, "BF");
    auto sonreba = directory.partner("bf-commune-de-sonreba");
    ASSERT_TRUE(sonreba.ok());
    EXPECT_EQ(sonreba->name, "Commune de Sonréba");
    EXPECT_EQ(sonreba->needs, (directory::AreaLevels{2, 2, 0})) << "enabling environment and inclusive LED, from the sectors";
    EXPECT_EQ(report->partners[1].country, "BO");
    bool budgets_reported = false;
    for (const auto& u : report->unmapped) budgets_reported |= u.element == "budget";
    EXPECT_TRUE(budgets_reported);

    auto again = import.import(officer, xml);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->partners.size(), 2u);
    for (const auto& partner : again->partners) EXPECT_FALSE(partner.added) << "already in the directory";
}

TEST_P(ActivityImportTest, PartnerOfTheSameNameIsRecognisedWhateverItsKey)
{
    const auto xml = demo_file();
    directory::PartnerGovernment sonreba;
    sonreba.key = "bf-sonreba", sonreba.name = "Commune de Sonréba", sonreba.country = "BF", sonreba.languages = {"fr"};
    ASSERT_TRUE(directory.save_partner(officer, sonreba).ok());
    auto report = import.import(officer, xml);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->partners.size(), 2u);
    EXPECT_EQ(report->partners[0].key, "bf-sonreba");
    EXPECT_FALSE(report->partners[0].added);
    EXPECT_FALSE(directory.partner("bf-commune-de-sonreba").ok());
}

TEST_P(ActivityImportTest, OfficersOnlyAndHostileFilesRefused)
{
    auto applicant = actor("town@example.org", Role::Applicant, organisation("Town", accounts::OrganisationKind::CanadianMunicipality));
    EXPECT_EQ(import.import(applicant, "<iati-activities version=\"2.03\"/>").error().code, ErrorCode::Forbidden);
    auto bomb = import.import(officer, "<!DOCTYPE a [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><iati-activities version=\"2.03\">&b;</iati-activities>");
    ASSERT_FALSE(bomb.ok());
    EXPECT_EQ(bomb.error().field, "file");
    EXPECT_TRUE(directory.partners({}).partners.empty());
}

TEST(PartnerKey, LowercaseAsciiWithoutAccents)
{
    EXPECT_EQ(partner_key("BF", "Commune de Sonréba"), "bf-commune-de-sonreba");
    EXPECT_EQ(partner_key("NI", "Municipio de León (Nicaragua)"), "ni-municipio-de-leon-nicaragua");
    EXPECT_EQ(partner_key("KH", "ឃុំ Prek Chrey"), "kh-prek-chrey");
    EXPECT_EQ(partner_key("VN", std::string(100, 'a')).size(), 60u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ActivityImportTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::iati
