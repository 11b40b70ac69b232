// Directory use cases on every backend: who may read and change which profile, filters and
// pages, and imports that write nothing, or only the valid rows, as the officer chooses.
#include "support/account_fixture.hpp"

#include "directory/directory_service.hpp"

namespace pmi::directory {
namespace {

PartnerGovernment commune(const std::string& key, const std::string& name, const std::string& country, std::vector<std::string> languages,
                          AreaLevels needs)
{
    PartnerGovernment p;
    p.key = key, p.name = name, p.country = country, p.region = "Centre", p.population = 50'000;
    p.languages = std::move(languages), p.needs = needs, p.wanted_partners = 1;
    p.description.set("en", "A commune.");
    return p;
}

MunicipalTeam team(const std::string& key, const std::string& name, const std::string& province)
{
    MunicipalTeam t;
    t.key = key, t.name = name, t.province = province, t.population = 120'000, t.languages = {"fr", "en"}, t.expertise = {2, 3, 1}, t.capacity = 2;
    return t;
}

class DirectoryServiceTest : public testing::AccountFixture {
protected:
    DirectoryServiceTest() : directory(*database, clock)
    {
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        reo_office = organisation("Commune de Réo", accounts::OrganisationKind::PartnerLocalGovernment);
        reo_staff = actor("reo@example.org", Role::Partner, reo_office);
        town = organisation("Maple Falls", accounts::OrganisationKind::CanadianMunicipality);
        town_staff = actor("maple@example.org", Role::Applicant, town);
    }

    csv::Table table(const std::string& text) { return csv::Table::read(text).value(); }

    DirectoryService directory;
    OrganisationId office, reo_office, town;
    Actor officer, reo_staff, town_staff, visitor;
};

TEST_P(DirectoryServiceTest, OfficersAddProfilesAndAnyoneReadsPartnersWithFilters)
{
    auto reo = commune("bf-reo", "Réo", "BF", {"fr"}, {3, 2, 0});
    reo.organisation = reo_office;
    ASSERT_TRUE(directory.save_partner(officer, reo).ok());
    ASSERT_TRUE(directory.save_partner(officer, commune("bo-sucre", "Sucre", "BO", {"es"}, {0, 1, 3})).ok());
    ASSERT_TRUE(directory.save_partner(officer, commune("kh-kampot", "Kampot", "KH", {"km", "en"}, {2, 2, 2})).ok());
    EXPECT_EQ(directory.save_partner(reo_staff, commune("bf-new", "New", "BF", {"fr"}, {})).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(directory.save_partner(visitor, commune("bf-new", "New", "BF", {"fr"}, {})).error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(directory.save_partner(officer, commune("bf-reo", "Twice", "BF", {"fr"}, {})).error().field, "key");

    EXPECT_EQ(directory.partners({}).total, 3);
    EXPECT_EQ(directory.partners({"BO", "", "", "", 1}).partners.at(0).key, "bo-sucre");
    auto enabling = directory.partners({"", "enabling-environment", "", "", 1});
    ASSERT_EQ(enabling.total, 2) << "priority 2 or 3 in the area";
    EXPECT_EQ(directory.partners({"", "", "en", "", 1}).partners.at(0).key, "kh-kampot");
    EXPECT_EQ(directory.partners({"", "", "", "suc", 1}).total, 1);
    EXPECT_TRUE(directory.partners({"", "", "", "", 2}).partners.empty());
    auto found = directory.partner("bf-reo").value();
    EXPECT_EQ(found.needs, (AreaLevels{3, 2, 0}));
    EXPECT_EQ(found.description.get("en"), "A commune.");
    EXPECT_EQ(directory.partner("bf-none").error().code, ErrorCode::NotFound);
}

TEST_P(DirectoryServiceTest, StaffKeepTheirOwnProfileButNotItsKeyCountryOrLink)
{
    auto reo = commune("bf-reo", "Réo", "BF", {"fr"}, {3, 2, 0});
    reo.organisation = reo_office;
    ASSERT_TRUE(directory.save_partner(officer, reo).ok());
    auto mine = directory.my_partner(reo_staff).value();
    mine.needs = {1, 3, 3};
    mine.key = "bf-stolen";
    mine.country = "ML";
    mine.organisation = town;
    ASSERT_TRUE(directory.save_partner(reo_staff, mine).ok());
    auto stored = directory.partner("bf-reo").value();
    EXPECT_EQ(stored.needs, (AreaLevels{1, 3, 3}));
    EXPECT_EQ(stored.country, "BF");
    EXPECT_EQ(stored.organisation, reo_office);
    EXPECT_FALSE(directory.my_partner(town_staff).has_value());
    EXPECT_EQ(directory.save_partner(town_staff, stored).error().code, ErrorCode::Forbidden);

    auto maple = team("on-maple-falls", "Maple Falls", "ON");
    maple.organisation = town;
    ASSERT_TRUE(directory.save_team(officer, maple).ok());
    auto own = directory.my_team(town_staff).value();
    own.capacity = 3;
    own.past_partners = {"bf-reo"};
    ASSERT_TRUE(directory.save_team(town_staff, own).ok());
    EXPECT_EQ(directory.team(officer, "on-maple-falls")->capacity, 3);
    EXPECT_EQ(directory.team(officer, "on-maple-falls")->past_partners, std::vector<std::string>{"bf-reo"});
    EXPECT_EQ(directory.team(reo_staff, "on-maple-falls").error().code, ErrorCode::NotFound) << "teams are not public";
    EXPECT_EQ(directory.teams(town_staff).error().code, ErrorCode::Forbidden);
}

TEST_P(DirectoryServiceTest, InvalidProfilesAreRefusedNamingEachField)
{
    auto bad = commune("BF Reo!", "", "CA", {}, {4, 0, -1});
    bad.wanted_partners = 3;
    bad.contact_email = "not an address";
    auto refused = directory.save_partner(officer, bad);
    ASSERT_FALSE(refused.ok());
    std::set<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.insert(error.field);
    EXPECT_EQ(fields, (std::set<std::string>{"key", "name", "languages", "country", "need_enabling_environment", "need_trade_regional",
                                             "wanted_partners", "contact_email"}));
    EXPECT_EQ(directory.partners({}).total, 0);
}

constexpr const char* kPartnerFile =
    "key,name,country,region,level,population,languages,interpretation,need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners\n"
    "bf-reo,Réo,BF,Centre-Ouest,commune,37000,fr,no,3,2,0,1\n"
    ",Sucre,BO,Chuquisaca,municipality,300000,es,yes,0,1,3,2\n"
    "ml-bad,Kita,ML,Kayes,village,abc,fr;de,maybe,4,0,0,1\n"
    "kh-kampot,Kampot,KH,Kampot,district,48000,km;en,no,2,2,2,1\n";

TEST_P(DirectoryServiceTest, AnImportWithProblemsWritesNothingUnlessTheValidRowsAreChosen)
{
    auto report = directory.import_partners(officer, table(kPartnerFile), ImportMode::AddNewOnly, WhenProblems::WriteNothing).value();
    EXPECT_FALSE(report.written);
    EXPECT_EQ(report.rows, 4u);
    EXPECT_EQ(report.invalid_rows, 1u);
    std::set<std::string> columns;
    for (const auto& problem : report.problems) {
        EXPECT_EQ(problem.row, 4u) << "the spreadsheet's row, header included";
        columns.insert(problem.error.field);
    }
    EXPECT_EQ(columns, (std::set<std::string>{"level", "population", "languages", "interpretation", "need_enabling_environment"}));
    EXPECT_EQ(directory.partners({}).total, 0);

    report = directory.import_partners(officer, table(kPartnerFile), ImportMode::AddNewOnly, WhenProblems::WriteValidRows).value();
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.added, 3u);
    EXPECT_EQ(directory.partner("bo-sucre")->wanted_partners, 2) << "a key made from the country and the name";
    EXPECT_TRUE(directory.partner("bo-sucre")->interpretation);
}

TEST_P(DirectoryServiceTest, AddNewOnlySkipsKnownKeysAndUpdateExistingChangesThem)
{
    const std::string first = "key,name,country,level,population,languages,need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners\n"
                              "bf-reo,Réo,BF,commune,37000,fr,3,2,0,1\n";
    const std::string second = "key,name,country,level,population,languages,need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners\n"
                               "bf-reo,Réo,BF,commune,41000,fr,1,1,1,2\nbf-koudougou,Koudougou,BF,commune,160000,fr,2,3,2,2\n";
    ASSERT_TRUE(directory.import_partners(officer, table(first), ImportMode::AddNewOnly, WhenProblems::WriteNothing)->written);
    auto added = directory.import_partners(officer, table(second), ImportMode::AddNewOnly, WhenProblems::WriteNothing).value();
    EXPECT_EQ(added.added, 1u);
    EXPECT_EQ(added.skipped, 1u);
    EXPECT_EQ(directory.partner("bf-reo")->population, 37000);
    auto updated = directory.import_partners(officer, table(second), ImportMode::UpdateExisting, WhenProblems::WriteNothing).value();
    EXPECT_EQ(updated.updated, 2u);
    EXPECT_EQ(directory.partner("bf-reo")->population, 41000);
    EXPECT_EQ(directory.import_partners(town_staff, table(second), ImportMode::UpdateExisting, WhenProblems::WriteNothing).error().code,
              ErrorCode::Forbidden);
    auto missing = directory.import_partners(officer, table("name,country\nX,BF\n"), ImportMode::AddNewOnly, WhenProblems::WriteNothing);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().arguments, std::vector<std::string>{"level"});
}

TEST_P(DirectoryServiceTest, TeamsExportedAreTeamsImported)
{
    auto maple = team("on-maple-falls", "Maple Falls", "ON");
    maple.past_partners = {"bf-reo", "ml-kita"};
    ASSERT_TRUE(directory.save_team(officer, maple).ok());
    ASSERT_TRUE(directory.save_team(officer, team("qc-riviere", "Rivière-aux-Outardes", "QC")).ok());
    std::string file = csv::row(team_columns());
    for (const auto& t : directory.export_teams(officer).value()) file += csv::row(team_row(t));
    ASSERT_TRUE(directory.remove_team(officer, "on-maple-falls").ok());
    ASSERT_TRUE(directory.remove_team(officer, "qc-riviere").ok());
    auto report = directory.import_teams(officer, table(file), ImportMode::AddNewOnly, WhenProblems::WriteNothing).value();
    EXPECT_EQ(report.added, 2u) << file;
    auto back = directory.team(officer, "on-maple-falls").value();
    EXPECT_EQ(back.expertise, maple.expertise);
    EXPECT_EQ(back.past_partners, maple.past_partners);
    EXPECT_EQ(back.languages, maple.languages);
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::directory
