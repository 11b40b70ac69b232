#pragma once
// Budget use cases. Officers and the partnership's staff read its budget; officers add
// lines and approve or reject amendments; staff and officers propose amendments. Every
// change is in the audit log; nothing is written when a field is wrong.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/access.hpp"
#include "partnerships/rules.hpp"

namespace pmi::partnerships {

struct Budget {
    Partnership partnership;
    Access access = Access::Public;
    std::vector<BudgetLine> lines;
    std::vector<Amendment> amendments;  // newest first
    BudgetTotals totals;
};

class BudgetService {
public:
    BudgetService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Fails with not found for the public (a budget is never public).
    Result<Budget> budget(const Actor& actor, PartnershipId id);
    // Officers. Fails on the fields of the line (read_line).
    Result<BudgetLineId> add_line(const Actor& actor, PartnershipId id, const LineInput& input);
    // Staff and officers. Fails on "line" when it names no line of this partnership, on
    // "reason" when it is empty, and on the fields of the line.
    Result<AmendmentId> propose(const Actor& actor, PartnershipId id, const AmendmentInput& input);
    // Officers. Approving applies the amendment to its line (or adds the line). Fails with a
    // conflict when the amendment was decided already.
    // Who decides is checked before the decision itself: nothing chosen is an invalid
    // decision only for an officer.
    Status decide(const Actor& actor, PartnershipId id, AmendmentId amendment, std::optional<Decision> decision);

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::partnerships
