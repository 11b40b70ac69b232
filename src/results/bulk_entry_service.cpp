#include "results/bulk_entry_service.hpp"

#include "audit/audit_log.hpp"
#include "results/figures.hpp"
#include "results/measurement_store.hpp"
#include "results/partnership_access.hpp"
#include "results/periods.hpp"
#include "results/results_store.hpp"

namespace pmi::results {
namespace {

// The latest revision of each indicator's values of the partnership in the period.
std::vector<Measurement> latest_in(db::Connection& connection, PartnershipId partnership, PeriodId period)
{
    std::vector<Measurement> latest;
    // of_partnership lists revisions in order: the last one of each indicator wins.
    for (auto& m : MeasurementStore(connection).of_partnership(partnership)) {
        if (m.period != period) continue;
        if (!latest.empty() && latest.back().indicator == m.indicator) latest.back() = std::move(m);
        else latest.push_back(std::move(m));
    }
    return latest;
}

Result<Period> period_of(ResultsStore& store, PeriodId id)
{
    auto period = store.period(id);
    if (!period) return invalid("period", "Choose a reporting period.");
    return *period;
}

// Every write of the plan as a draft; the ids written.
std::string write_plan(db::Connection& connection, const Actor& actor, Seconds now, PartnershipId partnership, const Period& period,
                       const BulkPlan& plan)
{
    MeasurementStore store(connection);
    std::string written;
    for (const auto& write : plan.writes) {
        Measurement m = write.latest ? *write.latest : Measurement{};
        m.indicator = write.indicator, m.partnership = partnership, m.period = period.id;
        m.status = MeasurementStatus::Draft;
        m.values = write.values.values, m.comment = write.values.comment;
        m.entered_by = actor.user_id, m.entered_by_name = actor.name, m.entered_at = now;
        if (m.id.valid()) store.update(m);
        else m.id = store.insert(m);
        written += " " + std::to_string(m.id.value);
    }
    return written;
}

}  // namespace

Status BulkEntryService::may_enter(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    TRY(staff_or_officer(*connection, actor, id));
    return Ok{};
}

Result<BulkTemplate> BulkEntryService::bulk_template(const Actor& actor, PartnershipId id, PeriodId period_id)
{
    auto connection = database_.acquire();
    auto found = TRY(staff_or_officer(*connection, actor, id));
    ResultsStore store(*connection);
    auto period = TRY(period_of(store, period_id));
    auto indicators = store.indicators();
    auto rows = template_rows(indicators, period, latest_in(*connection, id, period.id));
    return BulkTemplate{std::move(found.partnership), std::move(period), std::move(indicators), std::move(rows)};
}

Result<BulkOutcome> BulkEntryService::enter(const Actor& actor, PartnershipId id, PeriodId period_id, const csv::Table& table, BulkMode mode,
                                            BulkStep step)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<BulkOutcome> {
        TRY(staff_or_officer(*connection, actor, id));
        ResultsStore store(*connection);
        auto period = TRY(period_of(store, period_id));
        auto plan = TRY(plan_bulk_entry(table, store.indicators(), period, latest_in(*connection, id, period.id), mode));
        BulkOutcome outcome{period, std::move(plan), false};
        if (step == BulkStep::Preview || !outcome.plan.problems.empty() || outcome.plan.writes.empty()) return outcome;
        const auto now = clock_.now();
        const auto ids = write_plan(*connection, actor, now, id, period, outcome.plan);
        const auto& p = outcome.plan;
        audit::AuditLog(*connection).record(now, actor, "results.measurement.bulk", "partnership", std::to_string(id.value),
                                            "period " + period_label(period) + (mode == BulkMode::Add ? " add" : " replace") + ": " +
                                                std::to_string(p.count(BulkAction::Fill)) + " filled, " + std::to_string(p.count(BulkAction::Replace)) +
                                                " replaced, " + std::to_string(p.count(BulkAction::Keep)) + " kept; measurements" + ids);
        outcome.written = true;
        return outcome;
    });
}

}  // namespace pmi::results
