#include "review/review_store.hpp"

#include <map>

namespace pmi::review {
namespace {

constexpr std::string_view kAssignmentColumns =
    "SELECT ra.application_id, ra.reviewer_id, u.name, o.name, ra.pinned, ra.submitted_at FROM review_assignments ra"
    " JOIN users u ON u.id = ra.reviewer_id JOIN applications a ON a.id = ra.application_id"
    " JOIN organisations o ON o.id = a.organisation_id";

AssignedReview read_assignment(const db::Row& row)
{
    return AssignedReview{ApplicationId{row.integer(0)}, UserId{row.integer(1)}, row.text(2), row.text(3), row.boolean(4),
                          row.optional_integer(5)};
}

}  // namespace

std::string_view outcome_code(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Selected: return "selected";
    case Outcome::NotSelected: return "not_selected";
    case Outcome::Waitlisted: return "waitlisted";
    }
    return "not_selected";
}

std::optional<Outcome> outcome_from_code(std::string_view code)
{
    for (auto outcome : {Outcome::Selected, Outcome::NotSelected, Outcome::Waitlisted})
        if (outcome_code(outcome) == code) return outcome;
    return std::nullopt;
}

std::vector<ReviewerSeat> ReviewStore::reviewers(CallId call)
{
    std::vector<ReviewerSeat> seats;
    for (const auto& row : connection_.query(
             "SELECT cr.reviewer_id, u.name, cr.capacity FROM call_reviewers cr JOIN users u ON u.id = cr.reviewer_id"
             " WHERE cr.call_id = ? ORDER BY u.name, u.id",
             {call.value}))
        seats.push_back({UserId{row.integer(0)}, row.text(1), static_cast<int>(row.integer(2)), {}});
    for (const auto& row : connection_.query(
             "SELECT e.reviewer_id, e.area, e.level FROM reviewer_expertise e JOIN call_reviewers cr ON cr.reviewer_id = e.reviewer_id"
             " WHERE cr.call_id = ?",
             {call.value}))
        for (auto& seat : seats)
            if (seat.reviewer.value == row.integer(0)) seat.expertise[row.text(1)] = static_cast<int>(row.integer(2));
    return seats;
}

std::vector<ReviewerSeat> ReviewStore::reviewer_pool()
{
    std::vector<ReviewerSeat> pool;
    for (const auto& row : connection_.query(
             "SELECT DISTINCT u.id, u.name FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.role = 'reviewer' ORDER BY u.name, u.id"))
        pool.push_back({UserId{row.integer(0)}, row.text(1), 0, {}});
    return pool;
}

void ReviewStore::set_reviewer(CallId call, UserId reviewer, int capacity)
{
    if (capacity <= 0) {
        connection_.execute("DELETE FROM call_reviewers WHERE call_id = ? AND reviewer_id = ?", {call.value, reviewer.value});
        return;
    }
    connection_.execute(
        "INSERT INTO call_reviewers (call_id, reviewer_id, capacity) VALUES (?, ?, ?)"
        " ON CONFLICT (call_id, reviewer_id) DO UPDATE SET capacity = excluded.capacity",
        {call.value, reviewer.value, capacity});
}

void ReviewStore::set_expertise(UserId reviewer, const std::map<std::string, int, std::less<>>& expertise)
{
    for (const auto& [area, level] : expertise)
        connection_.execute(
            "INSERT INTO reviewer_expertise (reviewer_id, area, level) VALUES (?, ?, ?)"
            " ON CONFLICT (reviewer_id, area) DO UPDATE SET level = excluded.level",
            {reviewer.value, area, level});
}

namespace {

std::vector<ReviewCandidate> applications_in(db::Connection& connection, CallId call, std::string_view statuses)
{
    std::vector<ReviewCandidate> list;
    for (const auto& row : connection.query(
             "SELECT a.id, a.organisation_id, o.name, o.province FROM applications a JOIN organisations o ON o.id = a.organisation_id"
             " WHERE a.call_id = ? AND a.status IN (" + std::string(statuses) + ") ORDER BY a.id",
             {call.value}))
        list.push_back({ApplicationId{row.integer(0)}, OrganisationId{row.integer(1)}, row.text(2), row.text(3), {}});
    return list;
}

}  // namespace

std::vector<ReviewCandidate> ReviewStore::ranked(CallId call)
{
    return applications_in(connection_, call, "'submitted', 'under_review', 'selected', 'not_selected', 'waitlisted'");
}

std::vector<ReviewCandidate> ReviewStore::candidates(CallId call)
{
    auto list = applications_in(connection_, call, "'submitted', 'under_review'");
    std::map<std::int64_t, ReviewCandidate*> by_id;
    for (auto& candidate : list) by_id[candidate.id.value] = &candidate;
    for (const auto& row : connection_.query(
             "SELECT aa.application_id, aa.question_code, aa.value FROM application_answers aa JOIN applications a ON a.id = aa.application_id"
             " WHERE a.call_id = ? AND a.status IN ('submitted', 'under_review')",
             {call.value}))
        if (auto candidate = by_id.find(row.integer(0)); candidate != by_id.end()) candidate->second->answers.emplace(row.text(1), row.text(2));
    return list;
}

std::vector<std::pair<ApplicationId, UserId>> ReviewStore::declared_conflicts(CallId call)
{
    std::vector<std::pair<ApplicationId, UserId>> list;
    for (const auto& row : connection_.query(
             "SELECT rc.application_id, rc.reviewer_id FROM review_conflicts rc JOIN applications a ON a.id = rc.application_id"
             " WHERE a.call_id = ?",
             {call.value}))
        list.emplace_back(ApplicationId{row.integer(0)}, UserId{row.integer(1)});
    return list;
}

void ReviewStore::declare_conflict(ApplicationId application, UserId reviewer, Seconds now)
{
    connection_.execute(
        "INSERT INTO review_conflicts (application_id, reviewer_id, declared_at) VALUES (?, ?, ?)"
        " ON CONFLICT (application_id, reviewer_id) DO NOTHING",
        {application.value, reviewer.value, now});
}

bool ReviewStore::conflicted(ApplicationId application, UserId reviewer)
{
    return connection_.query_one("SELECT 1 FROM review_conflicts WHERE application_id = ? AND reviewer_id = ?",
                                 {application.value, reviewer.value}).has_value();
}

std::vector<AssignedReview> ReviewStore::assignments(CallId call)
{
    static const std::string sql = std::string(kAssignmentColumns) + " WHERE a.call_id = ? ORDER BY o.name, u.name";
    std::vector<AssignedReview> list;
    for (const auto& row : connection_.query(sql, {call.value})) list.push_back(read_assignment(row));
    return list;
}

std::vector<AssignedReview> ReviewStore::assignments_of(UserId reviewer)
{
    static const std::string sql = std::string(kAssignmentColumns) + " WHERE ra.reviewer_id = ? ORDER BY o.name";
    std::vector<AssignedReview> list;
    for (const auto& row : connection_.query(sql, {reviewer.value})) list.push_back(read_assignment(row));
    return list;
}

std::optional<AssignedReview> ReviewStore::assignment(ApplicationId application, UserId reviewer)
{
    static const std::string sql = std::string(kAssignmentColumns) + " WHERE ra.application_id = ? AND ra.reviewer_id = ?";
    auto row = connection_.query_one(sql, {application.value, reviewer.value});
    if (!row) return std::nullopt;
    return read_assignment(*row);
}

void ReviewStore::clear_unpinned(CallId call)
{
    connection_.execute(
        "DELETE FROM review_assignments WHERE pinned = 0 AND submitted_at IS NULL"
        " AND application_id IN (SELECT id FROM applications WHERE call_id = ?)",
        {call.value});
}

void ReviewStore::assign(ApplicationId application, UserId reviewer, bool pinned, Seconds now)
{
    connection_.execute(
        "INSERT INTO review_assignments (application_id, reviewer_id, pinned, assigned_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (application_id, reviewer_id) DO UPDATE SET pinned = CASE WHEN excluded.pinned = 1 THEN 1 ELSE review_assignments.pinned END",
        {application.value, reviewer.value, pinned, now});
}

void ReviewStore::unassign(ApplicationId application, UserId reviewer)
{
    connection_.execute("DELETE FROM review_assignments WHERE application_id = ? AND reviewer_id = ?",
                        {application.value, reviewer.value});
}

void ReviewStore::mark_submitted(ApplicationId application, UserId reviewer, Seconds now)
{
    connection_.execute("UPDATE review_assignments SET submitted_at = ? WHERE application_id = ? AND reviewer_id = ?",
                        {now, application.value, reviewer.value});
}

std::vector<Score> ReviewStore::scores(ApplicationId application, UserId reviewer)
{
    std::vector<Score> list;
    for (const auto& row : connection_.query(
             "SELECT criterion, score, comment FROM review_scores WHERE application_id = ? AND reviewer_id = ? ORDER BY criterion",
             {application.value, reviewer.value}))
        list.push_back({static_cast<int>(row.integer(0)), static_cast<int>(row.integer(1)), row.text(2)});
    return list;
}

void ReviewStore::lock_assignment(ApplicationId application, UserId reviewer)
{
    connection_.query("SELECT application_id FROM review_assignments WHERE application_id = ? AND reviewer_id = ?" +
                          std::string(db::for_update(connection_.dialect())),
                      {application.value, reviewer.value});
}

void ReviewStore::save_score(ApplicationId application, UserId reviewer, const Score& score, Seconds now)
{
    connection_.execute(
        "INSERT INTO review_scores (application_id, reviewer_id, criterion, score, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (application_id, reviewer_id, criterion) DO UPDATE SET score = excluded.score,"
        " comment = excluded.comment, updated_at = excluded.updated_at",
        {application.value, reviewer.value, score.criterion, score.score, score.comment, now});
}

std::map<std::int64_t, std::map<std::int64_t, std::vector<Score>>> ReviewStore::submitted_scores(CallId call)
{
    std::map<std::int64_t, std::map<std::int64_t, std::vector<Score>>> scores;
    for (const auto& row : connection_.query(
             "SELECT s.application_id, s.reviewer_id, s.criterion, s.score, s.comment FROM review_scores s"
             " JOIN review_assignments ra ON ra.application_id = s.application_id AND ra.reviewer_id = s.reviewer_id"
             " JOIN applications a ON a.id = s.application_id WHERE a.call_id = ? AND ra.submitted_at IS NOT NULL",
             {call.value}))
        scores[row.integer(0)][row.integer(1)].push_back({static_cast<int>(row.integer(2)), static_cast<int>(row.integer(3)), row.text(4)});
    return scores;
}

std::optional<Outcome> ReviewStore::decision(ApplicationId application)
{
    auto row = connection_.query_one("SELECT outcome FROM decisions WHERE application_id = ?", {application.value});
    if (!row) return std::nullopt;
    return outcome_from_code(row->text(0));
}

void ReviewStore::decide(ApplicationId application, Outcome outcome, const LocalizedText& message, UserId by, Seconds now)
{
    connection_.execute(
        "INSERT INTO decisions (application_id, outcome, message, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (application_id) DO UPDATE SET outcome = excluded.outcome, message = excluded.message,"
        " decided_by = excluded.decided_by, decided_at = excluded.decided_at",
        {application.value, outcome_code(outcome), message.to_json(), by.value, now});
}

std::vector<ReviewStore::Decision> ReviewStore::unreleased_decisions(CallId call)
{
    std::vector<Decision> list;
    for (const auto& row : connection_.query(
             "SELECT d.application_id, d.outcome, d.message FROM decisions d JOIN applications a ON a.id = d.application_id"
             " WHERE a.call_id = ? AND d.released_at IS NULL ORDER BY d.application_id",
             {call.value}))
        list.push_back({ApplicationId{row.integer(0)}, outcome_from_code(row.text(1)).value_or(Outcome::NotSelected),
                        LocalizedText::from_json(row.text(2))});
    return list;
}

void ReviewStore::mark_released(ApplicationId application, Seconds now)
{
    connection_.execute("UPDATE decisions SET released_at = ? WHERE application_id = ?", {now, application.value});
}

}  // namespace pmi::review
