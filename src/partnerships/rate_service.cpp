#include "partnerships/rate_service.hpp"

#include "audit/audit_log.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/rate_store.hpp"

namespace pmi::partnerships {

Result<std::vector<RateEntry>> RateService::list(const Actor& actor, RateTable table)
{
    if (!actor.signed_in()) return unauthenticated();
    auto connection = database_.acquire();
    return RateStore(*connection).list(table);
}

Result<RateId> RateService::add(const Actor& actor, RateTable table, const RateInput& input)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden("Only program officers keep the rate tables.");
    auto rate = TRY(read_rate(table, input));
    rate.recorded_by = actor.name;
    rate.recorded_at = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<RateId> {
        try {
            auto id = RateStore(*connection).insert(rate);
            audit::AuditLog(*connection).record(rate.recorded_at, actor, "rate.add", "rate", std::to_string(id.value),
                                                std::string(rate_table_code(table)) + " " + rate.key + " from " + date_text(rate.effective_from) +
                                                    ": " + rate_text(rate.rate) + " (" + rate.source + ")");
            return id;
        } catch (const db::UniqueViolation&) {
            return conflict("effective_from", "This currency or role has a rate taking effect that day already; choose another date.");
        }
    });
}

}  // namespace pmi::partnerships
