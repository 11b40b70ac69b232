#include "calls/api.hpp"

#include "calls/pages.hpp"
#include "calls/rules.hpp"
#include "web/json.hpp"

namespace pmi::calls {
namespace {

nlohmann::json localized(const LocalizedText& text)
{
    return nlohmann::json::parse(text.to_json());
}

nlohmann::json call_json(const Call& call, Seconds now)
{
    nlohmann::json criteria = nlohmann::json::array();
    for (const auto& c : call.criteria)
        criteria.push_back({{"name", localized(c.name)}, {"guidance", localized(c.guidance)}, {"weight", c.weight}, {"scale_max", c.scale_max}});
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& q : call.questions) {
        nlohmann::json question = {{"code", q.code}, {"kind", question_kind_code(q.kind)}, {"label", localized(q.label)},
                                   {"help", localized(q.help)}, {"required", q.required}};
        if (q.word_limit) question["word_limit"] = *q.word_limit;
        for (const auto& choice : q.choices) question["choices"].push_back({{"code", choice.code}, {"label", localized(choice.label)}});
        questions.push_back(question);
    }
    const char* phases[] = {"upcoming", "open", "closed"};
    return {{"slug", call.slug}, {"title", localized(call.title)}, {"description", localized(call.description)},
            {"countries", call.countries}, {"areas", call.areas}, {"opens_at", call.opens_at},
            {"deadline_at", call.deadline_at}, {"time_zone", call.time_zone}, {"review_due_at", call.review_due_at},
            {"phase", phases[static_cast<int>(phase(call, now))]}, {"criteria", criteria}, {"questions", questions}};
}

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

}  // namespace

web::Response CallApi::list(web::Exchange&)
{
    nlohmann::json calls = nlohmann::json::array();
    const Seconds now = calls_.now();
    for (const auto& call : calls_.calls()) calls.push_back(call_json(call, now));
    return web::json_response(200, {{"calls", calls}});
}

web::Response CallApi::show(web::Exchange& exchange)
{
    auto call = calls_.call(exchange.request.path_parameter("slug"));
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    return web::json_response(200, call_json(*call, calls_.now()));
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
    };
}

}  // namespace pmi::calls
