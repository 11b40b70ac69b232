#include "results/measurement_service.hpp"

#include "audit/audit_log.hpp"
#include "core/text.hpp"
#include "results/figures.hpp"
#include "results/measurement_store.hpp"
#include "results/partnership_access.hpp"
#include "results/periods.hpp"
#include "results/results_store.hpp"
#include "results/rules.hpp"
#include "results/summary.hpp"

namespace pmi::results {
namespace {

using partnerships::Access;

std::int64_t id_in(const std::string& text)
{
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
    return std::stoll(text);
}

Error locked(const Period& period)
{
    return Error(ErrorCode::Conflict, "period", "The period {1} is locked; ask a program officer to unlock it before changing its values.",
                 {period_label(period)});
}

std::string described(const Measurement& m)
{
    std::string text = "indicator " + std::to_string(m.indicator.value) + " partnership " + std::to_string(m.partnership.value) + " period " +
                       std::to_string(m.period.value) + " revision " + std::to_string(m.revision) + ":";
    for (const auto& v : m.values) text += " " + v.cell + "=" + figure_text(v.value) + (v.denominator ? "/" + std::to_string(*v.denominator) : "");
    return text;
}

}  // namespace

Result<PartnershipResults> MeasurementService::partnership_results(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    auto found = TRY(staff_or_officer(*connection, actor, id));
    ResultsStore store(*connection);
    return PartnershipResults{std::move(found.partnership), found.access, store.indicators(), store.periods(),
                              MeasurementStore(*connection).of_partnership(id)};
}

Result<MeasurementId> MeasurementService::save(const Actor& actor, PartnershipId id, const MeasurementInput& input, Submission submission)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<MeasurementId> {
        auto found = TRY(staff_or_officer(*connection, actor, id));
        ResultsStore results(*connection);
        auto indicator = results.indicator(IndicatorId{id_in(input.indicator)});
        if (!indicator) return invalid("indicator", "Choose an indicator of the logic model.");
        auto period = results.period(PeriodId{id_in(input.period)});
        if (!period || period->frequency != indicator->frequency) return invalid("period", "Choose a reporting period of this indicator's frequency.");
        if (period->locked) return locked(*period);
        auto read = TRY(read_measurement(*indicator, input));
        MeasurementStore store(*connection);
        auto latest = store.latest(indicator->id, id, period->id);
        Measurement m = latest ? *latest : Measurement{};
        const bool correction = latest && latest->status == MeasurementStatus::Approved;
        if (!latest || correction) {
            m = Measurement{};
            m.indicator = indicator->id, m.partnership = id, m.period = period->id;
            m.revision = latest ? latest->revision + 1 : 1;
            m.current = !latest;  // a correction counts once approved
        }
        m.status = submission == Submission::Submit ? MeasurementStatus::Submitted : MeasurementStatus::Draft;
        m.values = std::move(read.values), m.narrative = std::move(read.narrative), m.comment = std::move(read.comment);
        m.entered_by = actor.user_id, m.entered_by_name = actor.name, m.entered_at = clock_.now();
        if (m.id.valid()) store.update(m);
        else m.id = store.insert(m);
        const char* action = correction ? "results.measurement.revise" : submission == Submission::Submit ? "results.measurement.submit" : "results.measurement.save";
        audit::AuditLog(*connection).record(m.entered_at, actor, action, "measurement", std::to_string(m.id.value), described(m));
        return m.id;
    });
}

Status MeasurementService::decide(const Actor& actor, MeasurementId id, std::optional<Verdict> choice, const std::string& raw_reason)
{
    const std::string reason = text::trim(raw_reason);
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        MeasurementStore store(*connection);
        auto m = store.find(id);
        if (!m) return not_found();
        ResultsStore results(*connection);
        // Approvals of an indicator's values update its summary one at a time (PostgreSQL), and
        // the partnership is read after the lock, so that its areas and country are those of
        // a move that committed meanwhile (resummarize_partnership).
        if (choice == Verdict::Approve) results.lock_indicator(m->indicator);
        auto found = TRY(staff_or_officer(*connection, actor, m->partnership));
        if (found.access != Access::Officer) return forbidden("Only program officers approve or return reported values.");
        if (m->status != MeasurementStatus::Submitted) return conflict("measurement", "These values are not waiting for a decision.");
        if (m->entered_by == actor.user_id) return forbidden("You entered these values; another program officer must approve them.");
        if (!choice) return invalid("verdict", "Choose to approve or return the values.");
        const Verdict verdict = *choice;
        if (verdict == Verdict::Return && reason.empty()) return invalid("reason", "Say what the partnership should correct.");
        if (reason.size() > kMostTextBytes) return invalid("reason", "This text is too long; keep it under {1} characters.", {std::to_string(kMostTextBytes)});
        const auto period = results.period(m->period).value();
        m->status = verdict == Verdict::Approve ? MeasurementStatus::Approved : MeasurementStatus::Returned;
        m->return_reason = verdict == Verdict::Return ? reason : std::string();
        m->decided_by_name = actor.name, m->decided_at = clock_.now();
        if (!store.decide(*m, MeasurementStatus::Submitted)) return conflict("measurement", "These values are not waiting for a decision.");
        if (verdict == Verdict::Approve && m->current) {
            fold_into_summary(*connection, *m, period, found.partnership);
        } else if (verdict == Verdict::Approve) {
            store.make_current(*m);
            rebuild_summary(*connection, m->indicator, found.partnership.country, period.fiscal_year);
        }
        audit::AuditLog(*connection).record(*m->decided_at, actor, verdict == Verdict::Approve ? "results.measurement.approve" : "results.measurement.return",
                                            "measurement", std::to_string(id.value), described(*m) + (reason.empty() ? "" : " — " + reason));
        return Ok{};
    });
}

}  // namespace pmi::results
