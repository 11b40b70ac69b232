#include "review/api.hpp"

#include "web/json.hpp"

namespace pmi::review {
namespace {

calls::ApplicationId application_of(const web::Exchange& exchange)
{
    return calls::ApplicationId{std::atoll(std::string(exchange.request.path_parameter("application")).c_str())};
}

nlohmann::json scores_json(const std::vector<Score>& scores)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : scores) list.push_back({{"criterion", s.criterion}, {"score", s.score}, {"comment", s.comment}});
    return list;
}

nlohmann::json assignment_json(const AssignedReview& a)
{
    nlohmann::json json = {{"application_id", a.application.value}, {"reviewer_id", a.reviewer.value},
                           {"reviewer", a.reviewer_name}, {"organisation", a.organisation_name}, {"pinned", a.pinned}};
    if (a.submitted_at) json["submitted_at"] = *a.submitted_at;
    return json;
}

Result<std::int64_t> integer(const nlohmann::json& body, const std::string& name)
{
    auto found = body.find(name);
    if (found == body.end() || !found->is_number_integer()) return invalid(name, "Give {1} as a whole number.", {name});
    return found->get<std::int64_t>();
}

}  // namespace

Result<CallId> ReviewApi::call_id(const web::Exchange& exchange)
{
    auto call = calls_.call(exchange.request.path_parameter("slug"));
    if (!call.ok()) return call.error();
    return call->id;
}

web::Response ReviewApi::mine(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::json_error(i18n_, exchange, unauthenticated());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& review : reviews_.my_reviews(exchange.actor)) list.push_back(assignment_json(review));
    return web::json_response(200, {{"reviews", list}});
}

web::Response ReviewApi::sheet(web::Exchange& exchange)
{
    auto sheet = reviews_.sheet(exchange.actor, application_of(exchange));
    if (!sheet.ok()) return web::json_error(i18n_, exchange, sheet.error());
    nlohmann::json others = nlohmann::json::array();
    for (const auto& [name, scores] : sheet->others) others.push_back({{"reviewer", name}, {"scores", scores_json(scores)}});
    return web::json_response(200, {{"application_id", sheet->application.value}, {"submitted", sheet->submitted},
                                    {"scores", scores_json(sheet->mine)}, {"others", others}});
}

web::Response ReviewApi::scores(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto list = body->find("scores");
    if (list == body->end() || !list->is_array())
        return web::json_error(i18n_, exchange, invalid("scores", "Give scores as a list of {criterion, score, comment}."));
    std::vector<Score> scores;
    for (const auto& item : *list) {
        if (!item.is_object() || !item.contains("criterion") || !item["criterion"].is_number_integer() ||
            !item.contains("score") || !item["score"].is_number_integer())
            return web::json_error(i18n_, exchange, invalid("scores", "Each score needs a whole-number criterion and score."));
        std::string comment = item.contains("comment") && item["comment"].is_string() ? item["comment"].get<std::string>() : "";
        scores.push_back({item["criterion"].get<int>(), item["score"].get<int>(), comment});
    }
    auto saved = reviews_.save_scores(exchange.actor, application_of(exchange), scores);
    return web::json_result(i18n_, exchange, saved, 200, {{"status", "saved"}});
}

web::Response ReviewApi::submit(web::Exchange& exchange)
{
    auto result = reviews_.submit_review(exchange.actor, application_of(exchange));
    return web::json_result(i18n_, exchange, result, 200, {{"status", "submitted"}});
}

web::Response ReviewApi::conflict(web::Exchange& exchange)
{
    auto result = reviews_.declare_conflict(exchange.actor, application_of(exchange));
    return web::json_result(i18n_, exchange, result, 200, {{"status", "conflict_declared"}});
}

web::Response ReviewApi::set_reviewer(web::Exchange& exchange)
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto reviewer = integer(*body, "reviewer_id");
    auto capacity = integer(*body, "capacity");
    if (!reviewer.ok()) return web::json_error(i18n_, exchange, reviewer.error());
    if (!capacity.ok()) return web::json_error(i18n_, exchange, capacity.error());
    Expertise expertise;
    if (auto levels = body->find("expertise"); levels != body->end()) {
        if (!levels->is_object() || levels->size() > 20)
            return web::json_error(i18n_, exchange, invalid("expertise", "Give expertise as an object of programming area codes to levels 0 to 3."));
        for (const auto& [area, level] : levels->items()) {
            if (!level.is_number_integer())
                return web::json_error(i18n_, exchange, invalid("expertise_" + area, "Give an expertise level from 0 (none) to 3 (leading practice)."));
            expertise[area.substr(0, 60)] = static_cast<int>(std::clamp<std::int64_t>(level.get<std::int64_t>(), -1, 100));
        }
    }
    auto result = reviews_.set_reviewer(exchange.actor, *call, UserId{*reviewer}, static_cast<int>(std::clamp<std::int64_t>(*capacity, -1, 100000)), expertise);
    return web::json_result(i18n_, exchange, result, 200, {{"status", "saved"}});
}

web::Response ReviewApi::assign(web::Exchange& exchange)
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto summary = reviews_.assign(exchange.actor, *call);
    if (!summary.ok()) return web::json_error(i18n_, exchange, summary.error());
    return web::json_response(200, {{"applications", summary->applications}, {"reviewers", summary->reviewers},
                                    {"pairs", summary->pairs}, {"load", summary->load}});
}

web::Response ReviewApi::assignments(web::Exchange& exchange)
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto list = reviews_.assignments(exchange.actor, *call);
    if (!list.ok()) return web::json_error(i18n_, exchange, list.error());
    nlohmann::json json = nlohmann::json::array();
    for (const auto& a : *list) json.push_back(assignment_json(a));
    return web::json_response(200, {{"assignments", json}});
}

web::Response ReviewApi::ranking(web::Exchange& exchange)
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    const auto query = exchange.request.query();
    auto ranking = reviews_.ranking(exchange.actor, *call, query.get("normalise") == "z" ? Normalisation::ZScore : Normalisation::None);
    if (!ranking.ok()) return web::json_error(i18n_, exchange, ranking.error());
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : *ranking) {
        nlohmann::json json = {{"application_id", row.application.value}, {"organisation", row.organisation_name},
                               {"total", row.total}, {"spread", row.spread}, {"disputed", row.disputed}, {"reviews", row.reviews}};
        if (row.decision) json["decision"] = outcome_code(*row.decision);
        rows.push_back(json);
    }
    return web::json_response(200, {{"ranking", rows}});
}

web::Response ReviewApi::decide(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto outcome_text = web::json_string(*body, "outcome");
    if (!outcome_text.ok()) return web::json_error(i18n_, exchange, outcome_text.error());
    auto outcome = outcome_from_code(*outcome_text);
    if (!outcome) return web::json_error(i18n_, exchange, invalid("outcome", "Choose selected, waitlisted or not selected."));
    LocalizedText message;
    if (auto found = body->find("message"); found != body->end() && found->is_object())
        for (const auto& [language, text] : found->items())
            if (text.is_string() && i18n_.supports(language)) message.set(language, text.get<std::string>());
    auto result = reviews_.decide(exchange.actor, calls::ApplicationId{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())},
                                  *outcome, message);
    return web::json_result(i18n_, exchange, result, 200, {{"status", "decided"}});
}

web::Response ReviewApi::release(web::Exchange& exchange)
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto result = reviews_.release(exchange.actor, *call);
    return web::json_result(i18n_, exchange, result, 200, {{"status", "released"}});
}

web::Response ReviewApi::reviewers(web::Exchange& exchange)
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto seats = reviews_.reviewers(exchange.actor, *call);
    if (!seats.ok()) return web::json_error(i18n_, exchange, seats.error());
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& seat : *seats)
        rows.push_back({{"reviewer_id", seat.reviewer.value}, {"name", seat.name}, {"capacity", seat.capacity}, {"expertise", seat.expertise}});
    return web::json_response(200, {{"reviewers", rows}});
}

web::Response ReviewApi::change_pair(web::Exchange& exchange, Status (ReviewService::*change)(const Actor&, ApplicationId, UserId))
{
    auto call = call_id(exchange);
    if (!call.ok()) return web::json_error(i18n_, exchange, call.error());
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto application = integer(*body, "application_id");
    auto reviewer = integer(*body, "reviewer_id");
    if (!application.ok()) return web::json_error(i18n_, exchange, application.error());
    if (!reviewer.ok()) return web::json_error(i18n_, exchange, reviewer.error());
    auto result = (reviews_.*change)(exchange.actor, ApplicationId{*application}, UserId{*reviewer});
    return web::json_result(i18n_, exchange, result, 200, {{"status", "saved"}});
}

web::Response ReviewApi::pin(web::Exchange& exchange)
{
    return change_pair(exchange, &ReviewService::pin);
}

web::Response ReviewApi::unassign(web::Exchange& exchange)
{
    return change_pair(exchange, &ReviewService::unassign);
}

}  // namespace pmi::review

namespace pmi::review {

std::vector<web::ApiOperation> ReviewApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/reviews", "The signed-in reviewer's assigned reviews", {}, {}, {{200, "{\"reviews\": [assignment]}"}, {401, ""}}},
        {Method::Get, "/api/v1/reviews/:application", "A score sheet: one's own scores, and others' once one's own review is submitted",
         {}, {}, {{200, "{application_id, submitted, scores, others}"}, {404, ""}}},
        {Method::Post, "/api/v1/reviews/:application/scores", "Save scores and comments until the review due date",
         {{"scores", "array", "[{criterion: number from 1, score: 0..scale, comment: text}]"}}, {},
         {{200, "Saved"}, {409, ""}, {422, ""}}},
        {Method::Post, "/api/v1/reviews/:application/submit", "Submit one's review: every criterion needs a score", {}, {},
         {{200, "Submitted"}, {409, ""}, {422, ""}}},
        {Method::Post, "/api/v1/reviews/:application/conflict", "Declare a conflict of interest; the assignment is removed", {}, {},
         {{200, "Declared"}, {404, ""}}},
        {Method::Post, "/api/v1/calls/:slug/reviewers", "Officers: add a reviewer to a call (capacity 0 removes), with expertise by area",
         {{"reviewer_id", "integer", "A user with the reviewer role"}, {"capacity", "integer", "Most applications, 0..1000"},
          {"expertise", "object", "Programming area code → level 0 (none) to 3 (leading practice)", false}},
         {}, {{200, "Saved"}, {403, ""}, {422, ""}}},
        {Method::Post, "/api/v1/calls/:slug/assignment", "Officers: compute the optimal assignment after the deadline", {}, {},
         {{200, "{applications, reviewers, pairs, load}"}, {403, ""}, {422, ""}}},
        {Method::Get, "/api/v1/calls/:slug/assignments", "Officers: who reviews what", {}, {}, {{200, "{\"assignments\": [...]}"}, {403, ""}}},
        {Method::Get, "/api/v1/calls/:slug/ranking", "Officers: applications by weighted total score",
         {}, {{"normalise", "string", "z: rank on each reviewer's z-scores", false}},
         {{200, "{\"ranking\": [{application_id, organisation, total, spread, disputed, reviews, decision}]}"}, {403, ""}}},
        {Method::Post, "/api/v1/applications/:id/decision", "Officers: record a decision and its message (released later)",
         {{"outcome", "string", "selected, waitlisted or not_selected"}, {"message", "object", "Language code → message text", false}},
         {}, {{200, "Decided"}, {403, ""}, {422, ""}}},
        {Method::Get, "/api/v1/calls/:slug/reviewers", "Officers: the call's reviewers, their capacity and expertise", {}, {},
         {{200, "{\"reviewers\": [{reviewer_id, name, capacity, expertise}]}"}, {403, ""}}},
        {Method::Post, "/api/v1/calls/:slug/assignments/pin", "Officers: assign a reviewer by hand; the pair stays when the assignment is computed again",
         {{"application_id", "integer", "The application"}, {"reviewer_id", "integer", "A reviewer of the call"}}, {},
         {{200, "Saved"}, {403, ""}, {409, ""}, {422, ""}}},
        {Method::Post, "/api/v1/calls/:slug/assignments/remove", "Officers: remove an assignment whose review is not submitted",
         {{"application_id", "integer", "The application"}, {"reviewer_id", "integer", "Its reviewer"}}, {},
         {{200, "Saved"}, {403, ""}, {404, ""}, {409, ""}}},
        {Method::Post, "/api/v1/calls/:slug/release", "Officers: release every decision of the call at once, by mail", {}, {},
         {{200, "Released"}, {403, ""}, {422, ""}}},
    };
}

}  // namespace pmi::review
