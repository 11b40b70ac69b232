#pragma once
// Rate table use cases: every signed-in user reads the rates (staff see the rate their
// entries will use); program officers add them. A rate never changes once recorded: a new
// rate takes effect on a later date. Every addition is in the audit log.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/rate_table.hpp"

namespace pmi::partnerships {

class RateService {
public:
    RateService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Fails with unauthenticated for visitors.
    Result<std::vector<RateEntry>> list(const Actor& actor, RateTable table);
    // Officers. Fails on the fields of the rate (read_rate), and with a conflict on
    // "effective_from" when the currency or role has a rate taking effect that day.
    Result<RateId> add(const Actor& actor, RateTable table, const RateInput& input);

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::partnerships
