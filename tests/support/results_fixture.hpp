#pragma once
// A fixture for results use cases on one backend: a program office with two officers, the
// staff of Réo (Burkina Faso) and of Maple Falls, their partnership and one in Bolivia
// without staff, a logic model with three quarterly indicators (people by sex, a weighted
// percentage, a maximum), the periods of 2026-27 and 2027-28, and helpers to report values,
// approve them and read the summary and the audit log.
#include "support/account_fixture.hpp"

#include <algorithm>

#include "directory/directory_service.hpp"
#include "partnerships/partnership_service.hpp"
#include "results/measurement_service.hpp"
#include "results/measurement_store.hpp"
#include "results/pmf.hpp"
#include "results/results_service.hpp"
#include "results/summary.hpp"

namespace pmi::results {

constexpr std::int64_t operator""_f(unsigned long long whole) { return static_cast<std::int64_t>(whole) * kScale; }

class ResultsFixture : public testing::AccountFixture {
protected:
    ResultsFixture() : directory(*database, clock), partnerships(*database, clock, nullptr, resummarize_partnership), results(*database, clock), measurements(*database, clock), pmfs(*database)
    {
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        second_officer = actor("second@example.org", Role::ProgramOfficer, office);
        const auto reo_office = organisation("Commune de Réo", accounts::OrganisationKind::PartnerLocalGovernment);
        reo_staff = actor("reo@example.org", Role::Partner, reo_office);
        const auto town = organisation("Maple Falls", accounts::OrganisationKind::CanadianMunicipality);
        town_staff = actor("maple@example.org", Role::Applicant, town);
        add_profiles("bf-reo", "BF", reo_office, "maple-falls", town);
        add_profiles("bo-sucre", "BO", {}, "cedar-creek", {});
        reo = partnership("maple-falls", "bf-reo", {"inclusive-led", "trade-regional"});
        sucre = partnership("cedar-creek", "bo-sucre", {"inclusive-led"});
        logic_model();
        EXPECT_EQ(results.generate_periods(officer, 2026, 2027).value(), 14);
    }

    void add_profiles(const std::string& partner, const std::string& country, OrganisationId partner_office, const std::string& team,
                      OrganisationId town)
    {
        directory::PartnerGovernment p;
        p.key = partner, p.name = partner, p.country = country, p.region = "Centre", p.population = 50'000, p.languages = {"fr"};
        p.wanted_partners = 1, p.organisation = partner_office;
        ASSERT_TRUE(directory.save_partner(officer, p).ok());
        directory::MunicipalTeam t;
        t.key = team, t.name = team, t.province = "ON", t.population = 120'000, t.languages = {"en"}, t.capacity = 2, t.organisation = town;
        ASSERT_TRUE(directory.save_team(officer, t).ok());
    }

    static partnerships::PartnershipInput partnership_input(const std::string& team, const std::string& partner, std::vector<std::string> areas)
    {
        partnerships::PartnershipInput in;
        in.teams = {team}, in.partners = {partner}, in.status = "active", in.start = "2026-04-01", in.end = "2028-03-31";
        in.areas = std::move(areas), in.summary = {{"en", "Market stalls."}}, in.published = true;
        return in;
    }

    PartnershipId partnership(const std::string& team, const std::string& partner, std::vector<std::string> areas)
    {
        return partnerships.create(officer, partnership_input(team, partner, std::move(areas))).value();
    }

    void logic_model()
    {
        ASSERT_TRUE(results.save_node(officer, {"", "ultimate", "1000", "", {{"en", "Local economies grow."}}}).ok());
        ASSERT_TRUE(results.save_node(officer, {"1000", "intermediate", "1200", "inclusive-led", {{"en", "Women and youth find work."}}}).ok());
        ASSERT_TRUE(results.save_node(officer, {"1200", "immediate", "1210", "", {{"en", "Services reach women and youth."}}}).ok());
        ASSERT_TRUE(results.save_node(officer, {"1210", "output", "1211", "", {{"en", "Courses are given."}}}).ok());
        people = indicator("1211.1", "number", "sum", "sex");
        share = indicator("1210.1", "percentage", "weighted-average", "none");
        biggest = indicator("1210.2", "number", "maximum", "none");
    }

    IndicatorId indicator(const std::string& code, const std::string& unit, const std::string& aggregation, const std::string& disaggregation)
    {
        IndicatorInput in;
        in.node = code.substr(0, 4), in.code = code, in.unit = unit, in.direction = "higher", in.aggregation = aggregation;
        in.disaggregation = disaggregation, in.frequency = "quarterly", in.name = {{"en", "Indicator " + code}};
        in.denominator = {{"en", "People asked"}}, in.baseline = "0", in.targets = {{"2026-27", "100"}};
        return results.save_indicator(officer, in).value();
    }

    PeriodId period(int year, int number)
    {
        for (const auto& p : results.periods())
            if (p.frequency == Frequency::Quarterly && p.fiscal_year == year && p.number == number) return p.id;
        return {};
    }

    static MeasurementInput values(IndicatorId indicator, PeriodId period, std::map<std::string, std::string> cells,
                                   std::map<std::string, std::string> denominators = {})
    {
        MeasurementInput in;
        in.indicator = std::to_string(indicator.value), in.period = std::to_string(period.value);
        in.values = std::move(cells), in.denominators = std::move(denominators);
        return in;
    }

    // Entered and submitted by `by`, approved by the second officer.
    void approved(const Actor& by, PartnershipId p, const MeasurementInput& in)
    {
        auto id = measurements.save(by, p, in, Submission::Submit);
        ASSERT_TRUE(id.ok()) << id.error().message;
        auto decided = measurements.decide(second_officer, *id, Verdict::Approve, "");
        ASSERT_TRUE(decided.ok()) << decided.error().message;
    }

    // Every row of the summary, or of the program's totals, of every area key, in key order.
    std::vector<SummaryRow> summary(bool program_totals = false)
    {
        auto connection = database->acquire();
        std::vector<SummaryRow> rows;
        for (auto area : {"*", "inclusive-led", "trade-regional"}) {
            auto some = program_totals ? SummaryStore(*connection).totals(area, std::nullopt) : SummaryStore(*connection).summary(area, std::nullopt);
            rows.insert(rows.end(), some.begin(), some.end());
        }
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
            return std::tie(a.indicator, a.country, a.area, a.fiscal_year, a.cell) < std::tie(b.indicator, b.country, b.area, b.fiscal_year, b.cell);
        });
        return rows;
    }

    std::optional<std::int64_t> program_actual(IndicatorId id, int year, const std::string& cell, PmfFilter filter = {})
    {
        auto pmf = pmfs.pmf(Actor{}, filter).value();
        for (const auto& indicator : pmf.indicators)
            if (indicator.id == id) return pmf.actual(indicator, year, cell);
        return std::nullopt;
    }

    directory::DirectoryService directory;
    partnerships::PartnershipService partnerships;
    ResultsService results;
    MeasurementService measurements;
    PmfService pmfs;
    OrganisationId office;
    Actor officer, second_officer, reo_staff, town_staff, visitor;
    PartnershipId reo, sucre;
    IndicatorId people, share, biggest;
};

}  // namespace pmi::results
