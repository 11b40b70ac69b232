#include "partnerships/expense_store.hpp"

#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_store.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kExpenseColumns = ", budget_line_id, currency, original_minor, rate_units, rate_scale, rate_date, rate_source, rounding";

std::string select_expenses() { return "SELECT " + std::string(kEntryColumns) + std::string(kExpenseColumns) + " FROM expenses"; }

Expense read_expense_row(const db::Row& row)
{
    Expense e;
    e.entry = read_entry(row);
    const std::size_t i = kEntryColumnCount;
    e.line = BudgetLineId{row.optional_integer(i).value_or(0)};
    e.currency = currency_from_code(row.text(i + 1)).value_or(Currency::CAD);
    e.original = row.integer(i + 2);
    e.rate = {row.integer(i + 3), static_cast<int>(row.integer(i + 4))};
    e.rate_date = parse_date(row.text(i + 5)).value_or(Date{});
    e.rate_source = row.text(i + 6);
    e.rounding = row.text(i + 7);
    return e;
}

db::Value line_value(BudgetLineId line) { return line.valid() ? db::Value(line.value) : db::Value(); }

}  // namespace

std::vector<Expense> ExpenseStore::of(PartnershipId partnership)
{
    std::vector<Expense> list;
    for (const auto& row : connection_.query(select_expenses() + " WHERE partnership_id = ? ORDER BY entry_date, COALESCE(reverses_id, id), id",
                                             {partnership.value}))
        list.push_back(read_expense_row(row));
    return list;
}

std::optional<Expense> ExpenseStore::find(EntryId id)
{
    auto row = connection_.query_one(select_expenses() + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_expense_row(*row);
}

EntryId ExpenseStore::insert(const Expense& e)
{
    auto values = entry_values(e.entry);
    for (db::Value value : {line_value(e.line), db::Value(std::string(currency_code(e.currency))), db::Value(e.original), db::Value(e.rate.units),
                            db::Value(e.rate.scale), db::Value(date_text(e.rate_date)), db::Value(e.rate_source), db::Value(e.rounding)})
        values.push_back(std::move(value));
    auto row = connection_.query_one("INSERT INTO expenses (" + std::string(kEntryInsertColumns) + std::string(kExpenseColumns) + ") VALUES (" +
                                         placeholders(values.size()) + ") RETURNING id",
                                     values);
    return EntryId{row->integer(0)};
}

void ExpenseStore::update(const Expense& e)
{
    connection_.execute(
        "UPDATE expenses SET entry_date = ?, fiscal_year = ?, description = ?, amount_cents = ?, status = ?, budget_line_id = ?, currency = ?,"
        " original_minor = ?, rate_units = ?, rate_scale = ?, rate_date = ?, rate_source = ?, rounding = ?, decided_by = '', decided_at = NULL"
        " WHERE id = ?",
        {date_text(e.entry.date), e.entry.fiscal_year, e.entry.description, e.entry.amount.in_cents(), entry_status_code(EntryStatus::Entered),
         line_value(e.line), std::string(currency_code(e.currency)), e.original, e.rate.units, e.rate.scale, date_text(e.rate_date), e.rate_source,
         e.rounding, e.entry.id.value});
}

std::vector<Disbursement> ExpenseStore::disbursements(PartnershipId partnership)
{
    std::vector<Disbursement> list;
    for (const auto& row : connection_.query("SELECT id, partnership_id, paid_on, fiscal_year, amount_cents, reference, recorded_by, recorded_at,"
                                             " reverses_id, note FROM disbursements WHERE partnership_id = ? ORDER BY paid_on, id",
                                             {partnership.value})) {
        Disbursement d;
        d.id = DisbursementId{row.integer(0)};
        d.partnership = PartnershipId{row.integer(1)};
        d.paid_on = parse_date(row.text(2)).value_or(Date{});
        d.fiscal_year = static_cast<int>(row.integer(3));
        d.amount = Money::cents(row.integer(4));
        d.reference = row.text(5);
        d.recorded_by = row.text(6);
        d.recorded_at = row.integer(7);
        d.reverses = DisbursementId{row.optional_integer(8).value_or(0)};
        d.note = row.text(9);
        list.push_back(std::move(d));
    }
    return list;
}

DisbursementId ExpenseStore::insert(const Disbursement& d)
{
    auto row = connection_.query_one(
        "INSERT INTO disbursements (partnership_id, paid_on, fiscal_year, amount_cents, reference, recorded_by, recorded_at, reverses_id, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {d.partnership.value, date_text(d.paid_on), d.fiscal_year, d.amount.in_cents(), d.reference, d.recorded_by, d.recorded_at,
         d.reverses.valid() ? db::Value(d.reverses.value) : db::Value(), d.note});
    return DisbursementId{row->integer(0)};
}

}  // namespace pmi::partnerships
