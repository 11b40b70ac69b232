#include "partnerships/contribution_service.hpp"

#include "audit/audit_log.hpp"
#include "partnerships/contribution_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/ledger_store.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/rate_store.hpp"

namespace pmi::partnerships {

Result<ContributionLedger> ContributionService::ledger(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    auto found = TRY(find_for_members(*connection, actor, id));
    ContributionLedger ledger{std::move(found.partnership), found.access, ContributionStore(*connection).of(id), {}};
    ledger.totals = in_kind_totals(ledger.contributions);
    return ledger;
}

Result<Contribution> ContributionService::prepared(db::Connection& connection, const Visible& found, const ContributionInput& input,
                                                   const std::optional<Upload>& evidence)
{
    if (found.access == Access::Public) return forbidden();
    auto contribution = read_contribution(input, found.partnership);
    Status file = check_evidence(evidence);
    if (!contribution.ok() || !file.ok()) {
        std::vector<Error> errors;
        if (!contribution.ok()) errors = flatten(contribution.error());
        if (!file.ok()) errors.push_back(file.error());
        return combine(std::move(errors));
    }
    RateStore rates(connection);
    TRY(value_contribution(*contribution, valuation_rate(rates, *contribution)));
    return contribution;
}

Result<EntryId> ContributionService::enter(const Actor& actor, PartnershipId id, const ContributionInput& input, const std::optional<Upload>& evidence)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<EntryId> {
        auto found = TRY(find_for_members(*connection, actor, id));
        auto c = TRY(prepared(*connection, found, input, evidence));
        c.entry.evidence = TRY(keep_evidence(files_, evidence));
        mark_entered(c.entry, actor, clock_.now());
        auto entry = ContributionStore(*connection).insert(c);
        audit::AuditLog(*connection).record(c.entry.entered_at, actor, "in_kind.enter", "in_kind", std::to_string(entry.value), audit_text(c));
        return entry;
    });
}

Status ContributionService::change(const Actor& actor, PartnershipId id, EntryId entry, const ContributionInput& input,
                                   const std::optional<Upload>& evidence)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(find_for_members(*connection, actor, id));
        ContributionStore store(*connection);
        auto current = store.find(entry);
        if (!current || current->entry.partnership != id) return not_found();
        TRY(may_change(found.access, current->entry));
        auto c = TRY(prepared(*connection, found, input, evidence));
        c.entry.id = entry;
        store.update(c);
        if (evidence) LedgerStore(*connection, Ledger::InKind).attach(entry, TRY(keep_evidence(files_, evidence)));
        audit::AuditLog(*connection).record(clock_.now(), actor, "in_kind.change", "in_kind", std::to_string(entry.value),
                                            audit_text(*current) + " → " + audit_text(c) + (evidence ? ", new evidence" : ""));
        return Ok{};
    });
}

Result<ProgramInKindReport> ContributionService::program(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden("Only program officers see the program's in-kind totals.");
    auto connection = database_.acquire();
    ProgramInKindReport report{program_in_kind(ContributionStore(*connection).approved_groups()), {}};
    for (auto& p : PartnershipStore(*connection).all())
        if (report.totals.by_partnership.count(p.id.value)) report.partnerships.emplace(p.id.value, std::move(p));
    return report;
}

}  // namespace pmi::partnerships
