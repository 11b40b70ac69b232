#include "calls/call_store.hpp"

#include <nlohmann/json.hpp>

#include "core/localized_json.hpp"

namespace pmi::calls {
namespace {

std::string join(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

std::vector<std::string> split(const std::string& joined)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < joined.size()) {
        auto comma = joined.find(',', start);
        if (comma == std::string::npos) comma = joined.size();
        if (comma > start) items.push_back(joined.substr(start, comma - start));
        start = comma + 1;
    }
    return items;
}

std::string choices_json(const std::vector<Choice>& choices)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& choice : choices) list.push_back({{"code", choice.code}, {"label", localized_json(choice.label)}});
    return list.dump();
}

std::vector<Choice> choices_from(const std::string& json)
{
    std::vector<Choice> choices;
    const auto list = nlohmann::json::parse(json);
    for (const auto& item : list) choices.push_back({item.at("code").get<std::string>(), LocalizedText::from_json(item.at("label").dump())});
    return choices;
}

constexpr std::string_view kCallColumns =
    "SELECT id, slug, title, description, countries, areas, opens_at, deadline_at, time_zone, review_due_at,"
    " reviews_per_application, updated_at FROM calls";

Call read_call(const db::Row& row)
{
    Call call;
    call.id = CallId{row.integer(0)};
    call.slug = row.text(1);
    call.title = LocalizedText::from_json(row.text(2));
    call.description = LocalizedText::from_json(row.text(3));
    call.countries = split(row.text(4));
    call.areas = split(row.text(5));
    call.opens_at = row.integer(6);
    call.deadline_at = row.integer(7);
    call.time_zone = row.text(8);
    call.review_due_at = row.integer(9);
    call.reviews_per_application = static_cast<int>(row.integer(10));
    call.updated_at = row.integer(11);
    return call;
}

constexpr std::string_view kSummaryColumns =
    "SELECT a.id, a.call_id, c.slug, c.title, o.name, a.status, a.updated_at, a.submitted_at FROM applications a"
    " JOIN calls c ON c.id = a.call_id JOIN organisations o ON o.id = a.organisation_id";

ApplicationSummary read_summary(const db::Row& row)
{
    return ApplicationSummary{ApplicationId{row.integer(0)}, CallId{row.integer(1)}, row.text(2),
                              LocalizedText::from_json(row.text(3)), row.text(4),
                              application_status_from_code(row.text(5)).value_or(ApplicationStatus::Draft),
                              row.integer(6), row.optional_integer(7)};
}

}  // namespace

void CallStore::load_details(Call& call)
{
    for (const auto& row : connection_.query(
             "SELECT name, guidance, weight, scale_max FROM call_criteria WHERE call_id = ? ORDER BY position", {call.id.value}))
        call.criteria.push_back({LocalizedText::from_json(row.text(0)), LocalizedText::from_json(row.text(1)),
                                 static_cast<int>(row.integer(2)), static_cast<int>(row.integer(3))});
    for (const auto& row : connection_.query(
             "SELECT code, kind, label, help, required, word_limit, choices FROM call_questions WHERE call_id = ? ORDER BY position",
             {call.id.value})) {
        Question question;
        question.code = row.text(0);
        question.kind = question_kind_from_code(row.text(1)).value_or(QuestionKind::Text);
        question.label = LocalizedText::from_json(row.text(2));
        question.help = LocalizedText::from_json(row.text(3));
        question.required = row.boolean(4);
        if (auto limit = row.optional_integer(5)) question.word_limit = static_cast<int>(*limit);
        question.choices = choices_from(row.text(6));
        call.questions.push_back(std::move(question));
    }
}

std::vector<Call> CallStore::list()
{
    static const std::string sql = std::string(kCallColumns) + " ORDER BY deadline_at DESC, id";
    std::vector<Call> calls;
    for (const auto& row : connection_.query(sql)) calls.push_back(read_call(row));
    for (auto& call : calls) load_details(call);
    return calls;
}

std::string CallStore::change_signature()
{
    auto row = connection_.query_one("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM calls");
    return row->text(0) + ":" + row->text(1);
}

std::optional<Call> CallStore::find(std::string_view slug)
{
    static const std::string sql = std::string(kCallColumns) + " WHERE slug = ?";
    auto row = connection_.query_one(sql, {slug});
    if (!row) return std::nullopt;
    Call call = read_call(*row);
    load_details(call);
    return call;
}

std::optional<Call> CallStore::find(CallId id)
{
    static const std::string sql = std::string(kCallColumns) + " WHERE id = ?";
    auto row = connection_.query_one(sql, {id.value});
    if (!row) return std::nullopt;
    Call call = read_call(*row);
    load_details(call);
    return call;
}

CallId CallStore::save(const Call& call, Seconds now)
{
    CallId id = call.id;
    const db::Parameters fields = {call.slug, call.title.to_json(), call.description.to_json(), join(call.countries),
                                   join(call.areas), call.opens_at, call.deadline_at, call.time_zone, call.review_due_at,
                                   call.reviews_per_application, now};
    if (!id.valid()) {
        auto parameters = fields;
        parameters.push_back(now);
        id = CallId{connection_.query_one(
            "INSERT INTO calls (slug, title, description, countries, areas, opens_at, deadline_at, time_zone, review_due_at,"
            " reviews_per_application, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            parameters)->integer(0)};
    } else {
        auto parameters = fields;
        parameters.push_back(id.value);
        connection_.execute(
            "UPDATE calls SET slug = ?, title = ?, description = ?, countries = ?, areas = ?, opens_at = ?, deadline_at = ?,"
            " time_zone = ?, review_due_at = ?, reviews_per_application = ?, updated_at = ? WHERE id = ?",
            parameters);
        connection_.execute("DELETE FROM call_criteria WHERE call_id = ?", {id.value});
        connection_.execute("DELETE FROM call_questions WHERE call_id = ?", {id.value});
    }
    int position = 0;
    for (const auto& criterion : call.criteria)
        connection_.execute("INSERT INTO call_criteria (call_id, position, name, guidance, weight, scale_max) VALUES (?, ?, ?, ?, ?, ?)",
                            {id.value, ++position, criterion.name.to_json(), criterion.guidance.to_json(), criterion.weight,
                             criterion.scale_max});
    position = 0;
    for (const auto& question : call.questions)
        connection_.execute(
            "INSERT INTO call_questions (call_id, position, code, kind, label, help, required, word_limit, choices)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {id.value, ++position, question.code, question_kind_code(question.kind), question.label.to_json(),
             question.help.to_json(), question.required, question.word_limit, choices_json(question.choices)});
    return id;
}

std::optional<Application> ApplicationStore::find(ApplicationId id)
{
    auto row = connection_.query_one(
        "SELECT a.id, a.call_id, a.organisation_id, o.name, a.status, a.version, a.created_at, a.updated_at, a.submitted_at"
        " FROM applications a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?",
        {id.value});
    if (!row) return std::nullopt;
    Application application{ApplicationId{row->integer(0)},
                            CallId{row->integer(1)},
                            OrganisationId{row->integer(2)},
                            row->text(3),
                            application_status_from_code(row->text(4)).value_or(ApplicationStatus::Draft),
                            static_cast<int>(row->integer(5)),
                            {},
                            row->integer(6),
                            row->integer(7),
                            row->optional_integer(8)};
    for (const auto& answer : connection_.query("SELECT question_code, value FROM application_answers WHERE application_id = ?", {id.value}))
        application.answers.emplace(answer.text(0), answer.text(1));
    return application;
}

std::optional<ApplicationId> ApplicationStore::find_for(CallId call, OrganisationId organisation)
{
    auto row = connection_.query_one("SELECT id FROM applications WHERE call_id = ? AND organisation_id = ?",
                                     {call.value, organisation.value});
    if (!row) return std::nullopt;
    return ApplicationId{row->integer(0)};
}

ApplicationId ApplicationStore::insert(CallId call, OrganisationId organisation, Seconds now)
{
    return ApplicationId{connection_.query_one(
        "INSERT INTO applications (call_id, organisation_id, status, version, created_at, updated_at) VALUES (?, ?, 'draft', 0, ?, ?)"
        " RETURNING id",
        {call.value, organisation.value, now, now})->integer(0)};
}

bool ApplicationStore::save_answers(ApplicationId id, const Answers& answers, int expected_version, Seconds now)
{
    if (connection_.execute("UPDATE applications SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                            {now, id.value, expected_version}) != 1)
        return false;
    for (const auto& [code, value] : answers)
        connection_.execute(
            "INSERT INTO application_answers (application_id, question_code, value) VALUES (?, ?, ?)"
            " ON CONFLICT (application_id, question_code) DO UPDATE SET value = excluded.value",
            {id.value, code, value});
    return true;
}

bool ApplicationStore::set_status(ApplicationId id, ApplicationStatus status, int expected_version, Seconds now,
                                  std::optional<Seconds> submitted_at)
{
    return connection_.execute(
               "UPDATE applications SET status = ?, version = version + 1, updated_at = ?, submitted_at = ? WHERE id = ? AND version = ?",
               {application_status_code(status), now, submitted_at, id.value, expected_version}) == 1;
}

void ApplicationStore::add_version(ApplicationId id, int version, const Actor& actor, Seconds at, std::string_view event,
                                   const std::vector<std::string>& changed, const Answers& answers)
{
    nlohmann::json snapshot = nlohmann::json::object();
    for (const auto& [code, value] : answers) snapshot[code] = value;
    std::optional<std::int64_t> user;
    if (actor.signed_in()) user = actor.user_id.value;
    connection_.execute(
        "INSERT INTO application_versions (application_id, version, user_id, user_name, at, event, changed, answers)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {id.value, version, user, actor.name, at, event, join(changed), snapshot.dump()});
}

std::vector<ApplicationVersion> ApplicationStore::versions(ApplicationId id)
{
    std::vector<ApplicationVersion> versions;
    for (const auto& row : connection_.query(
             "SELECT version, user_name, at, event, changed FROM application_versions WHERE application_id = ? ORDER BY version DESC",
             {id.value}))
        versions.push_back({static_cast<int>(row.integer(0)), row.text(1), row.integer(2), row.text(3), split(row.text(4))});
    return versions;
}

std::vector<ApplicationSummary> ApplicationStore::for_organisations(const std::vector<OrganisationId>& organisations)
{
    static const std::string sql = std::string(kSummaryColumns) + " WHERE a.organisation_id = ? ORDER BY c.deadline_at DESC";
    std::vector<ApplicationSummary> list;
    for (auto organisation : organisations)
        for (const auto& row : connection_.query(sql, {organisation.value})) list.push_back(read_summary(row));
    return list;
}

std::optional<LocalizedText> ApplicationStore::released_decision(ApplicationId id)
{
    auto row = connection_.query_one("SELECT message FROM decisions WHERE application_id = ? AND released_at IS NOT NULL", {id.value});
    if (!row) return std::nullopt;
    return LocalizedText::from_json(row->text(0));
}

bool ApplicationStore::assigned_reviewer(ApplicationId id, UserId user)
{
    return connection_.query_one(
               "SELECT 1 FROM review_assignments ra WHERE ra.application_id = ? AND ra.reviewer_id = ?"
               " AND NOT EXISTS (SELECT 1 FROM review_conflicts rc WHERE rc.application_id = ra.application_id"
               " AND rc.reviewer_id = ra.reviewer_id)",
               {id.value, user.value}).has_value();
}

std::vector<ApplicationSummary> ApplicationStore::for_call(CallId call)
{
    static const std::string sql = std::string(kSummaryColumns) + " WHERE a.call_id = ? ORDER BY o.name";
    std::vector<ApplicationSummary> list;
    for (const auto& row : connection_.query(sql, {call.value})) list.push_back(read_summary(row));
    return list;
}

std::vector<Attachment> AttachmentStore::of(ApplicationId application)
{
    std::vector<Attachment> list;
    for (const auto& row : connection_.query(
             "SELECT id, question_code, file_name, content_type, size, sha256, uploaded_at FROM application_files"
             " WHERE application_id = ? ORDER BY id",
             {application.value}))
        list.push_back({FileId{row.integer(0)}, row.text(1), row.text(2), row.text(3), row.integer(4), row.text(5), row.integer(6)});
    return list;
}

FileId AttachmentStore::insert(ApplicationId application, const Attachment& file, UserId by)
{
    return FileId{connection_.query_one(
        "INSERT INTO application_files (application_id, question_code, file_name, content_type, size, sha256, uploaded_by, uploaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {application.value, file.question_code, file.file_name, file.content_type, file.size, file.sha256, by.value,
         file.uploaded_at})->integer(0)};
}

void AttachmentStore::remove(ApplicationId application, FileId file)
{
    connection_.execute("DELETE FROM application_files WHERE id = ? AND application_id = ?", {file.value, application.value});
}

}  // namespace pmi::calls
