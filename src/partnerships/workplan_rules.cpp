#include "partnerships/workplan_rules.hpp"

#include <date/tz.h>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/rules.hpp"

namespace pmi::partnerships {
namespace {

constexpr const char* kProgramTimeZone = "America/Toronto";

// The title's versions; `missing` is the message when there is none.
LocalizedText read_title(const std::map<std::string, std::string>& versions, const char* missing, std::vector<Error>& errors)
{
    LocalizedText title;
    for (const auto& [language, text] : versions) {
        if (language.size() != 2) continue;  // the API checks the shape; forms send en, fr, es
        const auto trimmed = text::trim(text);
        if (trimmed.find_first_of("\r\n") != std::string::npos) errors.push_back(invalid("title_" + language, "Write the title on one line."));
        else check_text(trimmed, "title_" + language, kMostTitleBytes, errors);
        if (!trimmed.empty()) title.set(language, trimmed);
    }
    if (title.empty()) errors.push_back(invalid("title", missing));
    return title;
}

// A required date inside the partnership's dates.
std::optional<Date> read_date_within(const std::string& text, const std::string& field, const Partnership& partnership,
                                     std::vector<Error>& errors)
{
    if (text::trim(text).empty()) {
        errors.push_back(invalid(field, "Enter the date as year-month-day, such as 2026-09-01."));
        return std::nullopt;
    }
    auto date = read_date(text::trim(text), field, errors);
    if (!date) return std::nullopt;
    if (!partnership.start || !partnership.end) {
        errors.push_back(invalid(field, "Set the partnership's start and end dates before planning its work."));
        return std::nullopt;
    }
    if (*date < *partnership.start || *date > *partnership.end)
        errors.push_back(invalid(field, "The date {1} falls outside the partnership, which runs from {2} to {3}; choose a date in between.",
                                 {date_text(*date), date_text(*partnership.start), date_text(*partnership.end)}));
    return date;
}

// An optional date of something done: not after today.
std::optional<Date> read_done_date(const std::string& text, const std::string& field, Date today, std::vector<Error>& errors)
{
    auto date = read_date(text::trim(text), field, errors);
    if (date && *date > today)
        errors.push_back(invalid(field, "The date {1} is in the future; enter the day it was done, today ({2}) at the latest.",
                                 {date_text(*date), date_text(today)}));
    return date;
}

bool valid_output_code(const std::string& code)
{
    if (code.size() > kMostOutputCodeBytes) return false;
    for (char c : code)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return false;
    return true;
}

}  // namespace

Date program_today(Seconds now)
{
    const auto zoned = date::make_zoned(date::locate_zone(kProgramTimeZone), date::sys_seconds{std::chrono::seconds{now}});
    return Date{std::chrono::sys_days{std::chrono::floor<std::chrono::days>(zoned.get_local_time()).time_since_epoch()}};
}

Result<Activity> read_activity(const ActivityInput& input, const Partnership& partnership, Date today)
{
    std::vector<Error> errors;
    Activity a;
    a.partnership = partnership.id;
    a.title = read_title(input.title, N_("Give the activity a title in at least one language."), errors);
    a.description = text::trim(input.description);
    check_text(a.description, "description", kMostTextBytes, errors);
    auto start = read_date_within(input.start, "start", partnership, errors);
    auto end = read_date_within(input.end, "end", partnership, errors);
    if (start && end && *end < *start) errors.push_back(invalid("end", "The end date comes before the start date; correct one of them."));
    if (start) a.start = *start;
    if (end) a.end = *end;
    if (auto side = responsible_from_code(input.responsible)) a.responsible = *side;
    else errors.push_back(invalid("responsible", "Choose who is responsible: the Canadian municipality, the partner local government, both or the program office."));
    if (auto status = activity_status_from_code(input.status)) a.status = *status;
    else errors.push_back(invalid("status", "Choose a status: planned, in progress, done or cancelled."));
    a.output = text::trim(input.output);
    if (!valid_output_code(a.output))
        errors.push_back(invalid("output", "Write the output's code from the logic model, such as 1111 (letters, digits, dots and hyphens)."));
    if (input.deliverables.size() > kMostDeliverables)
        errors.push_back(invalid("deliverables", "An activity has at most {1} deliverables.", {std::to_string(kMostDeliverables)}));
    for (std::size_t i = 0; i < input.deliverables.size() && i < kMostDeliverables; ++i) {
        const auto number = std::to_string(i + 1);
        Deliverable deliverable{text::trim(input.deliverables[i].description), {}};
        deliverable.delivered_on = read_done_date(input.deliverables[i].delivered_on, "delivered_on_" + number, today, errors);
        if (deliverable.description.empty()) {
            if (deliverable.delivered_on) errors.push_back(invalid("deliverable_" + number, "Describe the deliverable that was delivered."));
            continue;  // an empty row of the form
        }
        check_text(deliverable.description, "deliverable_" + number, 500, errors);
        a.deliverables.push_back(std::move(deliverable));
    }
    if (!errors.empty()) return combine(std::move(errors));
    return a;
}

Status check_status_change(ActivityStatus from, const Activity& after)
{
    using enum ActivityStatus;
    const ActivityStatus to = after.status;
    const bool allowed = from == to || (from == Planned && (to == InProgress || to == Done || to == Cancelled)) ||
                         (from == InProgress && (to == Done || to == Cancelled || to == Planned)) || (from == Done && to == InProgress) ||
                         (from == Cancelled && to == Planned);
    if (!allowed) {
        if (from == Done) return invalid("status", "Done work can only be reopened (in progress); reopen it first.");
        return invalid("status", "Cancelled work can only be planned again; plan it again first.");
    }
    if (to == Done && from != Done)
        for (const auto& deliverable : after.deliverables)
            if (!deliverable.delivered_on)
                return invalid("status", "Mark every deliverable delivered, with its date, before marking the activity done.");
    return Ok{};
}

Result<Milestone> read_milestone(const MilestoneInput& input, const Partnership& partnership, Date today)
{
    std::vector<Error> errors;
    Milestone m;
    m.partnership = partnership.id;
    m.title = read_title(input.title, N_("Give the milestone a title in at least one language."), errors);
    if (auto due = read_date_within(input.due, "due", partnership, errors)) m.due = *due;
    m.done_on = read_done_date(input.done_on, "done_on", today, errors);
    if (!errors.empty()) return combine(std::move(errors));
    return m;
}

bool is_overdue(const Activity& activity, Date today)
{
    return (activity.status == ActivityStatus::Planned || activity.status == ActivityStatus::InProgress) && activity.end < today;
}

bool is_overdue(const Milestone& milestone, Date today) { return !milestone.done_on && milestone.due < today; }

ActivityInput input_of(const Activity& a)
{
    ActivityInput in;
    for (const auto& [language, text] : a.title.versions()) in.title[language] = text;
    in.description = a.description;
    in.start = date_text(a.start);
    in.end = date_text(a.end);
    in.responsible = std::string(responsible_code(a.responsible));
    in.status = std::string(activity_status_code(a.status));
    in.output = a.output;
    for (const auto& d : a.deliverables) in.deliverables.push_back({d.description, d.delivered_on ? date_text(*d.delivered_on) : ""});
    return in;
}

MilestoneInput input_of(const Milestone& m)
{
    MilestoneInput in;
    for (const auto& [language, text] : m.title.versions()) in.title[language] = text;
    in.due = date_text(m.due);
    in.done_on = m.done_on ? date_text(*m.done_on) : "";
    in.activity = m.activity.valid() ? std::to_string(m.activity.value) : "";
    return in;
}

}  // namespace pmi::partnerships
