#include "partnerships/budget_service.hpp"

#include "audit/audit_log.hpp"
#include "core/text.hpp"
#include "partnerships/budget_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/partnership_store.hpp"

namespace pmi::partnerships {
namespace {

std::string described(const BudgetLine& line)
{
    return fiscal_year_label(line.fiscal_year) + " " + std::string(category_code(line.category)) + " \"" + line.description + "\" " +
           line.amount.plain();
}

}  // namespace

Result<Budget> BudgetService::budget(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    auto found = TRY(find_for_members(*connection, actor, id));
    BudgetStore store(*connection);
    Budget budget{std::move(found.partnership), found.access, store.lines(id), store.amendments(id), {}};
    budget.totals = totals(budget.lines);
    return budget;
}

Result<BudgetLineId> BudgetService::add_line(const Actor& actor, PartnershipId id, const LineInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<BudgetLineId> {
        auto found = TRY(find_for_members(*connection, actor, id));
        if (found.access != Access::Officer) return forbidden("Only program officers add budget lines; propose an amendment instead.");
        auto line = TRY(read_line(input, found.partnership));
        const Seconds now = clock_.now();
        auto line_id = BudgetStore(*connection).insert_line(line, now);
        audit::AuditLog(*connection).record(now, actor, "budget.line.add", "budget_line", std::to_string(line_id.value),
                                            "partnership " + std::to_string(id.value) + ": " + described(line));
        return line_id;
    });
}

Result<AmendmentId> BudgetService::propose(const Actor& actor, PartnershipId id, const AmendmentInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<AmendmentId> {
        auto found = TRY(find_for_members(*connection, actor, id));
        BudgetStore store(*connection);
        std::vector<Error> errors;
        std::optional<BudgetLine> current;
        if (!input.line.empty()) {
            const auto line_id = std::atoll(input.line.substr(0, 18).c_str());
            current = store.line(BudgetLineId{line_id});
            if (!current || current->partnership != id) errors.push_back(invalid("line", "Choose a line of this partnership's budget."));
        }
        const std::string reason = text::trim(input.reason);
        if (reason.empty()) errors.push_back(invalid("reason", "Say why the budget should change."));
        else if (reason.size() > 2000) errors.push_back(invalid("reason", "This text is too long; keep it under {1} characters.", {"2000"}));
        auto line = read_line(input.values, found.partnership);
        if (!line.ok()) for (auto& error : flatten(line.error())) errors.push_back(std::move(error));
        if (!errors.empty()) return combine(std::move(errors));
        Amendment amendment;
        amendment.partnership = id;
        amendment.line = current ? current->id : BudgetLineId{};
        amendment.fiscal_year = line->fiscal_year;
        amendment.category = line->category;
        amendment.description = line->description;
        amendment.amount = line->amount;
        amendment.previous = current ? current->amount : Money{};
        amendment.reason = reason;
        amendment.proposed_by = actor.name;
        amendment.proposed_at = clock_.now();
        auto amendment_id = store.insert_amendment(amendment);
        audit::AuditLog(*connection).record(amendment.proposed_at, actor, "budget.amendment.propose", "budget_amendment",
                                            std::to_string(amendment_id.value),
                                            "partnership " + std::to_string(id.value) + ": " + amendment.previous.plain() + " → " + described(*line));
        return amendment_id;
    });
}

Status BudgetService::decide(const Actor& actor, PartnershipId id, AmendmentId amendment_id, std::optional<Decision> decision)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(find_for_members(*connection, actor, id));
        if (found.access != Access::Officer) return forbidden("Only program officers approve or reject amendments.");
        if (!decision) return invalid("decision", "Choose to approve or reject the amendment.");
        BudgetStore store(*connection);
        auto amendment = store.amendment(amendment_id);
        if (!amendment || amendment->partnership != id) return not_found();
        if (amendment->status != AmendmentStatus::Proposed) return conflict("amendment", "This amendment was decided already.");
        const Seconds now = clock_.now();
        amendment->status = *decision == Decision::Approve ? AmendmentStatus::Approved : AmendmentStatus::Rejected;
        amendment->decided_by = actor.name;
        amendment->decided_at = now;
        if (decision == Decision::Approve) {
            BudgetLine line{amendment->line, id, amendment->fiscal_year, amendment->category, amendment->description, amendment->amount, now};
            if (line.id.valid() && store.line(line.id)) store.update_line(line, now);
            else amendment->line = store.insert_line(line, now);
        }
        if (!store.decide(*amendment)) return conflict("amendment", "This amendment was decided already.");
        audit::AuditLog(*connection).record(now, actor, decision == Decision::Approve ? "budget.amendment.approve" : "budget.amendment.reject",
                                            "budget_amendment", std::to_string(amendment_id.value),
                                            "partnership " + std::to_string(id.value) + ": " + amendment->previous.plain() + " → " +
                                                amendment->amount.plain());
        return Ok{};
    });
}

}  // namespace pmi::partnerships
