#pragma once
// SQL for expenses and disbursements (reviews and reversals are in LedgerStore).
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/expense.hpp"

namespace pmi::partnerships {

class ExpenseStore {
public:
    explicit ExpenseStore(db::Connection& connection) : connection_(connection) {}

    // The partnership's expenses by date, reversals after what they reverse.
    std::vector<Expense> of(PartnershipId partnership);
    std::optional<Expense> find(EntryId id);
    EntryId insert(const Expense& expense);
    // Replaces what the claimant entered and sends it back for review.
    void update(const Expense& expense);

    std::vector<Disbursement> disbursements(PartnershipId partnership);
    // Throws db::UniqueViolation when the disbursement it reverses has a reversal already.
    DisbursementId insert(const Disbursement& disbursement);

private:
    db::Connection& connection_;
};

}  // namespace pmi::partnerships
