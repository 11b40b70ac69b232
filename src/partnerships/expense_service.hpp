#pragma once
// Expense use cases. The partnership's staff and officers read its expenses and
// disbursements and enter expenses with their receipts; they change one until it is
// approved. Officers record disbursements. Reviews and reversals are LedgerService's.
// Nothing is written when a field is wrong; every change is in the audit log.
#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"
#include "partnerships/expense.hpp"

namespace pmi::partnerships {

struct ExpenseLedger {
    Partnership partnership;
    Access access = Access::Public;
    std::vector<BudgetLine> lines;
    std::vector<Expense> expenses;
    std::vector<Disbursement> disbursements;
    ExpenseTotals totals;
};

class ExpenseService {
public:
    ExpenseService(db::Database& database, const Clock& clock, files::FileStore& files) : database_(database), clock_(clock), files_(files) {}

    // Fails as find_for_members does (a ledger is never public).
    Result<ExpenseLedger> ledger(const Actor& actor, PartnershipId id);
    // Staff and officers. Fails on the fields (read_expense), on "date" when no exchange rate
    // is in effect that day, and on "file" when the receipt breaks the upload rules.
    Result<EntryId> enter(const Actor& actor, PartnershipId id, const ExpenseInput& input, const std::optional<Upload>& receipt);
    // As enter, for an entry waiting for review or returned; a new receipt replaces the old.
    // Fails with a conflict once approved. The entry waits for review again.
    Status change(const Actor& actor, PartnershipId id, EntryId entry, const ExpenseInput& input, const std::optional<Upload>& receipt);
    // Officers. Fails on "paid_on", "paid_amount" or "reference".
    Result<DisbursementId> disburse(const Actor& actor, PartnershipId id, const DisbursementInput& input);
    // Officers: cancels a disbursement recorded by mistake with a new one of the opposite
    // amount, on the same date and fiscal year, that names it; `reason` is required. Fails
    // with a conflict on a reversal or a disbursement reversed already.
    Result<DisbursementId> reverse_disbursement(const Actor& actor, PartnershipId id, DisbursementId disbursement, const std::string& reason);

private:
    Result<Expense> prepared(db::Connection& connection, const Visible& found, const ExpenseInput& input,
                             const std::optional<Upload>& receipt);

    db::Database& database_;
    const Clock& clock_;
    files::FileStore& files_;
};

}  // namespace pmi::partnerships
