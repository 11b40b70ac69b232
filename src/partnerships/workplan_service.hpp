#pragma once
// Workplan use cases. The public reads the activities and milestones of a published
// partnership (titles, dates, sides and statuses; no descriptions or deliverables); the
// staff of its members and program officers read all of it and plan it: add and change
// activities and milestones. Officers also read the overdue work of the whole program.
// Every change is in the audit log; nothing is written when a field is wrong.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/access.hpp"
#include "partnerships/workplan.hpp"

namespace pmi::partnerships {

// The outputs of the program's logic model, which the results module keeps (its table
// logic_model_nodes, the nodes of level "output", by code). The workplan service checks an
// activity's output code against the catalog it is given; without a catalog (a deployment
// whose logic model is not set up yet) it keeps any well-formed code as written, and the
// link is checked once a catalog is passed in main.cpp. `has_output` reads through the
// caller's connection, inside the transaction of the change.
class OutputCatalog {
public:
    virtual ~OutputCatalog() = default;
    virtual bool has_output(db::Connection& connection, std::string_view code) const = 0;
};

struct Workplan {
    Partnership partnership;
    Access access = Access::Public;
    std::vector<Activity> activities;
    std::vector<Milestone> milestones;
    Date today{};  // the program's day when it was read, for what is overdue
};

// Overdue work of one partnership, for the program-wide list.
struct OverdueWork {
    Partnership partnership;
    std::vector<Activity> activities;
    std::vector<Milestone> milestones;
};

struct ProgramOverdue {
    Date today{};
    std::vector<OverdueWork> partnerships;  // by the oldest overdue date first
};

class WorkplanService {
public:
    WorkplanService(db::Database& database, const Clock& clock, const OutputCatalog* outputs = nullptr)
        : database_(database), clock_(clock), outputs_(outputs) {}

    // Not found when the partnership does not exist, or is unpublished and not the actor's.
    // The public gets public fields only.
    Result<Workplan> workplan(const Actor& actor, PartnershipId id);
    // Staff and officers. Fails on the fields of the activity (read_activity) and on "output"
    // when the catalog has no such output.
    Result<ActivityId> add_activity(const Actor& actor, PartnershipId id, const ActivityInput& input);
    // Staff and officers. Fails as add_activity does, and on "status" for a change that
    // check_status_change refuses.
    Status update_activity(const Actor& actor, PartnershipId id, ActivityId activity, const ActivityInput& input);
    // Staff and officers. Fails on the fields of the milestone (read_milestone) and on
    // "activity" when it names no activity of this partnership.
    Result<MilestoneId> add_milestone(const Actor& actor, PartnershipId id, const MilestoneInput& input);
    Status update_milestone(const Actor& actor, PartnershipId id, MilestoneId milestone, const MilestoneInput& input);
    // Officers: the overdue activities and milestones of every partnership.
    Result<ProgramOverdue> overdue(const Actor& actor);

private:
    db::Database& database_;
    const Clock& clock_;
    const OutputCatalog* outputs_;
};

}  // namespace pmi::partnerships
