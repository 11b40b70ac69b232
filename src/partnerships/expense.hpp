#pragma once
// Expenses: claims against a partnership's budget lines, paid in the currency of the receipt
// and converted to Canadian cents at the exchange rate of their date; and disbursements, the
// program's payments to the partnership. The rules here read and total them without I/O.
#include <map>
#include <vector>

#include "partnerships/currency.hpp"
#include "partnerships/ledger.hpp"
#include "partnerships/rate_table.hpp"

namespace pmi::partnerships {

using DisbursementId = Id<struct DisbursementTag>;

struct Expense {
    Entry entry;  // entry.amount is the converted amount in Canadian cents
    BudgetLineId line;
    Currency currency = Currency::CAD;
    std::int64_t original = 0;  // in minor units of `currency`
    Rate rate{1, 0};             // CAD per unit of `currency`
    Date rate_date{};            // the date the rate took effect
    std::string rate_source;
    std::string rounding{kRounding};
};

struct Disbursement {
    DisbursementId id;
    PartnershipId partnership;
    Date paid_on{};
    int fiscal_year = 0;
    Money amount;
    std::string reference;
    std::string recorded_by;
    Seconds recorded_at = 0;
    DisbursementId reverses;  // a reversal: the disbursement it cancels
    std::string note;         // a reversal: why
};

// Whether an officer may reverse `disbursement`: not a reversal, not reversed already.
Status may_reverse_disbursement(const Disbursement& disbursement, bool reversed_already);

// What forms and the API send, as text.
struct ExpenseInput {
    std::string line;  // the id of a budget line of the partnership
    std::string date, description, currency, amount;
};
struct DisbursementInput {
    std::string paid_on, paid_amount, reference;  // named apart from an expense's fields, as on the expense page
};

// The input as an expense of `partnership` against one of its `lines`, not converted yet.
// Fails with every problem found: a line not of this partnership, a date outside the
// partnership, an unknown currency, an amount with more decimals than its currency has or
// negative, an empty or long description.
Result<Expense> read_expense(const ExpenseInput& input, const Partnership& partnership, const std::vector<BudgetLine>& lines);
// `original` minor units of `currency` paid on `date`, in Canadian cents at `rate` (the
// exchange rate in effect that day; CAD needs none), with the rate, the date it took effect
// and its source as they are kept beside the amount. Fails on "date" when a currency other
// than CAD has no rate, on "amount" beyond Money::kMostCents.
struct Conversion {
    Rate rate{1, 0};
    Date rate_date{};
    std::string rate_source;
    Money amount;
};
Result<Conversion> convert_on(std::int64_t original, Currency currency, Date date, const std::optional<RateEntry>& rate);

// Converts the expense at `rate` (nullopt when the table has none for its currency and
// date: an error on "date"). CAD needs no rate.
Status convert_expense(Expense& expense, const std::optional<RateEntry>& rate);
// Fails on "paid_on", "paid_amount" or "reference".
Result<Disbursement> read_disbursement(const DisbursementInput& input, const Partnership& partnership);

struct YearFigures {
    Money budget, approved, waiting, disbursed;
};
struct ExpenseTotals {
    std::map<int, YearFigures> by_year;
    YearFigures total;
};
// By fiscal year: the budget, approved expenses (reversals included), expenses waiting for
// review, and disbursements.
ExpenseTotals expense_totals(const std::vector<BudgetLine>& lines, const std::vector<Expense>& expenses,
                             const std::vector<Disbursement>& disbursements);

}  // namespace pmi::partnerships
