// The envelope dashboard on every backend: committed, spent and in-kind amounts by fiscal
// year, country, programming area and partnership equal sums of what the test put in, a
// partnership in two areas counts in both, and the overruns of the program and of a
// partnership are warned about.
#include "support/partnership_fixture.hpp"

#include <map>

#include "partnerships/envelope_dashboard.hpp"
#include "partnerships/envelope_service.hpp"
#include "partnerships/ledger_store.hpp"

namespace pmi::partnerships {
namespace {

TEST(EnvelopeDashboardRules, AddsUpGroupsAndNamesEveryOverrun)
{
    EnvelopeReport program = compare({{2026, Money::cents(1000), Money::cents(10)}}, {{2026, Money::cents(900)}},
                                     {{PartnershipId{1}, 2026, Money::cents(700), Money::cents(30)}});
    auto board = dashboard(program, {{PartnershipId{1}, "A – B", "BF", {"inclusive-led", "trade-regional"}}, {PartnershipId{2}, "C – D", "BO", {}}},
                           {{PartnershipId{1}, 2026, Money::cents(600)}, {PartnershipId{2}, 2026, Money::cents(300)}},
                           {{PartnershipId{1}, 2026, Money::cents(700), Money::cents(30)}}, {{"Maple Falls", PartnershipId{1}, 2026, "BF", Money::cents(30)}});
    EXPECT_EQ(board.by_country.at("BF").total, (Figures{Money::cents(600), Money::cents(700), Money::cents(30)}));
    EXPECT_EQ(board.by_country.at("BO").total, (Figures{Money::cents(300), {}, {}}));
    EXPECT_EQ(board.by_area.at("inclusive-led").total, board.by_area.at("trade-regional").total) << "counted in each of its areas";
    EXPECT_EQ(board.by_area.at("").total.committed, Money::cents(300)) << "a partnership without an area";
    EXPECT_EQ(board.all.total, (Figures{Money::cents(900), Money::cents(700), Money::cents(30)}));
    EXPECT_EQ(board.in_kind_by_municipality.at("Maple Falls"), Money::cents(30));
    ASSERT_EQ(board.warnings.size(), 2u);
    EXPECT_EQ(board.warnings[0].kind, Overrun::InKind) << "30 contributed against a commitment of 10";
    EXPECT_EQ(board.warnings[0].over, Money::cents(20));
    EXPECT_EQ(board.warnings[1].partnership, "A – B");
    EXPECT_EQ(board.warnings[1].over, Money::cents(100)) << "700 spent against a budget of 600";
}

class EnvelopeDashboardTest : public PartnershipFixture {
protected:
    EnvelopeDashboardTest() : envelopes(*database, clock) {}
    EnvelopeService envelopes;
};

TEST_P(EnvelopeDashboardTest, BreakdownsEqualTheSumsOfWhatWasPutIn)
{
    ASSERT_TRUE(envelopes.save(officer, {{"2026-27", "5000.00", "100.00"}, {"2027-28", "5000.00", "1000.00"}}).ok());
    auto reo_in = input({"maple-falls"}, {"bf-reo"});
    reo_in.areas = {"inclusive-led", "trade-regional"};
    const auto reo = create(reo_in);
    auto koudougou_in = input({"birch-bay"}, {"bf-koudougou"});
    koudougou_in.areas = {"enabling-environment"};
    const auto koudougou = create(koudougou_in);
    auto sucre_in = input({"cedar-creek"}, {"bo-sucre"});
    sucre_in.areas = {"inclusive-led"};
    const auto sucre = create(sucre_in);

    // committed[partnership][year], spent and in kind likewise, in cents: the reference.
    std::map<std::int64_t, std::map<int, std::int64_t>> committed, spent, in_kind;
    auto budget = [&](PartnershipId id, int year, const std::string& amount, std::int64_t cents) {
        ASSERT_TRUE(budgets.add_line(officer, id, {std::to_string(year) + "-" + std::to_string((year + 1) % 100), "travel", "Visits", amount}).ok());
        committed[id.value][year] += cents;
    };
    budget(reo, 2026, "1200.00", 120000);
    budget(reo, 2027, "800.50", 80050);
    budget(koudougou, 2026, "300.25", 30025);
    budget(sucre, 2027, "999.99", 99999);
    {
        auto connection = database->acquire();
        auto approve = [&](Ledger ledger, PartnershipId id, int year, std::int64_t cents) {
            LedgerStore(*connection, ledger).count_approved(id, year, Money::cents(cents));
            (ledger == Ledger::Expenses ? spent : in_kind)[id.value][year] += cents;
        };
        approve(Ledger::Expenses, reo, 2026, 100001);
        approve(Ledger::Expenses, reo, 2027, 90000);  // over its 800.50 budget
        approve(Ledger::Expenses, reo, 2027, -5000);  // a reversal
        approve(Ledger::Expenses, sucre, 2027, 12345);
        approve(Ledger::InKind, koudougou, 2026, 20000);
        approve(Ledger::InKind, sucre, 2027, 777);
    }

    auto board = envelopes.dashboard(officer).value();
    const std::map<std::int64_t, std::string> country = {{reo.value, "BF"}, {koudougou.value, "BF"}, {sucre.value, "BO"}};
    const std::map<std::int64_t, std::vector<std::string>> areas = {
        {reo.value, {"inclusive-led", "trade-regional"}}, {koudougou.value, {"enabling-environment"}}, {sucre.value, {"inclusive-led"}}};
    std::map<std::string, std::map<int, Figures>> by_country, by_area;
    for (const auto* source : {&committed, &spent, &in_kind})
        for (const auto& [id, years] : *source)
            for (const auto& [year, cents] : years) {
                Figures f;
                (source == &committed ? f.committed : source == &spent ? f.spent : f.in_kind) = Money::cents(cents);
                by_country[country.at(id)][year] += f;
                by_country[country.at(id)][0] += f;
                for (const auto& area : areas.at(id)) by_area[area][year] += f, by_area[area][0] += f;
            }
    auto check = [](const Breakdown& shown, const std::map<std::string, std::map<int, Figures>>& reference, const std::string& what) {
        ASSERT_EQ(shown.size(), reference.size()) << what;
        for (const auto& [code, years] : reference) {
            const auto& group = shown.at(code);
            EXPECT_EQ(group.total, years.at(0)) << what << " " << code;
            for (const auto& [year, figures] : years) {
                if (year == 0) continue;
                EXPECT_EQ(group.by_year.at(year), figures) << what << " " << code << " " << year;
            }
        }
    };
    check(board.by_country, by_country, "country");
    check(board.by_area, by_area, "area");
    EXPECT_EQ(board.by_country.at("BF").total.remaining(), Money::cents(120000 + 80050 + 30025 - 100001 - 90000 + 5000));
    EXPECT_EQ(board.by_partnership.at(std::to_string(reo.value)).by_year.at(2027).spent, Money::cents(85000));

    std::vector<std::string> warned;
    for (const auto& w : board.warnings) warned.push_back(w.partnership + "/" + std::to_string(w.fiscal_year) + "/" + w.over.plain());
    EXPECT_EQ(warned, (std::vector<std::string>{"/2026/100.00", "Maple Falls – Réo/2027/49.50"}))
        << "in kind 200.00 over the 2026-27 commitment of 100.00; Réo spent 850.00 against 800.50";

    EXPECT_EQ(envelopes.dashboard(town_staff).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(envelopes.dashboard(visitor).error().code, ErrorCode::Unauthenticated);
}

INSTANTIATE_TEST_SUITE_P(Backends, EnvelopeDashboardTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
