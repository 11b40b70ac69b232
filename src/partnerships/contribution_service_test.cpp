// In-kind contributions on every backend: staff time valued at the hourly rate of the role
// in effect on the date, quarter hours exact, fiscal years, validation by an officer, refused
// input that writes nothing, and the program's totals by municipality, partnership, fiscal
// year and country.
#include "support/partnership_fixture.hpp"

#include <algorithm>
#include <filesystem>

#include "partnerships/contribution_service.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/ledger_store.hpp"
#include "partnerships/rate_service.hpp"

namespace pmi::partnerships {
namespace {

const std::string kTimesheet = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

class ContributionServiceTest : public PartnershipFixture {
protected:
    ContributionServiceTest()
        : folder(std::filesystem::temp_directory_path() / ("pmi-in-kind-" + std::to_string(::getpid()) + "-" + GetParam())),
          files(folder.string()), rates(*database, clock), contributions(*database, clock, files), ledgers(*database, clock, files)
    {
        id = create(input({"maple-falls", "cedar-creek"}, {"bf-reo"}));
        other = create(input({"birch-bay"}, {"bo-sucre"}));
        EXPECT_TRUE(rates.add(officer, RateTable::Hourly, {"technical-staff", "2026-04-01", "62.00", "Pay scale 2026"}).ok());
        EXPECT_TRUE(rates.add(officer, RateTable::Hourly, {"technical-staff", "2027-04-01", "64.50", "Pay scale 2027"}).ok());
        EXPECT_TRUE(rates.add(officer, RateTable::Hourly, {"elected-official", "2026-04-01", "85.50", "Council"}).ok());
    }
    ~ContributionServiceTest() override { std::filesystem::remove_all(folder); }

    static ContributionInput hours(const std::string& date, const std::string& role, const std::string& worked, const std::string& town = "maple-falls")
    {
        return {town, "staff-time", date, "Market design workshop", "Jo Tremblay", role, worked, "", ""};
    }

    EntryId enter(const Actor& who, PartnershipId partnership, const ContributionInput& in)
    {
        auto entered = contributions.enter(who, partnership, in, Upload{"timesheet.pdf", kTimesheet});
        EXPECT_TRUE(entered.ok()) << (entered.ok() ? "" : entered.error().field + " " + entered.error().message);
        return entered.ok() ? *entered : EntryId{};
    }

    void approve(PartnershipId partnership, EntryId entry) { ASSERT_TRUE(ledgers.review(officer, Ledger::InKind, partnership, entry, Review::Approve, "").ok()); }

    std::filesystem::path folder;
    files::FileStore files;
    RateService rates;
    ContributionService contributions;
    LedgerService ledgers;
    PartnershipId id, other;
};

TEST_P(ContributionServiceTest, StaffTimeIsValuedAtTheRateOfTheRoleOnTheDate)
{
    auto march = enter(town_staff, id, hours("2027-03-31", "technical-staff", "7.25"));
    auto april = enter(town_staff, id, hours("2027-04-01", "technical-staff", "7.25"));
    auto mayor = enter(town_staff, id, hours("2027-04-01", "elected-official", "7.25"));
    auto ledger = contributions.ledger(town_staff, id).value();
    ASSERT_EQ(ledger.contributions.size(), 3u);
    EXPECT_EQ(ledger.contributions[0].entry.amount, Money::cents(44950));  // 7.25 × 62.00
    EXPECT_EQ(ledger.contributions[0].entry.fiscal_year, 2026);
    EXPECT_EQ(ledger.contributions[0].hours, 725);
    EXPECT_EQ(rate_text(ledger.contributions[0].rate), "62.00");
    EXPECT_EQ(ledger.contributions[1].entry.amount, Money::cents(46762)) << "7.25 × 64.50 = 467.625, half to the even 467.62";
    EXPECT_EQ(ledger.contributions[1].entry.fiscal_year, 2027);
    EXPECT_EQ(ledger.contributions[2].entry.amount, Money::cents(61988)) << "7.25 × 85.50 = 619.875";
    EXPECT_EQ(ledger.totals.waiting, Money::cents(44950 + 46762 + 61988));
    EXPECT_EQ(ledger.totals.total, Money{});

    auto missing = contributions.enter(town_staff, id, hours("2027-04-01", "senior-manager", "2"), std::nullopt);
    EXPECT_EQ(missing.error().field, "date") << "no rate for senior managers";
    (void)march, (void)april, (void)mayor;
}

TEST_P(ContributionServiceTest, AnOfficerValidatesAndTheTotalsMove)
{
    auto time = enter(town_staff, id, hours("2026-06-10", "technical-staff", "10"));
    auto travel = enter(town_staff, id, {"cedar-creek", "travel", "2026-06-12", "Flight to Ouagadougou", "", "", "", "1875.40", ""});
    auto elsewhere = enter(other_staff, other, {"birch-bay", "goods-services", "2027-05-01", "Used laptops", "", "", "", "600.00", ""});
    EXPECT_EQ(ledgers.review(town_staff, Ledger::InKind, id, time, Review::Approve, "").error().code, ErrorCode::Forbidden);
    approve(id, time);
    approve(id, travel);
    approve(other, elsewhere);
    auto ledger = contributions.ledger(reo_staff, id).value();
    EXPECT_EQ(ledger.totals.total, Money::cents(62000 + 187540));
    EXPECT_EQ(ledger.totals.by_year.at(2026), Money::cents(249540));
    EXPECT_EQ(ledger.totals.by_kind.at(ContributionKind::Travel), Money::cents(187540));
    EXPECT_EQ(contributions.change(town_staff, id, time, hours("2026-06-10", "technical-staff", "11"), std::nullopt).error().code, ErrorCode::Conflict);
    auto reversal = ledgers.reverse(officer, Ledger::InKind, id, travel, "The city was refunded.").value();
    ledger = contributions.ledger(officer, id).value();
    EXPECT_EQ(ledger.totals.total, Money::cents(62000));
    EXPECT_EQ(ledger.contributions.back().entry.id, reversal);
    EXPECT_EQ(ledger.contributions.back().entry.amount, Money::cents(-187540));

    EXPECT_EQ(contributions.program(town_staff).error().code, ErrorCode::Forbidden);
    auto program = contributions.program(officer).value();
    EXPECT_EQ(program.totals.total, Money::cents(62000 + 60000));
    EXPECT_EQ(program.totals.by_municipality.at("Maple Falls"), Money::cents(62000));
    EXPECT_EQ(program.totals.by_municipality.at("Cedar Creek"), Money{}) << "travel reversed";
    EXPECT_EQ(program.totals.by_country.at("BF"), Money::cents(62000));
    EXPECT_EQ(program.totals.by_country.at("BO"), Money::cents(60000));
    EXPECT_EQ(program.totals.by_year.at(2027), Money::cents(60000));
    EXPECT_EQ(program.totals.by_partnership.at(other.value), Money::cents(60000));
    EXPECT_EQ(program.partnerships.size(), 2u);

    auto connection = database->acquire();
    auto totals = approved_totals(*connection);
    EXPECT_EQ(totals, recounted_totals(*connection)) << "approvals and reversals counted as they happened";
    ASSERT_EQ(totals.size(), 2u);
    EXPECT_EQ(totals[0].in_kind, Money::cents(62000));
    EXPECT_EQ(audited("in_kind."), (std::vector<std::string>{"in_kind.enter", "in_kind.enter", "in_kind.enter", "in_kind.approve", "in_kind.approve",
                                                              "in_kind.approve", "in_kind.reverse"}));
}

TEST_P(ContributionServiceTest, TravelPaidInAForeignCurrencyIsConvertedAtTheRecordedRateLikeAnExpense)
{
    ASSERT_TRUE(rates.add(officer, RateTable::Exchange, {"XOF", "2026-04-01", "0.0022", "Bank of Canada"}).ok());
    ASSERT_TRUE(rates.add(officer, RateTable::Exchange, {"XOF", "2026-10-01", "0.00235", "Bank of Canada"}).ok());
    auto flights = enter(town_staff, id, {"maple-falls", "travel", "2026-11-02", "Flights to Réo", "", "", "", "412500", "XOF"});
    auto train = enter(town_staff, id, {"maple-falls", "travel", "2026-11-03", "Train to Montréal", "", "", "", "84.10", ""});
    EXPECT_EQ(contributions.enter(town_staff, id, {"maple-falls", "travel", "2026-11-02", "Bus", "", "", "", "100", "BOB"}, std::nullopt).error().field,
              "date")
        << "no exchange rate for BOB";
    EXPECT_EQ(contributions.enter(town_staff, id, {"maple-falls", "travel", "2026-11-02", "Bus", "", "", "", "100.5", "XOF"}, std::nullopt).error().field,
              "amount")
        << "francs have no decimals";
    EXPECT_EQ(contributions.enter(town_staff, id, {"maple-falls", "goods-services", "2026-11-02", "Desks", "", "", "", "100", "XOF"}, std::nullopt)
                  .error()
                  .field,
              "currency")
        << "goods and services are valued in CAD";

    auto ledger = contributions.ledger(town_staff, id).value();
    ASSERT_EQ(ledger.contributions.size(), 2u);
    const auto paid = ledger.contributions[0];
    EXPECT_EQ(paid.entry.id, flights);
    EXPECT_EQ(paid.currency, Currency::XOF);
    EXPECT_EQ(paid.original, 412500);
    // 412,500 francs × 0.00235 = 969.375 CAD, rounded half to even to the cent.
    EXPECT_EQ(paid.entry.amount, Money::cents(96938));
    EXPECT_EQ(convert(1000000, Currency::XOF, paid.rate), Money::cents(235000)) << "0.00235 CAD per franc";
    EXPECT_EQ(date_text(paid.rate_date.value()), "2026-10-01") << "the rate in effect on the date, not the newest";
    EXPECT_EQ(paid.rate_source, "Bank of Canada");
    EXPECT_EQ(paid.rounding, "half-even");
    EXPECT_EQ(ledger.contributions[1].entry.amount, Money::cents(8410)) << "travel in CAD keeps its amount";
    EXPECT_EQ(ledger.contributions[1].currency, Currency::CAD);

    approve(id, flights);
    approve(id, train);
    EXPECT_EQ(contributions.program(officer)->totals.by_municipality.at("Maple Falls"), Money::cents(96938 + 8410));
    auto reversal = ledgers.reverse(officer, Ledger::InKind, id, flights, "Paid by the program, not the town").value();
    ledger = contributions.ledger(town_staff, id).value();
    const auto& back = *std::find_if(ledger.contributions.begin(), ledger.contributions.end(), [&](const Contribution& c) { return c.entry.id == reversal; });
    EXPECT_EQ(back.original, -412500);
    EXPECT_EQ(back.entry.amount, Money::cents(-96938));
    EXPECT_EQ(back.currency, Currency::XOF);
    EXPECT_EQ(back.rate, paid.rate);
    EXPECT_EQ(back.rate_source, "Bank of Canada");
    EXPECT_EQ(contributions.program(officer)->totals.by_municipality.at("Maple Falls"), Money::cents(8410)) << "the kept totals follow the reversal";
    auto connection = database->acquire();
    EXPECT_EQ(approved_totals(*connection), recounted_totals(*connection));
}

TEST_P(ContributionServiceTest, BadInputGetsAClearMessageAndWritesNothing)
{
    auto negative = contributions.enter(town_staff, id, hours("2026-06-10", "technical-staff", "-3"), std::nullopt);
    EXPECT_EQ(negative.error().field, "hours");
    EXPECT_EQ(negative.error().message, "Hours cannot be negative; enter the time worked.");
    EXPECT_EQ(contributions.enter(town_staff, id, hours("2026-06-10", "technical-staff", "1.255"), std::nullopt).error().field, "hours");
    EXPECT_EQ(contributions.enter(town_staff, id, hours("2031-01-01", "technical-staff", "2"), std::nullopt).error().field, "date");
    EXPECT_EQ(contributions.enter(town_staff, id, hours("2026-06-10", "technical-staff", "2", "birch-bay"), std::nullopt).error().field, "municipality");
    auto travel = contributions.enter(town_staff, id, {"maple-falls", "travel", "2026-06-10", "Taxi", "", "", "", "12.345", ""}, std::nullopt);
    EXPECT_EQ(travel.error().field, "amount");
    EXPECT_EQ(contributions.enter(other_staff, id, hours("2026-06-10", "technical-staff", "2"), std::nullopt).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(contributions.enter(town_staff, id, hours("2026-06-10", "technical-staff", "2"), Upload{"a.pdf", "MZ\x90"}).error().field, "file");
    EXPECT_EQ(count("in_kind_contributions"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ContributionServiceTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
