// Expenses on every backend: conversion at the rate in effect on the expense's date, fiscal
// years cut between March 31 and April 1, approval by an officer who did not enter the
// expense, immutability once approved and reversals, refused input that writes nothing,
// who sees what, and exact approved totals over thousands of entries.
#include "support/partnership_fixture.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <random>

#include "partnerships/expense_service.hpp"
#include "partnerships/expense_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/ledger_store.hpp"
#include "partnerships/rate_service.hpp"

namespace pmi::partnerships {
namespace {

const std::string kReceipt = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

class ExpenseServiceTest : public PartnershipFixture {
protected:
    ExpenseServiceTest()
        : folder(std::filesystem::temp_directory_path() / ("pmi-expenses-" + std::to_string(::getpid()) + "-" + GetParam())),
          files(folder.string()), rates(*database, clock), expenses(*database, clock, files), ledgers(*database, clock, files)
    {
        second_officer = actor("second@example.org", Role::ProgramOfficer, office);
        id = create(input({"maple-falls"}, {"bf-reo"}));
        line = budgets.add_line(officer, id, {"2026-27", "travel", "Visits", "20000.00"}).value();
        EXPECT_TRUE(rates.add(officer, RateTable::Exchange, {"XOF", "2026-04-01", "0.0022", "Bank of Canada"}).ok());
        EXPECT_TRUE(rates.add(officer, RateTable::Exchange, {"XOF", "2026-10-01", "0.00235", "Bank of Canada"}).ok());
    }
    ~ExpenseServiceTest() override { std::filesystem::remove_all(folder); }

    ExpenseInput claim(const std::string& date, const std::string& currency, const std::string& amount)
    {
        return {std::to_string(line.value), date, "Bus tickets to Ouagadougou", currency, amount};
    }

    EntryId enter(const Actor& who, const ExpenseInput& in)
    {
        auto entered = expenses.enter(who, id, in, Upload{"ticket.pdf", kReceipt});
        EXPECT_TRUE(entered.ok()) << (entered.ok() ? "" : entered.error().field + " " + entered.error().message);
        return entered.ok() ? *entered : EntryId{};
    }

    const Expense& find(const ExpenseLedger& ledger, EntryId entry)
    {
        for (const auto& e : ledger.expenses)
            if (e.entry.id == entry) return e;
        throw std::runtime_error("no such expense");
    }

    std::filesystem::path folder;
    files::FileStore files;
    RateService rates;
    ExpenseService expenses;
    LedgerService ledgers;
    Actor second_officer;
    PartnershipId id;
    BudgetLineId line;
};

TEST_P(ExpenseServiceTest, ConvertsAtTheRateInEffectOnTheDateAndKeepsTheRateWithTheAmount)
{
    auto before = enter(town_staff, claim("2026-09-30", "XOF", "150000"));
    auto after = enter(town_staff, claim("2026-10-01", "XOF", "150000"));
    auto dollars = enter(town_staff, claim("2026-10-01", "CAD", "12.34"));
    auto ledger = expenses.ledger(town_staff, id).value();
    const auto& first = find(ledger, before);
    EXPECT_EQ(first.entry.amount, Money::cents(33000));
    EXPECT_EQ(rate_text(first.rate), "0.0022000000");
    EXPECT_EQ(date_text(first.rate_date), "2026-04-01");
    EXPECT_EQ(first.rate_source, "Bank of Canada");
    EXPECT_EQ(first.rounding, "half-even");
    EXPECT_EQ(first.original, 150000);
    EXPECT_EQ(find(ledger, after).entry.amount, Money::cents(35250));
    EXPECT_EQ(date_text(find(ledger, after).rate_date), "2026-10-01");
    EXPECT_EQ(find(ledger, dollars).entry.amount, Money::cents(1234));

    // No rate for córdobas yet: a clear message on the date, nothing written.
    auto missing = expenses.enter(town_staff, id, claim("2026-10-01", "NIO", "100.00"), std::nullopt);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, "date");
    EXPECT_EQ(missing.error().message, "No exchange rate for {1} is in effect on {2}; ask a program officer to add one, or check the date.");
    EXPECT_EQ(count("expenses"), 3);
    // Nor for francs before the first rate took effect.
    ASSERT_TRUE(rates.add(officer, RateTable::Exchange, {"BOB", "2027-01-01", "0.19", "Bank of Canada"}).ok());
    EXPECT_EQ(expenses.enter(town_staff, id, claim("2026-12-31", "BOB", "10.00"), std::nullopt).error().field, "date");
    EXPECT_EQ(rates.add(town_staff, RateTable::Exchange, {"BOB", "2027-02-01", "0.2", "Bank"}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(rates.add(officer, RateTable::Exchange, {"BOB", "2027-01-01", "0.2", "Bank"}).error().code, ErrorCode::Conflict);
}

TEST_P(ExpenseServiceTest, FiscalYearsEndOnMarch31)
{
    ASSERT_TRUE(budgets.add_line(officer, id, {"2027-28", "travel", "Visits", "9000.00"}).ok());
    auto march = enter(town_staff, claim("2027-03-31", "CAD", "100.00"));
    auto april = enter(town_staff, claim("2027-04-01", "CAD", "250.00"));
    ASSERT_TRUE(ledgers.review(officer, Ledger::Expenses, id, march, Review::Approve, "").ok());
    ASSERT_TRUE(ledgers.review(officer, Ledger::Expenses, id, april, Review::Approve, "").ok());
    ASSERT_TRUE(expenses.disburse(officer, id, {"2027-04-01", "5000.00", "Transfer 2027-118"}).ok());
    auto totals = expenses.ledger(officer, id)->totals;
    EXPECT_EQ(totals.by_year.at(2026).approved, Money::cents(10000));
    EXPECT_EQ(totals.by_year.at(2027).approved, Money::cents(25000));
    EXPECT_EQ(totals.by_year.at(2027).disbursed, Money::cents(500000));
    EXPECT_EQ(totals.by_year.at(2026).budget, Money::cents(2000000));
    EXPECT_EQ(totals.total.approved, Money::cents(35000));
}

TEST_P(ExpenseServiceTest, OnlyAnotherOfficerApprovesAndApprovedExpensesAreOnlyReversed)
{
    auto staff_entry = enter(town_staff, claim("2026-05-01", "CAD", "80.00"));
    auto officer_entry = enter(officer, claim("2026-05-02", "CAD", "40.00"));
    EXPECT_EQ(ledgers.review(town_staff, Ledger::Expenses, id, staff_entry, Review::Approve, "").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(ledgers.review(officer, Ledger::Expenses, id, officer_entry, Review::Approve, "").error().code, ErrorCode::Forbidden)
        << "never by the one who entered it";
    EXPECT_EQ(ledgers.review(officer, Ledger::Expenses, id, staff_entry, Review::Return, "").error().field, "note");
    ASSERT_TRUE(ledgers.review(second_officer, Ledger::Expenses, id, officer_entry, Review::Approve, "").ok());
    ASSERT_TRUE(ledgers.review(officer, Ledger::Expenses, id, staff_entry, Review::Return, "The receipt is for another trip.").ok());
    EXPECT_EQ(ledgers.review(officer, Ledger::Expenses, id, staff_entry, Review::Approve, "").error().code, ErrorCode::Conflict);

    // A returned expense is corrected and waits for review again; an approved one never changes.
    ASSERT_TRUE(expenses.change(town_staff, id, staff_entry, claim("2026-05-01", "CAD", "85.00"), std::nullopt).ok());
    EXPECT_EQ(expenses.change(town_staff, id, officer_entry, claim("2026-05-02", "CAD", "1.00"), std::nullopt).error().code, ErrorCode::Conflict);
    EXPECT_EQ(expenses.change(officer, id, officer_entry, claim("2026-05-02", "CAD", "1.00"), std::nullopt).error().code, ErrorCode::Conflict);
    ASSERT_TRUE(ledgers.review(officer, Ledger::Expenses, id, staff_entry, Review::Approve, "").ok());

    EXPECT_EQ(ledgers.reverse(town_staff, Ledger::Expenses, id, officer_entry, "Paid twice.").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(ledgers.reverse(officer, Ledger::Expenses, id, officer_entry, "").error().field, "note");
    auto reversal = ledgers.reverse(officer, Ledger::Expenses, id, officer_entry, "Paid twice.").value();
    EXPECT_EQ(ledgers.reverse(officer, Ledger::Expenses, id, officer_entry, "Again.").error().code, ErrorCode::Conflict);
    EXPECT_EQ(ledgers.reverse(officer, Ledger::Expenses, id, reversal, "Back.").error().code, ErrorCode::Conflict);
    EXPECT_EQ(expenses.change(officer, id, reversal, claim("2026-05-02", "CAD", "1.00"), std::nullopt).error().code, ErrorCode::Conflict);

    auto ledger = expenses.ledger(officer, id).value();
    const auto& undone = find(ledger, reversal);
    EXPECT_EQ(undone.entry.amount, Money::cents(-4000));
    EXPECT_EQ(undone.original, -4000);
    EXPECT_EQ(undone.entry.reverses, officer_entry);
    EXPECT_EQ(undone.entry.status, EntryStatus::Approved);
    EXPECT_EQ(ledger.totals.total.approved, Money::cents(8500));
    auto connection = database->acquire();
    EXPECT_EQ(approved_totals(*connection), recounted_totals(*connection)) << "approvals and reversals counted as they happened";
    EXPECT_EQ(approved_totals(*connection).at(0).spent, Money::cents(8500));
    EXPECT_EQ(audited("expense."), (std::vector<std::string>{"expense.enter", "expense.enter", "expense.approve", "expense.return", "expense.change",
                                                              "expense.approve", "expense.reverse"}));
}

TEST_P(ExpenseServiceTest, ReceiptsFollowTheUploadRulesAndAreNeededForApproval)
{
    auto refused = expenses.enter(town_staff, id, claim("2026-05-01", "CAD", "80.00"), Upload{"ticket.pdf", "<!doctype html><script>x</script>"});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "file");
    EXPECT_EQ(count("expenses"), 0);
    auto without = expenses.enter(town_staff, id, claim("2026-05-01", "CAD", "80.00"), std::nullopt).value();
    EXPECT_EQ(ledgers.review(officer, Ledger::Expenses, id, without, Review::Approve, "").error().field, "file");
    ASSERT_TRUE(expenses.change(town_staff, id, without, claim("2026-05-01", "CAD", "80.00"), Upload{"ticket.pdf", kReceipt}).ok());
    ASSERT_TRUE(ledgers.review(officer, Ledger::Expenses, id, without, Review::Approve, "").ok());
    auto download = ledgers.evidence(reo_staff, Ledger::Expenses, id, without).value();
    EXPECT_EQ(download.file_name, "ticket.pdf");
    EXPECT_EQ(download.content_type, "application/pdf");
    EXPECT_EQ(ledgers.evidence(other_staff, Ledger::Expenses, id, without).error().code, ErrorCode::Forbidden);
}

TEST_P(ExpenseServiceTest, BadInputGetsAClearMessageAndWritesNothing)
{
    auto wrong = expenses.enter(town_staff, id, {"999999", "2025-01-01", "", "EUR", "10.001"}, std::nullopt);
    ASSERT_FALSE(wrong.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(wrong.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"line", "date", "description", "currency"}));
    EXPECT_EQ(flatten(wrong.error())[1].message, "The date {1} falls outside the partnership, which runs from {2} to {3}; choose a date in between.");
    EXPECT_EQ(expenses.enter(town_staff, id, claim("2026-05-01", "CAD", "-5.00"), std::nullopt).error().field, "amount");
    EXPECT_EQ(expenses.enter(town_staff, id, claim("2026-05-01", "CAD", "5.555"), std::nullopt).error().field, "amount");
    EXPECT_EQ(expenses.enter(town_staff, id, claim("2026-05-01", "XOF", "5.5"), std::nullopt).error().field, "amount");
    EXPECT_EQ(expenses.disburse(officer, id, {"2026-05-01", "1.005", ""}).error().more.size(), 1u);
    EXPECT_EQ(expenses.disburse(town_staff, id, {"2026-05-01", "100.00", "T-1"}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(count("expenses"), 0);
    EXPECT_EQ(count("disbursements"), 0);
}

TEST_P(ExpenseServiceTest, StaffSeeOnlyTheirOwnPartnershipsLedger)
{
    enter(town_staff, claim("2026-05-01", "CAD", "80.00"));
    EXPECT_EQ(expenses.ledger(reo_staff, id)->expenses.size(), 1u);
    EXPECT_EQ(expenses.ledger(other_staff, id).error().code, ErrorCode::Forbidden) << "published, but not theirs";
    EXPECT_EQ(expenses.ledger(visitor, id).error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(expenses.enter(other_staff, id, claim("2026-05-01", "CAD", "1.00"), std::nullopt).error().code, ErrorCode::Forbidden);
}

TEST_P(ExpenseServiceTest, ADisbursementRecordedByMistakeIsReversedNeverEdited)
{
    auto mistake = expenses.disburse(officer, id, {"2026-06-01", "7000.00", "Transfer 2026-031"}).value();
    ASSERT_TRUE(expenses.disburse(officer, id, {"2026-07-01", "2500.00", "Transfer 2026-044"}).ok());
    EXPECT_EQ(expenses.reverse_disbursement(town_staff, id, mistake, "Wrong partnership").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(expenses.reverse_disbursement(officer, id, mistake, "  ").error().field, "note") << "a reversal says why";
    EXPECT_EQ(expenses.reverse_disbursement(officer, id, DisbursementId{999999}, "Wrong").error().code, ErrorCode::NotFound);
    EXPECT_EQ(count("disbursements"), 2);

    auto reversal = expenses.reverse_disbursement(officer, id, mistake, "Paid to the wrong partnership").value();
    auto ledger = expenses.ledger(officer, id).value();
    ASSERT_EQ(ledger.disbursements.size(), 3u);
    const auto& original = ledger.disbursements[0];
    const auto& cancel = ledger.disbursements[1];
    EXPECT_EQ(original.amount, Money::cents(700000)) << "the original is kept as it was";
    EXPECT_EQ(cancel.id, reversal);
    EXPECT_EQ(cancel.reverses, mistake);
    EXPECT_EQ(cancel.amount, Money::cents(-700000));
    EXPECT_EQ(cancel.fiscal_year, original.fiscal_year);
    EXPECT_EQ(cancel.note, "Paid to the wrong partnership");
    EXPECT_EQ(ledger.totals.by_year.at(2026).disbursed, Money::cents(250000)) << "only the second transfer counts";

    EXPECT_EQ(expenses.reverse_disbursement(officer, id, mistake, "Again").error().code, ErrorCode::Conflict);
    EXPECT_EQ(expenses.reverse_disbursement(officer, id, reversal, "Undo").error().code, ErrorCode::Conflict) << "a reversal is not reversed";
    auto other = create(input({"birch-bay"}, {"bf-koudougou"}));
    EXPECT_EQ(expenses.reverse_disbursement(officer, other, ledger.disbursements[2].id, "Not its own").error().code, ErrorCode::NotFound)
        << "a disbursement is reversed through its own partnership";
    EXPECT_EQ(count("disbursements"), 3);
    EXPECT_EQ(audited("disbursement."), (std::vector<std::string>{"disbursement.add", "disbursement.add", "disbursement.reverse"}));
}

TEST_P(ExpenseServiceTest, ApprovedTotalsOfThousandsOfEntriesEqualTheBigIntegerReference)
{
    using Big = boost::multiprecision::cpp_int;
    std::mt19937_64 random(42);
    Big reference = 0;
    auto connection = database->acquire();
    ASSERT_TRUE(db::in_transaction(*connection, [&]() -> Status {
        ExpenseStore store(*connection);
        for (int i = 0; i < 3000; ++i) {
            Expense e;
            e.entry.partnership = id;
            e.entry.date = {std::chrono::year{2026}, std::chrono::May, std::chrono::day{1}};
            e.entry.fiscal_year = 2026;
            e.entry.description = "Line";
            e.entry.status = i % 3 == 0 ? EntryStatus::Entered : EntryStatus::Approved;
            e.currency = Currency::VND;
            e.original = std::uniform_int_distribution<std::int64_t>(1, 900'000'000)(random);
            e.rate = {std::uniform_int_distribution<std::int64_t>(1, 600'000)(random), kExchangeRateScale};
            e.entry.amount = convert(e.original, e.currency, e.rate);
            e.entry.entered_by_id = town_staff.user_id;
            store.insert(e);
            if (e.entry.status != EntryStatus::Approved) continue;
            // round(original × units × 100 / 10^10), half to even, on big integers.
            Big n = Big(e.original) * e.rate.units * 100, d = Big(10'000'000'000LL), q = n / d, r = n % d;
            if (2 * r > d || (2 * r == d && q % 2 == 1)) ++q;
            reference += q;
        }
        return Ok{};
    }).ok());
    auto totals = recounted_totals(*connection);
    ASSERT_EQ(totals.size(), 1u);
    EXPECT_EQ(Big(totals[0].spent.in_cents()), reference);
    EXPECT_EQ(totals[0].fiscal_year, 2026);
    recount_approved_totals(*connection);
    EXPECT_EQ(approved_totals(*connection), totals);
}

// The envelope dashboard reads approved totals by partnership and fiscal year over the whole
// program: with 100,000 entries in each ledger the counted totals cost well under 100 ms, and
// counting them again from the entries (the covering indexes) stays under a second.
TEST_P(ExpenseServiceTest, ApprovedTotalsOf100000EntriesPerLedgerAreReadInWellUnder100Ms)
{
    auto other = create(input({"birch-bay"}, {"bo-sucre"}));
    auto connection = database->acquire();
    const std::string numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) ";
    const std::string shape = " SELECT CASE WHEN i % 2 = 0 THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END, '2026-05-01', 2026 + i % 3, 'Line',"
                              " i % 1000 + 1, CASE WHEN i % 4 = 0 THEN 'entered' ELSE 'approved' END, 0, 'Loader', 0";
    connection->execute("INSERT INTO expenses (partnership_id, entry_date, fiscal_year, description, amount_cents, status, entered_by_id, entered_by,"
                        " entered_at, currency, original_minor, rate_units, rate_scale, rate_date, rate_source, rounding) " + numbers + shape +
                            ", 'CAD', i % 1000 + 1, 1, 0, '2026-05-01', 'CAD', 'half-even' FROM n",
                        {id.value, other.value});
    connection->execute("INSERT INTO in_kind_contributions (partnership_id, entry_date, fiscal_year, description, amount_cents, status, entered_by_id,"
                        " entered_by, entered_at, municipality_key, municipality, kind, rounding) " + numbers + shape +
                            ", 'maple-falls', 'Maple Falls', 'travel', 'half-even' FROM n",
                        {id.value, other.value});
    // As autovacuum leaves a table in service: statistics fresh and pages marked all-visible, so
    // that PostgreSQL answers from the index alone.
    if (connection->dialect() == db::Dialect::Postgres)
        for (const char* table : {"expenses", "in_kind_contributions"}) connection->execute(std::string("VACUUM ANALYZE ") + table);
    // The best of five runs: what the work costs, not what other processes on the machine took.
    auto best_of_five = [](const std::function<void()>& work) {
        double best = 1e9;
        for (int run = 0; run < 5; ++run) {
            const auto start = std::chrono::steady_clock::now();
            work();
            best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        return best;
    };
    std::vector<ApprovedTotal> recounted, counted;
    const double recount_ms = best_of_five([&] { recounted = recounted_totals(*connection); });
    recount_approved_totals(*connection);
    const double read_ms = best_of_five([&] { counted = approved_totals(*connection); });
    std::cout << "2 × 100,000 entries (" << GetParam() << "): approved_totals " << read_ms << " ms, recounted_totals " << recount_ms << " ms\n";
    ASSERT_EQ(counted, recounted);
    ASSERT_EQ(counted.size(), 6u);
    std::int64_t spent = 0;
    for (const auto& total : counted) spent += total.spent.in_cents();
    // Approved: every i not divisible by 4, amount i % 1000 + 1.
    std::int64_t expected = 0;
    for (std::int64_t i = 1; i <= 100000; ++i)
        if (i % 4 != 0) expected += i % 1000 + 1;
    EXPECT_EQ(spent, expected);
    EXPECT_LT(read_ms, 10.0);
    EXPECT_LT(recount_ms, 1000.0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ExpenseServiceTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
