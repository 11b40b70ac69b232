#pragma once
// A partnership's workplan: activities with their deliverables, each serving an output of
// the program's logic model, and milestones, optionally tied to an activity.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

using ActivityId = Id<struct ActivityTag>;
using MilestoneId = Id<struct MilestoneTag>;

enum class ResponsibleSide { CanadianMunicipality, PartnerLocalGovernment, Both, ProgramOffice };
enum class ActivityStatus { Planned, InProgress, Done, Cancelled };

inline constexpr ResponsibleSide kResponsibleSides[] = {ResponsibleSide::CanadianMunicipality, ResponsibleSide::PartnerLocalGovernment,
                                                        ResponsibleSide::Both, ResponsibleSide::ProgramOffice};
inline constexpr ActivityStatus kActivityStatuses[] = {ActivityStatus::Planned, ActivityStatus::InProgress, ActivityStatus::Done,
                                                       ActivityStatus::Cancelled};

std::string_view responsible_code(ResponsibleSide side);  // stored: "canadian-municipality", ...
std::optional<ResponsibleSide> responsible_from_code(std::string_view code);
std::string_view responsible_label(ResponsibleSide side);  // an English message id
std::string_view activity_status_code(ActivityStatus status);  // stored: "planned", "in-progress", ...
std::optional<ActivityStatus> activity_status_from_code(std::string_view code);
std::string_view activity_status_label(ActivityStatus status);

struct Deliverable {
    std::string description;
    std::optional<Date> delivered_on;  // empty until delivered
    friend bool operator==(const Deliverable&, const Deliverable&) = default;
};

struct Activity {
    ActivityId id;
    PartnershipId partnership;
    LocalizedText title;
    std::string description;  // in the partnership's working language
    Date start{}, end{};
    ResponsibleSide responsible = ResponsibleSide::Both;
    ActivityStatus status = ActivityStatus::Planned;
    std::string output;  // the code of the logic-model output it serves ("1111"), or ""
    std::vector<Deliverable> deliverables;
    Seconds updated_at = 0;
};

struct Milestone {
    MilestoneId id;
    PartnershipId partnership;
    ActivityId activity;  // invalid when it stands alone
    LocalizedText title;
    Date due{};
    std::optional<Date> done_on;
    Seconds updated_at = 0;
};

// What forms and the API send, as text; the rules read it into an activity or a milestone.
struct DeliverableInput {
    std::string description;
    std::string delivered_on;  // "" or "2027-02-15"
};

struct ActivityInput {
    std::map<std::string, std::string> title;  // language → text
    std::string description;
    std::string start, end;     // "2026-09-01"
    std::string responsible;    // a responsible_code
    std::string status;         // an activity_status_code
    std::string output;         // a logic-model output code, or ""
    std::vector<DeliverableInput> deliverables;
};

struct MilestoneInput {
    std::map<std::string, std::string> title;
    std::string due, done_on;
    std::string activity;  // the id of an activity of the same partnership, or ""
};

}  // namespace pmi::partnerships
