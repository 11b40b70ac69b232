#include "partnerships/expense_service.hpp"

#include "audit/audit_log.hpp"
#include "partnerships/budget_store.hpp"
#include "partnerships/expense_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/ledger_store.hpp"
#include "partnerships/rate_store.hpp"

namespace pmi::partnerships {
namespace {

std::string described(const Expense& e)
{
    return "partnership " + std::to_string(e.entry.partnership.value) + ": " + date_text(e.entry.date) + " \"" + e.entry.description + "\" " +
           minor_text(e.original, e.currency) + " " + std::string(currency_code(e.currency)) + " at " + rate_text(e.rate) + " (" + e.rate_source +
           ", " + date_text(e.rate_date) + ", " + e.rounding + ") = " + e.entry.amount.plain() + " CAD";
}

}  // namespace

Result<ExpenseLedger> ExpenseService::ledger(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    auto found = TRY(find_for_members(*connection, actor, id));
    ExpenseStore store(*connection);
    ExpenseLedger ledger{std::move(found.partnership), found.access, BudgetStore(*connection).lines(id), store.of(id), store.disbursements(id), {}};
    ledger.totals = expense_totals(ledger.lines, ledger.expenses, ledger.disbursements);
    return ledger;
}

Result<Expense> ExpenseService::prepared(db::Connection& connection, const Visible& found, const ExpenseInput& input,
                                         const std::optional<Upload>& receipt)
{
    if (found.access == Access::Public) return forbidden();
    auto expense = read_expense(input, found.partnership, BudgetStore(connection).lines(found.partnership.id));
    Status file = check_evidence(receipt);
    if (!expense.ok() || !file.ok()) {
        std::vector<Error> errors;
        if (!expense.ok()) errors = flatten(expense.error());
        if (!file.ok()) errors.push_back(file.error());
        return combine(std::move(errors));
    }
    TRY(convert_expense(*expense, RateStore(connection).on(RateTable::Exchange, currency_code(expense->currency), expense->entry.date)));
    return expense;
}

Result<EntryId> ExpenseService::enter(const Actor& actor, PartnershipId id, const ExpenseInput& input, const std::optional<Upload>& receipt)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<EntryId> {
        auto found = TRY(find_for_members(*connection, actor, id));
        auto expense = TRY(prepared(*connection, found, input, receipt));
        expense.entry.evidence = TRY(keep_evidence(files_, receipt));
        mark_entered(expense.entry, actor, clock_.now());
        auto entry = ExpenseStore(*connection).insert(expense);
        audit::AuditLog(*connection).record(expense.entry.entered_at, actor, "expense.enter", "expense", std::to_string(entry.value), described(expense));
        return entry;
    });
}

Status ExpenseService::change(const Actor& actor, PartnershipId id, EntryId entry, const ExpenseInput& input, const std::optional<Upload>& receipt)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(find_for_members(*connection, actor, id));
        ExpenseStore store(*connection);
        auto current = store.find(entry);
        if (!current || current->entry.partnership != id) return not_found();
        TRY(may_change(found.access, current->entry));
        auto expense = TRY(prepared(*connection, found, input, receipt));
        expense.entry.id = entry;
        store.update(expense);
        if (receipt) LedgerStore(*connection, Ledger::Expenses).attach(entry, TRY(keep_evidence(files_, receipt)));
        audit::AuditLog(*connection).record(clock_.now(), actor, "expense.change", "expense", std::to_string(entry.value),
                                            described(*current) + " → " + described(expense) + (receipt ? ", new receipt" : ""));
        return Ok{};
    });
}

Result<DisbursementId> ExpenseService::disburse(const Actor& actor, PartnershipId id, const DisbursementInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<DisbursementId> {
        auto found = TRY(find_for_members(*connection, actor, id));
        if (found.access != Access::Officer) return forbidden("Only program officers record disbursements.");
        auto disbursement = TRY(read_disbursement(input, found.partnership));
        disbursement.recorded_by = actor.name;
        disbursement.recorded_at = clock_.now();
        auto recorded = ExpenseStore(*connection).insert(disbursement);
        audit::AuditLog(*connection).record(disbursement.recorded_at, actor, "disbursement.add", "disbursement", std::to_string(recorded.value),
                                            "partnership " + std::to_string(id.value) + ": " + date_text(disbursement.paid_on) + " " +
                                                disbursement.amount.plain() + " CAD, " + disbursement.reference);
        return recorded;
    });
}

Result<DisbursementId> ExpenseService::reverse_disbursement(const Actor& actor, PartnershipId id, DisbursementId target, const std::string& reason)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<DisbursementId> {
        auto found = TRY(find_for_members(*connection, actor, id));
        if (found.access != Access::Officer) return forbidden("Only program officers reverse disbursements.");
        ExpenseStore store(*connection);
        const auto disbursements = store.disbursements(id);
        auto original = std::find_if(disbursements.begin(), disbursements.end(), [&](const Disbursement& d) { return d.id == target; });
        if (original == disbursements.end()) return not_found();
        const bool reversed = std::any_of(disbursements.begin(), disbursements.end(), [&](const Disbursement& d) { return d.reverses == target; });
        TRY(may_reverse_disbursement(*original, reversed));
        auto note = TRY(read_note(reason, true));
        Disbursement reversal = *original;
        reversal.amount = Money{} - original->amount;
        reversal.reverses = target;
        reversal.note = note;
        reversal.recorded_by = actor.name;
        reversal.recorded_at = clock_.now();
        DisbursementId recorded;
        try {
            recorded = store.insert(reversal);
        } catch (const db::UniqueViolation&) {
            return conflict("status", "This disbursement was reversed already.");  // by another officer at the same moment
        }
        audit::AuditLog(*connection).record(reversal.recorded_at, actor, "disbursement.reverse", "disbursement", std::to_string(recorded.value),
                                            "partnership " + std::to_string(id.value) + ": reverses " + std::to_string(target.value) + ", " +
                                                date_text(original->paid_on) + " " + original->amount.plain() + " CAD, " + original->reference +
                                                " — " + note);
        return recorded;
    });
}

}  // namespace pmi::partnerships
