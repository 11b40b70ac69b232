#include "partnerships/workplan_store.hpp"

#include <map>

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kActivityColumns =
    "SELECT id, partnership_id, title, description, start_date, end_date, responsible, status, output_code, updated_at FROM workplan_activities";
constexpr std::string_view kMilestoneColumns =
    "SELECT id, partnership_id, activity_id, title, due_date, done_on, updated_at FROM workplan_milestones";

std::string stored(const std::optional<Date>& date) { return date ? date_text(*date) : ""; }

Activity read_activity_row(const db::Row& row)
{
    Activity a;
    a.id = ActivityId{row.integer(0)};
    a.partnership = PartnershipId{row.integer(1)};
    a.title = LocalizedText::from_json(row.text(2));
    a.description = row.text(3);
    a.start = parse_date(row.text(4)).value_or(Date{});
    a.end = parse_date(row.text(5)).value_or(Date{});
    a.responsible = responsible_from_code(row.text(6)).value_or(ResponsibleSide::Both);
    a.status = activity_status_from_code(row.text(7)).value_or(ActivityStatus::Planned);
    a.output = row.text(8);
    a.updated_at = row.integer(9);
    return a;
}

Milestone read_milestone_row(const db::Row& row)
{
    Milestone m;
    m.id = MilestoneId{row.integer(0)};
    m.partnership = PartnershipId{row.integer(1)};
    m.activity = ActivityId{row.optional_integer(2).value_or(0)};
    m.title = LocalizedText::from_json(row.text(3));
    m.due = parse_date(row.text(4)).value_or(Date{});
    m.done_on = parse_date(row.text(5));
    m.updated_at = row.integer(6);
    return m;
}

db::Value activity_reference(ActivityId id) { return id.valid() ? db::Value(id.value) : db::Value(); }

}  // namespace

std::vector<Activity> WorkplanStore::select_activities(const std::string& where, const db::Parameters& parameters)
{
    std::vector<Activity> list;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& row : connection_.query(std::string(kActivityColumns) + where, parameters)) {
        index[row.integer(0)] = list.size();
        list.push_back(read_activity_row(row));
    }
    if (list.empty()) return list;
    // One query for the deliverables of every activity listed, not one per activity.
    std::string ids;
    db::Parameters id_values;
    for (const auto& a : list) {
        ids += ids.empty() ? "?" : ", ?";
        id_values.emplace_back(a.id.value);
    }
    for (const auto& row : connection_.query("SELECT activity_id, description, delivered_on FROM activity_deliverables WHERE activity_id IN (" +
                                                 ids + ") ORDER BY activity_id, position",
                                             id_values))
        list[index.at(row.integer(0))].deliverables.push_back({row.text(1), parse_date(row.text(2))});
    return list;
}

std::vector<Activity> WorkplanStore::activities(PartnershipId partnership)
{
    return select_activities(" WHERE partnership_id = ? ORDER BY start_date, end_date, id", {partnership.value});
}

std::optional<Activity> WorkplanStore::activity(ActivityId id)
{
    auto list = select_activities(" WHERE id = ?", {id.value});
    if (list.empty()) return std::nullopt;
    return std::move(list.front());
}

ActivityId WorkplanStore::insert_activity(const Activity& a, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO workplan_activities (partnership_id, title, description, start_date, end_date, responsible, status, output_code, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {a.partnership.value, a.title.to_json(), a.description, date_text(a.start), date_text(a.end), responsible_code(a.responsible),
         activity_status_code(a.status), a.output, now});
    Activity saved = a;
    saved.id = ActivityId{row->integer(0)};
    write_deliverables(saved);
    return saved.id;
}

void WorkplanStore::update_activity(const Activity& a, Seconds now)
{
    connection_.execute(
        "UPDATE workplan_activities SET title = ?, description = ?, start_date = ?, end_date = ?, responsible = ?, status = ?, output_code = ?,"
        " updated_at = ? WHERE id = ?",
        {a.title.to_json(), a.description, date_text(a.start), date_text(a.end), responsible_code(a.responsible), activity_status_code(a.status),
         a.output, now, a.id.value});
    connection_.execute("DELETE FROM activity_deliverables WHERE activity_id = ?", {a.id.value});
    write_deliverables(a);
}

void WorkplanStore::write_deliverables(const Activity& a)
{
    for (std::size_t i = 0; i < a.deliverables.size(); ++i)
        connection_.execute("INSERT INTO activity_deliverables (activity_id, position, description, delivered_on) VALUES (?, ?, ?, ?)",
                            {a.id.value, static_cast<std::int64_t>(i), a.deliverables[i].description, stored(a.deliverables[i].delivered_on)});
}

std::vector<Milestone> WorkplanStore::select_milestones(const std::string& where, const db::Parameters& parameters)
{
    std::vector<Milestone> list;
    for (const auto& row : connection_.query(std::string(kMilestoneColumns) + where, parameters)) list.push_back(read_milestone_row(row));
    return list;
}

std::vector<Milestone> WorkplanStore::milestones(PartnershipId partnership)
{
    return select_milestones(" WHERE partnership_id = ? ORDER BY due_date, id", {partnership.value});
}

std::optional<Milestone> WorkplanStore::milestone(MilestoneId id)
{
    auto list = select_milestones(" WHERE id = ?", {id.value});
    if (list.empty()) return std::nullopt;
    return std::move(list.front());
}

MilestoneId WorkplanStore::insert_milestone(const Milestone& m, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO workplan_milestones (partnership_id, activity_id, title, due_date, done_on, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {m.partnership.value, activity_reference(m.activity), m.title.to_json(), date_text(m.due), stored(m.done_on), now});
    return MilestoneId{row->integer(0)};
}

void WorkplanStore::update_milestone(const Milestone& m, Seconds now)
{
    connection_.execute("UPDATE workplan_milestones SET activity_id = ?, title = ?, due_date = ?, done_on = ?, updated_at = ? WHERE id = ?",
                        {activity_reference(m.activity), m.title.to_json(), date_text(m.due), stored(m.done_on), now, m.id.value});
}

std::vector<Activity> WorkplanStore::overdue_activities(Date today)
{
    return select_activities(" WHERE end_date < ? AND status IN (?, ?) ORDER BY end_date, partnership_id, id",
                             {date_text(today), activity_status_code(ActivityStatus::Planned), activity_status_code(ActivityStatus::InProgress)});
}

std::vector<Milestone> WorkplanStore::overdue_milestones(Date today)
{
    return select_milestones(" WHERE due_date < ? AND done_on = '' ORDER BY due_date, partnership_id, id", {date_text(today)});
}

}  // namespace pmi::partnerships
