#include "calls/api.hpp"

#include "calls/call_json.hpp"
#include "calls/pages.hpp"
#include "calls/uploaded_file.hpp"
#include "calls/rules.hpp"
#include "web/json.hpp"

namespace pmi::calls {
namespace {

nlohmann::json application_json(const ApplicationView& view)
{
    const auto& a = view.application;
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& [code, value] : a.answers) answers[code] = value;
    nlohmann::json json = {{"id", a.id.value}, {"call", view.call.slug}, {"organisation_id", a.organisation_id.value},
                           {"organisation", a.organisation_name}, {"status", application_status_code(a.status)},
                           {"version", a.version}, {"answers", answers}, {"updated_at", a.updated_at}};
    if (a.submitted_at) json["submitted_at"] = *a.submitted_at;
    return json;
}

nlohmann::json attachment_json(ApplicationId application, const Attachment& file)
{
    return {{"id", file.id.value}, {"question", file.question_code}, {"file_name", file.file_name},
            {"content_type", file.content_type}, {"size", file.size}, {"sha256", file.sha256}, {"uploaded_at", file.uploaded_at},
            {"download", "/applications/" + std::to_string(application.value) + "/files/" + std::to_string(file.id.value)}};
}

nlohmann::json summary_json(const ApplicationSummary& a)
{
    nlohmann::json json = {{"id", a.id.value}, {"organisation", a.organisation_name}, {"status", application_status_code(a.status)},
                           {"updated_at", a.updated_at}};
    if (a.submitted_at) json["submitted_at"] = *a.submitted_at;
    return json;
}

}  // namespace

web::Response CallApi::create(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto call = call_from_json(*body);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto saved = calls_.save_call(exchange.actor, *call);
    return web::json_result(i18n_, exchange, saved, 201, saved.ok() ? nlohmann::json{{"id", saved->value}, {"slug", call->slug}} : nlohmann::json());
}

web::Response CallApi::update(web::Exchange& exchange)
{
    auto existing = calls_.call(exchange.request.path_parameter("slug"));
    if (!existing.ok()) return web::json_error(i18n_, exchange, existing.error());
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto call = call_from_json(*body);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    call->id = existing->id;
    auto saved = calls_.save_call(exchange.actor, *call);
    return web::json_result(i18n_, exchange, saved, 200, saved.ok() ? nlohmann::json{{"id", saved->value}, {"slug", call->slug}} : nlohmann::json());
}

web::Response CallApi::applications(web::Exchange& exchange)
{
    auto call = calls_.call(exchange.request.path_parameter("slug"));
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto list = calls_.applications_of_call(exchange.actor, call->id);
    if (!list.ok()) return web::json_error(i18n_, exchange, list.error());
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& a : *list) rows.push_back(summary_json(a));
    return web::json_response(200, {{"applications", rows}});
}

web::Response CallApi::history(web::Exchange& exchange)
{
    auto versions = calls_.history(exchange.actor, application_id(exchange));
    if (!versions.ok()) return web::json_error(i18n_, exchange, versions.error());
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& v : *versions)
        rows.push_back({{"version", v.version}, {"user", v.user_name}, {"at", v.at}, {"event", v.event}, {"changed", v.changed}});
    return web::json_response(200, {{"versions", rows}});
}

web::Response CallApi::files(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    auto list = attachments_.list(exchange.actor, id);
    if (!list.ok()) return web::json_error(i18n_, exchange, list.error());
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& file : *list) rows.push_back(attachment_json(id, file));
    return web::json_response(200, {{"files", rows}});
}

web::Response CallApi::upload(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    auto upload = uploaded_file(exchange.request);
    if (!upload.ok()) return web::json_error(i18n_, exchange, upload.error());
    auto attached = attachments_.attach(exchange.actor, id, upload->question, upload->file_name, upload->data);
    if (!attached.ok()) return web::json_error(i18n_, exchange, attached.error());
    for (const auto& file : attachments_.list(exchange.actor, id).value())
        if (file.id == *attached) return web::json_response(201, attachment_json(id, file));
    return web::json_error(i18n_, exchange, not_found());
}

web::Response CallApi::remove_file(web::Exchange& exchange)
{
    FileId file{std::atoll(std::string(exchange.request.path_parameter("file")).c_str())};
    auto removed = attachments_.detach(exchange.actor, application_id(exchange), file);
    return web::json_result(i18n_, exchange, removed, 200, {{"status", "removed"}});
}

web::Response CallApi::list(web::Exchange&)
{
    nlohmann::json calls = nlohmann::json::array();
    const Seconds now = calls_.now();
    for (const auto& call : calls_.calls()) calls.push_back(call_to_json(call, now));
    return web::json_response(200, {{"calls", calls}});
}

web::Response CallApi::show(web::Exchange& exchange)
{
    auto call = calls_.call(exchange.request.path_parameter("slug"));
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    return web::json_response(200, call_to_json(*call, calls_.now()));
}

web::Response CallApi::start(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto organisation = body->find("organisation_id");
    if (organisation == body->end() || !organisation->is_number_integer())
        return web::json_error(i18n_, exchange, invalid("organisation_id", "Give organisation_id, the number of your municipality."));
    auto started = calls_.start_application(exchange.actor, exchange.request.path_parameter("slug"),
                                            OrganisationId{organisation->get<std::int64_t>()});
    if (!started.ok()) return web::json_error(i18n_, exchange, started.error());
    auto view = calls_.application(exchange.actor, *started);
    return web::json_result(i18n_, exchange, view, 201, view.ok() ? application_json(*view) : nlohmann::json());
}

web::Response CallApi::application(web::Exchange& exchange)
{
    auto view = calls_.application(exchange.actor, application_id(exchange));
    return web::json_result(i18n_, exchange, view, 200, view.ok() ? application_json(*view) : nlohmann::json());
}

web::Response CallApi::save(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto version = body->find("version");
    auto answers_json = body->find("answers");
    if (version == body->end() || !version->is_number_integer())
        return web::json_error(i18n_, exchange, invalid("version", "Give version, the version number you last read."));
    if (answers_json == body->end() || !answers_json->is_object())
        return web::json_error(i18n_, exchange, invalid("answers", "Give answers as an object of question code to text."));
    Answers answers;
    for (const auto& [code, value] : answers_json->items()) {
        if (!value.is_string()) return web::json_error(i18n_, exchange, invalid("q_" + code.substr(0, 60), "Each answer must be a string."));
        answers[code] = value.get<std::string>();
    }
    auto saved = calls_.save_draft(exchange.actor, application_id(exchange), answers, version->get<int>());
    return web::json_result(i18n_, exchange, saved, 200, saved.ok() ? nlohmann::json{{"version", *saved}} : nlohmann::json());
}

web::Response CallApi::status_change(web::Exchange& exchange, Status (CallService::*change)(const Actor&, ApplicationId))
{
    const ApplicationId id = application_id(exchange);
    auto result = (calls_.*change)(exchange.actor, id);
    if (!result.ok()) return web::json_error(i18n_, exchange, result.error());
    auto view = calls_.application(exchange.actor, id);
    return web::json_result(i18n_, exchange, view, 200, view.ok() ? application_json(*view) : nlohmann::json());
}

web::Response CallApi::submit(web::Exchange& exchange)
{
    return status_change(exchange, &CallService::submit);
}

web::Response CallApi::withdraw(web::Exchange& exchange)
{
    return status_change(exchange, &CallService::withdraw);
}

web::Response CallApi::reopen(web::Exchange& exchange)
{
    return status_change(exchange, &CallService::reopen);
}

}  // namespace pmi::calls

namespace pmi::calls {

std::vector<web::ApiOperation> CallApi::operations()
{
    using web::Method;
    const std::pair<int, std::string> application{200, "The application: id, call, organisation, status, version, answers"};
    return {
        {Method::Get, "/api/v1/calls", "Published calls for partnership, open ones first", {}, {}, {{200, "{\"calls\": [call]}"}}},
        {Method::Get, "/api/v1/calls/:slug", "One call: text in every language, countries, areas, dates, rubric and form", {}, {},
         {{200, "The call"}, {404, ""}}},
        {Method::Post, "/api/v1/calls/:slug/applications", "Start the application of a municipality (one per municipality and call)",
         {{"organisation_id", "integer", "Your municipality, of which you are applicant staff"}}, {},
         {{201, "The new draft application"}, {403, ""}, {409, ""}, {422, ""}}},
        {Method::Get, "/api/v1/applications/:id", "An application, for its municipality's staff and program officers", {}, {},
         {application, {401, ""}, {404, ""}}},
        {Method::Post, "/api/v1/applications/:id/answers", "Save draft answers; refused after the deadline",
         {{"version", "integer", "The version you last read; a newer one on the server is a conflict"},
          {"answers", "object", "Question code → answer text"}},
         {}, {{200, "{\"version\": new version}"}, {409, ""}, {422, ""}}},
        {Method::Post, "/api/v1/applications/:id/submit", "Submit before the deadline; every missing required answer is listed", {}, {},
         {application, {409, ""}, {422, ""}}},
        {Method::Post, "/api/v1/applications/:id/withdraw", "Withdraw a submitted application before the deadline", {}, {},
         {application, {409, ""}}},
        {Method::Post, "/api/v1/applications/:id/reopen", "Reopen a submitted or withdrawn application as a draft before the deadline", {}, {},
         {application, {409, ""}}},
        {Method::Post, "/api/v1/calls", "Officers: create a call (the shape GET /api/v1/calls/{slug} returns; dates in seconds since 1970 UTC)",
         {{"slug", "string", "The call's address name"}, {"title", "object", "Language code → title"},
          {"description", "object", "Language code → Markdown", false}, {"countries", "array", "ISO codes: BF CI ML KH VN NI BO"},
          {"areas", "array", "Programming area codes"}, {"time_zone", "string", "IANA zone the dates are stated in"},
          {"opens_at", "integer", "Opening moment"}, {"deadline_at", "integer", "First moment submissions are refused"},
          {"review_due_at", "integer", "Reviews due"}, {"reviews_per_application", "integer", "Reviews per application", false},
          {"criteria", "array", "[{name, guidance, weight, scale_max}]"}, {"questions", "array", "[{code, kind, label, help, required, word_limit, choices}]"}},
         {}, {{201, "{id, slug}"}, {403, ""}, {409, ""}, {422, ""}}},
        {Method::Post, "/api/v1/calls/:slug", "Officers: replace a call's settings (same body as creating one)", {{"title", "object", "and every other field of a call"}}, {},
         {{200, "{id, slug}"}, {403, ""}, {404, ""}, {409, ""}, {422, ""}}},
        {Method::Get, "/api/v1/calls/:slug/applications", "Officers: every application to a call, with its status", {}, {},
         {{200, "{\"applications\": [{id, organisation, status, updated_at, submitted_at}]}"}, {403, ""}, {404, ""}}},
        {Method::Get, "/api/v1/applications/:id/history", "The application's versions: who saved, submitted, withdrew or reopened, and which answers changed",
         {}, {}, {{200, "{\"versions\": [{version, user, at, event, changed}]}"}, {404, ""}}},
        {Method::Get, "/api/v1/applications/:id/files", "The application's files, each with its download address", {}, {},
         {{200, "{\"files\": [{id, question, file_name, content_type, size, sha256, download}]}"}, {404, ""}}},
        {Method::Post, "/api/v1/applications/:id/files",
         "Attach a file (multipart/form-data: question, file): PDF, DOCX, XLSX, JPEG or PNG by content, 10 MB each, 50 MB per application",
         {}, {}, {{201, "The file"}, {409, ""}, {413, ""}, {422, ""}}},
        {Method::Post, "/api/v1/applications/:id/files/:file/delete", "Remove a file from a draft before the deadline", {}, {},
         {{200, "Removed"}, {404, ""}, {409, ""}}},
    };
}

}  // namespace pmi::calls
