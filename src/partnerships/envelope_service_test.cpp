// The program envelope on every backend: the profile officers set, refused rows that write
// nothing, and the comparison with the budget lines of partnerships under way and with the
// approved spending and in-kind contributions.
#include "support/partnership_fixture.hpp"

#include "partnerships/budget_service.hpp"
#include "partnerships/envelope_service.hpp"
#include "partnerships/ledger_store.hpp"

namespace pmi::partnerships {
namespace {

TEST(EnvelopeRules, ReadsTheProfileAndNamesEveryWrongCell)
{
    auto years = read_envelope({{"2026-27", "3200000.00", "850000"}, {"", "", ""}, {"2027-28", "4200000", "1100000.50"}});
    ASSERT_TRUE(years.ok());
    ASSERT_EQ(years->size(), 2u);
    EXPECT_EQ((*years)[1].fiscal_year, 2027);
    EXPECT_EQ((*years)[1].in_kind, Money::cents(110000050));

    auto refused = read_envelope({{"2026-27", "1.00", "1.00"}, {"2026", "-5", "abc"}, {"26-27", "1", "1"}});
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"fiscal_year_2", "cash_2", "in_kind_2", "fiscal_year_3"})) << "2026 is 2026-27 again";
    EXPECT_EQ(read_envelope(std::vector<EnvelopeYearInput>(kMostEnvelopeYears + 1, {"2026-27", "1", "1"})).error().field, "fiscal_year_2");
}

TEST(EnvelopeRules, ComparesEachYearAndTheTotals)
{
    auto report = compare({{2026, Money::cents(100), Money::cents(40)}, {2027, Money::cents(200), Money::cents(50)}},
                          {{2026, Money::cents(101)}, {2028, Money::cents(7)}},
                          {{PartnershipId{1}, 2026, Money::cents(60), Money::cents(5)},
                           {PartnershipId{2}, 2026, Money::cents(45), Money::cents(0)},
                           {PartnershipId{1}, 2027, Money::cents(-3), Money::cents(9)}});
    ASSERT_EQ(report.years.size(), 3u);
    EXPECT_TRUE(report.years[0].over());
    EXPECT_EQ(report.years[0].remaining(), Money::cents(-1));
    EXPECT_FALSE(report.years[1].over());
    EXPECT_TRUE(report.years[2].over()) << "budgets in a year without an envelope";
    EXPECT_EQ(report.cash, Money::cents(300));
    EXPECT_EQ(report.in_kind, Money::cents(90));
    EXPECT_EQ(report.budgeted, Money::cents(108));
    EXPECT_EQ(report.years[0].spent, Money::cents(105)) << "two partnerships in one year";
    EXPECT_TRUE(report.years[0].overspent());
    EXPECT_EQ(report.years[0].contributed, Money::cents(5));
    EXPECT_EQ(report.years[1].spent, Money::cents(-3)) << "a reversal";
    EXPECT_FALSE(report.years[1].overspent());
    EXPECT_EQ(report.spent, Money::cents(102));
    EXPECT_EQ(report.contributed, Money::cents(14));
}

class EnvelopeServiceTest : public PartnershipFixture {
protected:
    EnvelopeServiceTest() : budgets(*database, clock), envelopes(*database, clock) {}
    BudgetService budgets;
    EnvelopeService envelopes;
};

TEST_P(EnvelopeServiceTest, OfficersSetTheEnvelopeAndSeeBudgetsAgainstIt)
{
    ASSERT_TRUE(envelopes.save(officer, {{"2026-27", "1000.00", "300.00"}, {"2027-28", "2000.00", "400.00"}}).ok());
    auto active = partnership("2026-04-01", "2028-03-31");
    ASSERT_TRUE(budgets.add_line(officer, active, {"2026-27", "travel", "Visits", "1200.00"}).ok());
    ASSERT_TRUE(budgets.add_line(officer, active, {"2027-28", "training", "Workshops", "500.00"}).ok());
    PartnershipInput proposed;
    proposed.teams = {"birch-bay"}, proposed.partners = {"bf-koudougou"}, proposed.status = "proposed";
    proposed.start = "2026-04-01", proposed.end = "2028-03-31";
    auto waiting = partnerships.create(officer, proposed).value();
    ASSERT_TRUE(budgets.add_line(officer, waiting, {"2027-28", "travel", "Not yet committed", "9000.00"}).ok());

    auto report = envelopes.report(officer).value();
    ASSERT_EQ(report.years.size(), 2u);
    EXPECT_EQ(report.years[0].budgeted, Money::cents(120000));
    EXPECT_TRUE(report.years[0].over());
    EXPECT_EQ(report.years[1].budgeted, Money::cents(50000)) << "the proposed partnership's line is left out";
    EXPECT_FALSE(report.years[1].over());
    EXPECT_EQ(report.cash, Money::cents(300000));
    EXPECT_EQ(report.spent, Money()) << "nothing approved yet";

    {
        // What approving entries counts in the ledgers' totals (see LedgerService::review).
        auto connection = database->acquire();
        LedgerStore(*connection, Ledger::Expenses).count_approved(active, 2026, Money::cents(80000));
        LedgerStore(*connection, Ledger::Expenses).count_approved(active, 2027, Money::cents(250000));
        LedgerStore(*connection, Ledger::Expenses).count_approved(active, 2027, Money::cents(-20000));
        LedgerStore(*connection, Ledger::InKind).count_approved(active, 2027, Money::cents(15000));
    }
    report = envelopes.report(officer).value();
    ASSERT_EQ(report.years.size(), 2u);
    EXPECT_EQ(report.years[0].spent, Money::cents(80000));
    EXPECT_FALSE(report.years[0].overspent());
    EXPECT_EQ(report.years[1].spent, Money::cents(230000)) << "the reversal is subtracted";
    EXPECT_TRUE(report.years[1].overspent()) << "2300.00 spent against 2000.00";
    EXPECT_EQ(report.years[1].contributed, Money::cents(15000));
    EXPECT_EQ(report.spent, Money::cents(310000));
    EXPECT_EQ(report.contributed, Money::cents(15000));

    EXPECT_EQ(envelopes.save(town_staff, {{"2026-27", "1.00", "1.00"}}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(envelopes.report(town_staff).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(envelopes.report(visitor).error().code, ErrorCode::Unauthenticated);
    auto refused = envelopes.save(officer, {{"2026-27", "5.00", "1.00"}, {"2027-28", "1.234", "1.00"}});
    EXPECT_EQ(refused.error().field, "cash_2");
    EXPECT_EQ(envelopes.envelope(officer)->at(0).cash, Money::cents(100000)) << "nothing written";
    EXPECT_EQ(audited("envelope."), (std::vector<std::string>{"envelope.save"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, EnvelopeServiceTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
