#pragma once
// SQL for workplan activities, their deliverables, and milestones.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/workplan.hpp"

namespace pmi::partnerships {

class WorkplanStore {
public:
    explicit WorkplanStore(db::Connection& connection) : connection_(connection) {}

    // The partnership's activities by start date, end date and id, with their deliverables.
    std::vector<Activity> activities(PartnershipId partnership);
    std::optional<Activity> activity(ActivityId id);
    ActivityId insert_activity(const Activity& activity, Seconds now);
    void update_activity(const Activity& activity, Seconds now);

    // The partnership's milestones by due date and id.
    std::vector<Milestone> milestones(PartnershipId partnership);
    std::optional<Milestone> milestone(MilestoneId id);
    MilestoneId insert_milestone(const Milestone& milestone, Seconds now);
    void update_milestone(const Milestone& milestone, Seconds now);

    // Across the program: activities planned or in progress that ended before `today`, and
    // milestones not done whose due date is before `today`, oldest first.
    std::vector<Activity> overdue_activities(Date today);
    std::vector<Milestone> overdue_milestones(Date today);

private:
    std::vector<Activity> select_activities(const std::string& where, const db::Parameters& parameters);
    std::vector<Milestone> select_milestones(const std::string& where, const db::Parameters& parameters);
    void write_deliverables(const Activity& activity);

    db::Connection& connection_;
};

}  // namespace pmi::partnerships
