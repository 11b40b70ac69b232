#pragma once
// SQL for in-kind contributions (reviews and reversals are in LedgerStore).
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/contribution.hpp"

namespace pmi::partnerships {

class ContributionStore {
public:
    explicit ContributionStore(db::Connection& connection) : connection_(connection) {}

    // The partnership's contributions by date, reversals after what they reverse.
    std::vector<Contribution> of(PartnershipId partnership);
    std::optional<Contribution> find(EntryId id);
    EntryId insert(const Contribution& contribution);
    // Replaces what was entered and sends it back for review.
    void update(const Contribution& contribution);
    // Approved contributions of the whole program by municipality, partnership, fiscal year
    // and country, from the totals kept at each approval and reversal (a few rows).
    std::vector<InKindGroup> approved_groups();

private:
    db::Connection& connection_;
};

}  // namespace pmi::partnerships
