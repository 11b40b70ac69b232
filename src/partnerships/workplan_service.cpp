#include "partnerships/workplan_service.hpp"

#include <algorithm>
#include <map>

#include "audit/audit_log.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/workplan_rules.hpp"
#include "partnerships/workplan_store.hpp"

namespace pmi::partnerships {
namespace {

// The partnership, for an actor who plans its work: its staff or an officer.
Result<Visible> find_to_plan(db::Connection& connection, const Actor& actor, PartnershipId id)
{
    return find_for_members(connection, actor, id, "Only the partnership's staff and program officers plan its work.");
}

Activity public_fields(Activity activity)
{
    activity.description.clear();
    activity.deliverables.clear();
    return activity;
}

std::string described(const Activity& a)
{
    return "\"" + a.title.pick("en").text + "\" " + date_text(a.start) + "–" + date_text(a.end) + " " + std::string(responsible_code(a.responsible)) +
           " " + std::string(activity_status_code(a.status)) + (a.output.empty() ? "" : " output " + a.output) + ", " +
           std::to_string(a.deliverables.size()) + " deliverables";
}

std::string described(const Milestone& m)
{
    return "\"" + m.title.pick("en").text + "\" due " + date_text(m.due) + (m.done_on ? " done " + date_text(*m.done_on) : "") +
           (m.activity.valid() ? " activity " + std::to_string(m.activity.value) : "");
}

std::string in_partnership(PartnershipId id) { return "partnership " + std::to_string(id.value) + ": "; }

}  // namespace

Result<Workplan> WorkplanService::workplan(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    auto found = TRY(find_partnership(*connection, actor, id));
    WorkplanStore store(*connection);
    Workplan plan{std::move(found.partnership), found.access, store.activities(id), store.milestones(id), program_today(clock_.now())};
    if (plan.access == Access::Public) {
        plan.partnership = partnerships::public_fields(std::move(plan.partnership));
        for (auto& activity : plan.activities) activity = public_fields(std::move(activity));
    }
    return plan;
}

Result<ActivityId> WorkplanService::add_activity(const Actor& actor, PartnershipId id, const ActivityInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ActivityId> {
        auto found = TRY(find_to_plan(*connection, actor, id));
        auto activity = TRY(read_activity(input, found.partnership, program_today(clock_.now())));
        if (outputs_ && !activity.output.empty() && !outputs_->has_output(*connection, activity.output))
            return invalid("output", "The logic model has no output {1}; choose an output code from the logic model.", {activity.output});
        TRY(check_status_change(ActivityStatus::Planned, activity));
        WorkplanStore store(*connection);
        if (store.activities(id).size() >= kMostActivities)
            return invalid("title", "A workplan has at most {1} activities.", {std::to_string(kMostActivities)});
        const Seconds now = clock_.now();
        auto activity_id = store.insert_activity(activity, now);
        audit::AuditLog(*connection).record(now, actor, "workplan.activity.add", "workplan_activity", std::to_string(activity_id.value),
                                            in_partnership(id) + described(activity));
        return activity_id;
    });
}

Status WorkplanService::update_activity(const Actor& actor, PartnershipId id, ActivityId activity_id, const ActivityInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(find_to_plan(*connection, actor, id));
        WorkplanStore store(*connection);
        auto current = store.activity(activity_id);
        if (!current || current->partnership != id) return not_found();
        auto activity = TRY(read_activity(input, found.partnership, program_today(clock_.now())));
        // An output already linked stays valid even if the logic model changed since.
        if (outputs_ && !activity.output.empty() && activity.output != current->output && !outputs_->has_output(*connection, activity.output))
            return invalid("output", "The logic model has no output {1}; choose an output code from the logic model.", {activity.output});
        TRY(check_status_change(current->status, activity));
        activity.id = activity_id;
        const Seconds now = clock_.now();
        store.update_activity(activity, now);
        audit::AuditLog(*connection).record(now, actor, "workplan.activity.change", "workplan_activity", std::to_string(activity_id.value),
                                            in_partnership(id) + described(*current) + " → " + described(activity));
        return Ok{};
    });
}

namespace {

// The milestone the input describes, its activity checked against the partnership.
Result<Milestone> milestone_of(WorkplanStore& store, const MilestoneInput& input, const Partnership& partnership, Date today)
{
    std::vector<Error> errors;
    ActivityId activity;
    if (!input.activity.empty()) {
        activity = ActivityId{std::atoll(input.activity.substr(0, 18).c_str())};
        auto found = activity.valid() ? store.activity(activity) : std::nullopt;
        if (!found || found->partnership != partnership.id) errors.push_back(invalid("activity", "Choose an activity of this partnership's workplan, or none."));
    }
    auto milestone = read_milestone(input, partnership, today);
    if (!milestone.ok())
        for (auto& error : flatten(milestone.error())) errors.push_back(std::move(error));
    if (!errors.empty()) return combine(std::move(errors));
    milestone->activity = activity;
    return milestone;
}

}  // namespace

Result<MilestoneId> WorkplanService::add_milestone(const Actor& actor, PartnershipId id, const MilestoneInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<MilestoneId> {
        auto found = TRY(find_to_plan(*connection, actor, id));
        WorkplanStore store(*connection);
        auto milestone = TRY(milestone_of(store, input, found.partnership, program_today(clock_.now())));
        if (store.milestones(id).size() >= kMostMilestones)
            return invalid("title", "A workplan has at most {1} milestones.", {std::to_string(kMostMilestones)});
        const Seconds now = clock_.now();
        auto milestone_id = store.insert_milestone(milestone, now);
        audit::AuditLog(*connection).record(now, actor, "workplan.milestone.add", "workplan_milestone", std::to_string(milestone_id.value),
                                            in_partnership(id) + described(milestone));
        return milestone_id;
    });
}

Status WorkplanService::update_milestone(const Actor& actor, PartnershipId id, MilestoneId milestone_id, const MilestoneInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(find_to_plan(*connection, actor, id));
        WorkplanStore store(*connection);
        auto current = store.milestone(milestone_id);
        if (!current || current->partnership != id) return not_found();
        auto milestone = TRY(milestone_of(store, input, found.partnership, program_today(clock_.now())));
        milestone.id = milestone_id;
        const Seconds now = clock_.now();
        store.update_milestone(milestone, now);
        audit::AuditLog(*connection).record(now, actor, "workplan.milestone.change", "workplan_milestone", std::to_string(milestone_id.value),
                                            in_partnership(id) + described(*current) + " → " + described(milestone));
        return Ok{};
    });
}

Result<ProgramOverdue> WorkplanService::overdue(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    auto connection = database_.acquire();
    WorkplanStore store(*connection);
    PartnershipStore partnerships(*connection);
    ProgramOverdue result{program_today(clock_.now()), {}};
    std::map<std::int64_t, std::size_t> index;
    auto work_of = [&](PartnershipId id) -> OverdueWork* {
        if (auto known = index.find(id.value); known != index.end()) return &result.partnerships[known->second];
        auto partnership = partnerships.find(id);
        if (!partnership) return nullptr;
        index[id.value] = result.partnerships.size();
        result.partnerships.push_back({std::move(*partnership), {}, {}});
        return &result.partnerships.back();
    };
    for (auto& activity : store.overdue_activities(result.today))
        if (auto* work = work_of(activity.partnership)) work->activities.push_back(std::move(activity));
    for (auto& milestone : store.overdue_milestones(result.today))
        if (auto* work = work_of(milestone.partnership)) work->milestones.push_back(std::move(milestone));
    // The partnership with the oldest overdue work first (the store lists each kind oldest first).
    auto oldest = [](const OverdueWork& work) {
        Date date = work.activities.empty() ? work.milestones.front().due : work.activities.front().end;
        if (!work.milestones.empty()) date = std::min(date, work.milestones.front().due);
        return date;
    };
    std::stable_sort(result.partnerships.begin(), result.partnerships.end(),
                     [&](const OverdueWork& a, const OverdueWork& b) { return oldest(a) < oldest(b); });
    return result;
}

}  // namespace pmi::partnerships
