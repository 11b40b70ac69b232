#pragma once
// SQL for in-kind contributions (reviews and reversals are in LedgerStore).
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/contribution.hpp"
#include "partnerships/rate_store.hpp"

namespace pmi::partnerships {

// The rate that values `contribution`: the hourly rate of its role for staff time, the
// exchange rate of its currency for travel paid in another currency than CAD, both in effect
// on its date; nullopt when it needs none or the table has none.
std::optional<RateEntry> valuation_rate(RateStore& rates, const Contribution& contribution);

class ContributionStore {
public:
    explicit ContributionStore(db::Connection& connection) : connection_(connection) {}

    // The partnership's contributions by date, reversals after what they reverse.
    std::vector<Contribution> of(PartnershipId partnership);
    std::optional<Contribution> find(EntryId id);
    EntryId insert(const Contribution& contribution);
    // Replaces what was entered and sends it back for review.
    void update(const Contribution& contribution);
    // The contribution made from the attendance of `attendee` at mission `event`, if any.
    std::optional<Contribution> of_mission_attendee(std::int64_t event, UserId attendee);
    // Names the mission and attendee the contribution was made from.
    void link_to_mission(EntryId id, std::int64_t event, UserId attendee);
    // Records who entered the contribution last, and when (mark_entered): the one who may not
    // review it.
    void entered_again(const Entry& entry);
    // Deletes a contribution not approved yet (nothing was added to the totals for it).
    void remove_draft(EntryId id);
    // Approved contributions of the whole program by municipality, partnership, fiscal year
    // and country, from the totals kept at each approval and reversal (a few rows).
    std::vector<InKindGroup> approved_groups();

private:
    db::Connection& connection_;
};

}  // namespace pmi::partnerships
