#include "partnerships/expense.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

template <typename T>
void take(Result<T> result, T& into, std::vector<Error>& errors)
{
    if (result.ok()) into = std::move(result).value();
    else errors.push_back(result.take_error());
}

}  // namespace

Result<Expense> read_expense(const ExpenseInput& input, const Partnership& partnership, const std::vector<BudgetLine>& lines)
{
    std::vector<Error> errors;
    Expense expense;
    expense.entry.partnership = partnership.id;
    const std::string line_text = text::trim(input.line);
    auto line = std::find_if(lines.begin(), lines.end(), [&](const BudgetLine& l) { return std::to_string(l.id.value) == line_text; });
    if (line == lines.end() || line->partnership != partnership.id) errors.push_back(invalid("line", "Choose the budget line this expense is charged to."));
    else expense.line = line->id;
    take(read_entry_date(input.date, partnership, "date"), expense.entry.date, errors);
    expense.entry.fiscal_year = fiscal_year_of(expense.entry.date);
    take(read_description(input.description), expense.entry.description, errors);
    auto currency = currency_from_code(text::trim(input.currency));
    if (!currency) errors.push_back(invalid("currency", "Choose a currency among CAD, XOF, KHR, VND, NIO and BOB."));
    else {
        expense.currency = *currency;
        take(parse_minor(input.amount, *currency, "amount"), expense.original, errors);
    }
    if (!errors.empty()) return combine(std::move(errors));
    return expense;
}

Result<Conversion> convert_on(std::int64_t original, Currency currency, Date date, const std::optional<RateEntry>& rate)
{
    Conversion conversion;
    if (currency == Currency::CAD) {
        conversion.rate_date = date;
        conversion.rate_source = "CAD";
    } else if (!rate) {
        return invalid("date", "No exchange rate for {1} is in effect on {2}; ask a program officer to add one, or check the date.",
                       {std::string(currency_code(currency)), date_text(date)});
    } else {
        conversion.rate = rate->rate;
        conversion.rate_date = rate->effective_from;
        conversion.rate_source = rate->source;
    }
    conversion.amount = convert(original, currency, conversion.rate);
    if (conversion.amount.in_cents() > Money::kMostCents) return invalid("amount", "The amount is larger than ten billion dollars; check the figure.");
    return conversion;
}

Status convert_expense(Expense& expense, const std::optional<RateEntry>& rate)
{
    auto conversion = TRY(convert_on(expense.original, expense.currency, expense.entry.date, rate));
    expense.rate = conversion.rate;
    expense.rate_date = conversion.rate_date;
    expense.rate_source = std::move(conversion.rate_source);
    expense.rounding = std::string(kRounding);
    expense.entry.amount = conversion.amount;
    return Ok{};
}

Status may_reverse_disbursement(const Disbursement& disbursement, bool reversed_already)
{
    if (disbursement.reverses.valid()) return conflict("status", "A reversal cannot be reversed; record the disbursement again instead.");
    if (reversed_already) return conflict("status", "This disbursement was reversed already.");
    return Ok{};
}

Result<Disbursement> read_disbursement(const DisbursementInput& input, const Partnership& partnership)
{
    std::vector<Error> errors;
    Disbursement d;
    d.partnership = partnership.id;
    take(read_entry_date(input.paid_on, partnership, "paid_on"), d.paid_on, errors);
    d.fiscal_year = fiscal_year_of(d.paid_on);
    take(Money::parse(input.paid_amount, "paid_amount"), d.amount, errors);
    d.reference = text::trim(input.reference);
    if (d.reference.empty()) errors.push_back(invalid("reference", "Give the payment's reference, such as the transfer number."));
    else if (d.reference.size() > 200 || !text::valid_utf8(d.reference) || text::has_control_characters(d.reference, false))
        errors.push_back(invalid("reference", "This text is too long; keep it under {1} characters.", {"200"}));
    if (!errors.empty()) return combine(std::move(errors));
    return d;
}

ExpenseTotals expense_totals(const std::vector<BudgetLine>& lines, const std::vector<Expense>& expenses,
                             const std::vector<Disbursement>& disbursements)
{
    ExpenseTotals totals;
    auto add = [&](int year, Money YearFigures::*figure, Money amount) {
        totals.by_year[year].*figure += amount;
        totals.total.*figure += amount;
    };
    for (const auto& line : lines) add(line.fiscal_year, &YearFigures::budget, line.amount);
    for (const auto& expense : expenses) {
        if (expense.entry.status == EntryStatus::Approved) add(expense.entry.fiscal_year, &YearFigures::approved, expense.entry.amount);
        else if (expense.entry.status == EntryStatus::Entered) add(expense.entry.fiscal_year, &YearFigures::waiting, expense.entry.amount);
    }
    for (const auto& d : disbursements) add(d.fiscal_year, &YearFigures::disbursed, d.amount);
    return totals;
}

}  // namespace pmi::partnerships
