#pragma once
// A fixture for partnership use cases on one backend: a program office with an officer, a
// partner local government (Réo) and a Canadian municipality (Maple Falls) with their staff,
// another municipality's staff (Birch Bay) who see only public fields, a visitor, directory
// profiles to build partnerships from (Koudougou, Sucre and Cedar Creek have no staff), and
// helpers to create partnerships and read the audit log.
#include "support/account_fixture.hpp"

#include "directory/directory_service.hpp"
#include "partnerships/budget_service.hpp"
#include "partnerships/partnership_service.hpp"

namespace pmi::partnerships {

class PartnershipFixture : public testing::AccountFixture {
protected:
    PartnershipFixture() : directory(*database, clock), partnerships(*database, clock), budgets(*database, clock)
    {
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        reo_office = organisation("Commune de Réo", accounts::OrganisationKind::PartnerLocalGovernment);
        reo_staff = actor("reo@example.org", Role::Partner, reo_office);
        town = organisation("Maple Falls", accounts::OrganisationKind::CanadianMunicipality);
        town_staff = actor("maple@example.org", Role::Applicant, town);
        other_town = organisation("Birch Bay", accounts::OrganisationKind::CanadianMunicipality);
        other_staff = actor("birch@example.org", Role::Applicant, other_town);
        add_partner("bf-reo", "Réo", "BF", reo_office);
        add_partner("bf-koudougou", "Koudougou", "BF", {});
        add_partner("bo-sucre", "Sucre", "BO", {});
        add_team("maple-falls", "Maple Falls", town);
        add_team("birch-bay", "Birch Bay", other_town);
        add_team("cedar-creek", "Cedar Creek", {});
    }

    void add_partner(const std::string& key, const std::string& name, const std::string& country, OrganisationId organisation)
    {
        directory::PartnerGovernment p;
        p.key = key, p.name = name, p.country = country, p.region = "Centre", p.population = 50'000, p.languages = {"fr"};
        p.wanted_partners = 1, p.organisation = organisation;
        ASSERT_TRUE(directory.save_partner(officer, p).ok());
    }

    void add_team(const std::string& key, const std::string& name, OrganisationId organisation)
    {
        directory::MunicipalTeam t;
        t.key = key, t.name = name, t.province = "ON", t.population = 120'000, t.languages = {"en"}, t.capacity = 2;
        t.organisation = organisation;
        ASSERT_TRUE(directory.save_team(officer, t).ok());
    }

    static PartnershipInput input(std::vector<std::string> teams, std::vector<std::string> partners, bool published = true)
    {
        PartnershipInput in;
        in.teams = std::move(teams), in.partners = std::move(partners), in.status = "active";
        in.start = "2026-04-01", in.end = "2028-03-31", in.areas = {"inclusive-led"};
        in.summary = {{"en", "Market stalls and a business desk."}, {"fr", "Des étals de marché et un guichet d'entreprise."}};
        in.contact_name = "Awa", in.contact_email = "awa@example.org", in.published = published;
        return in;
    }

    PartnershipId create(const PartnershipInput& in)
    {
        auto id = partnerships.create(officer, in);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        return id.ok() ? *id : PartnershipId{};
    }

    // A partnership of Maple Falls with `partner` (Réo or Koudougou), from `start` to `end`.
    PartnershipId partnership(const std::string& start, const std::string& end, bool published = true, const std::string& partner = "bf-reo")
    {
        PartnershipInput in;
        in.teams = {"maple-falls"}, in.partners = {partner}, in.status = "active", in.start = start, in.end = end;
        in.summary = {{"en", "A covered market."}}, in.contact_name = "Awa", in.contact_email = "awa@example.org", in.published = published;
        return create(in);
    }

    static LineInput line(const std::string& year, const std::string& category, const std::string& amount)
    {
        return {year, category, "Line " + year + " " + category, amount};
    }

    std::int64_t count(const std::string& table)
    {
        auto connection = database->acquire();
        return connection->query_one("SELECT COUNT(*) FROM " + table)->integer(0);
    }

    directory::DirectoryService directory;
    PartnershipService partnerships;
    BudgetService budgets;
    OrganisationId office, reo_office, town, other_town;
    Actor officer, reo_staff, town_staff, other_staff, visitor;
};

}  // namespace pmi::partnerships
