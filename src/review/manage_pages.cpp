// The officer's side of review: reviewers, assignment, ranking, decisions, release.
#include <algorithm>
#include <cmath>
#include <map>

#include "core/translator.hpp"
#include "review/pages.hpp"
#include "site/view_helpers.hpp"

namespace pmi::review {
namespace {

CallId call_of(const web::Exchange& exchange)
{
    return CallId{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())};
}

std::int64_t number(std::string_view text)
{
    return std::atoll(std::string(text.substr(0, 18)).c_str());
}

Normalisation normalisation_of(const web::Request& request)
{
    const auto query = request.query();
    return query.get("normalise") == "z" ? Normalisation::ZScore : Normalisation::None;
}

std::string_view outcome_label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Selected: return N_("Selected");
    case Outcome::NotSelected: return N_("Not selected");
    case Outcome::Waitlisted: return N_("Waitlisted");
    }
    return N_("Not selected");
}

std::string one_decimal(double value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}  // namespace

web::Response ReviewPages::overview_page(web::Exchange& exchange, CallId call_id, const Error* error)
{
    auto call = calls_.call_for_editing(exchange.actor, call_id);
    if (!call.ok()) return refuse(exchange, call.error());
    auto seats = reviews_.reviewers(exchange.actor, call_id).value();
    auto pool = reviews_.reviewer_pool(exchange.actor).value();
    auto pairs = reviews_.assignments(exchange.actor, call_id).value();
    auto applications = calls_.applications_of_call(exchange.actor, call_id).value();
    return web::form_page(views_, exchange, "review/views/manage_review.tpl", "Review", {}, error, [&](auto& body) {
        body.SetIntValue("CALL_ID", static_cast<long>(call_id.value));
        site::set_localized(body, "TITLE", call->title, exchange, views_.i18n);
        std::map<std::int64_t, int> load;
        for (const auto& pair : pairs) ++load[pair.reviewer.value];
        std::vector<std::pair<std::string, std::string>> areas;  // code, name in the reader's language
        for (const auto& area : site_.areas())
            if (std::count(call->areas.begin(), call->areas.end(), area.code)) areas.emplace_back(area.code, area.name.pick(exchange.language).text);
        for (const auto& [code, name] : areas) {
            auto* field = body.AddSectionDictionary("AREA");
            field->SetValue("CODE", code);
            field->SetValue("NAME", name);
        }
        for (const auto& seat : seats) {
            auto* row = body.AddSectionDictionary("SEAT");
            row->SetIntValue("ID", static_cast<long>(seat.reviewer.value));
            row->SetValue("NAME", seat.name);
            row->SetIntValue("CAPACITY", seat.capacity);
            row->SetIntValue("LOAD", load[seat.reviewer.value]);
            std::string expertise;
            for (const auto& [code, name] : areas) {
                auto level = seat.expertise.find(code);
                if (!expertise.empty()) expertise += ", ";
                expertise += name + " " + std::to_string(level == seat.expertise.end() ? 0 : level->second);
            }
            row->SetValue("EXPERTISE", expertise);
        }
        for (const auto& person : pool) {
            auto* row = body.AddSectionDictionary("POOL");
            row->SetIntValue("ID", static_cast<long>(person.reviewer.value));
            row->SetValue("NAME", person.name);
        }
        for (const auto& pair : pairs) {
            auto* row = body.AddSectionDictionary("PAIR");
            row->SetValue("ORGANISATION", pair.organisation_name);
            row->SetValue("REVIEWER", pair.reviewer_name);
            row->SetIntValue("APPLICATION_ID", static_cast<long>(pair.application.value));
            row->SetIntValue("REVIEWER_ID", static_cast<long>(pair.reviewer.value));
            row->SetIntValue("CALL_ID", static_cast<long>(call_id.value));
            row->SetValue("STATUS", views_.i18n.translate(exchange.language, pair.submitted_at ? N_("Submitted") : N_("To do")));
            if (pair.pinned) row->ShowSection("PINNED");
            if (!pair.submitted_at) row->ShowSection("REMOVABLE");
        }
        for (const auto& application : applications) {
            auto* row = body.AddSectionDictionary("APPLICATION");
            row->SetIntValue("ID", static_cast<long>(application.id.value));
            row->SetValue("NAME", application.organisation_name);
        }
    });
}

web::Response ReviewPages::overview(web::Exchange& exchange)
{
    return overview_page(exchange, call_of(exchange), nullptr);
}

web::Response ReviewPages::set_reviewer(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const CallId call = call_of(exchange);
    Expertise expertise;
    for (const auto& area : site_.areas())
        if (auto level = form.get("expertise_" + area.code); !level.empty())
            expertise[area.code] = static_cast<int>(std::clamp<std::int64_t>(number(level), -1, 100));
    auto result = reviews_.set_reviewer(exchange.actor, call, UserId{number(form.get("reviewer_id"))},
                                        static_cast<int>(std::clamp<std::int64_t>(number(form.get("capacity")), -1, 100000)), expertise);
    if (result.ok()) return web::Response::redirect("/manage/calls/" + std::to_string(call.value) + "/review?notice=saved");
    return overview_page(exchange, call, &result.error());
}

web::Response ReviewPages::assign(web::Exchange& exchange)
{
    const CallId call = call_of(exchange);
    auto result = reviews_.assign(exchange.actor, call);
    if (result.ok()) return web::Response::redirect("/manage/calls/" + std::to_string(call.value) + "/review?notice=saved");
    return overview_page(exchange, call, &result.error());
}

web::Response ReviewPages::pin(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const CallId call = call_of(exchange);
    auto result = reviews_.pin(exchange.actor, calls::ApplicationId{number(form.get("application_id"))}, UserId{number(form.get("reviewer_id"))});
    if (result.ok()) return web::Response::redirect("/manage/calls/" + std::to_string(call.value) + "/review?notice=saved");
    return overview_page(exchange, call, &result.error());
}

web::Response ReviewPages::unassign(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const CallId call = call_of(exchange);
    auto result = reviews_.unassign(exchange.actor, calls::ApplicationId{number(form.get("application_id"))}, UserId{number(form.get("reviewer_id"))});
    if (result.ok()) return web::Response::redirect("/manage/calls/" + std::to_string(call.value) + "/review?notice=saved");
    return overview_page(exchange, call, &result.error());
}

web::Response ReviewPages::ranking_page(web::Exchange& exchange, CallId call_id, const Error* error)
{
    auto call = calls_.call_for_editing(exchange.actor, call_id);
    if (!call.ok()) return refuse(exchange, call.error());
    const auto normalisation = normalisation_of(exchange.request);
    auto ranking = reviews_.ranking(exchange.actor, call_id, normalisation);
    if (!ranking.ok()) return refuse(exchange, ranking.error());
    const auto& i18n = views_.i18n;
    return web::form_page(views_, exchange, "review/views/ranking.tpl", "Ranking", {}, error, [&](auto& body) {
        body.SetIntValue("CALL_ID", static_cast<long>(call_id.value));
        site::set_localized(body, "TITLE", call->title, exchange, i18n);
        body.ShowSection(normalisation == Normalisation::ZScore ? "NORMALISED" : "RAW");
        if (normalisation == Normalisation::ZScore) body.ShowSection("Z");
        body.SetIntValue("CHART_HEIGHT", static_cast<long>(std::max<std::size_t>(1, ranking->size()) * 24 + 8));
        int rank = 0;
        for (const auto& entry : *ranking) {
            auto* row = body.AddSectionDictionary("ROW");
            row->SetIntValue("RANK", ++rank);
            row->SetIntValue("ID", static_cast<long>(entry.application.value));
            row->SetIntValue("CALL_ID", static_cast<long>(call_id.value));
            row->SetValue("NAME", entry.organisation_name);
            row->SetValue("TOTAL", i18n.number(exchange.language, entry.total, 1));
            row->SetValue("SPREAD", i18n.number(exchange.language, entry.spread, 1));
            row->SetIntValue("REVIEWS", entry.reviews);
            if (entry.disputed) row->ShowSection("DISPUTED");
            for (auto outcome : {Outcome::Selected, Outcome::Waitlisted, Outcome::NotSelected}) {
                auto* option = row->AddSectionDictionary("OUTCOME");
                option->SetValue("CODE", std::string(outcome_code(outcome)));
                option->SetValue("LABEL", i18n.translate(exchange.language, outcome_label(outcome)));
                if (entry.decision == outcome) option->ShowSection("SELECTED");
            }
            for (const auto& language : i18n.languages()) {
                auto* item = row->AddSectionDictionary("LANGUAGE");
                item->SetValue("CODE", language.code);
                item->SetValue("NAME", language.name);
            }
            auto* bar = body.AddSectionDictionary("BAR");
            const long width = std::lround(entry.total * 3.6);
            bar->SetValue("NAME", entry.organisation_name.substr(0, 32));
            bar->SetValue("TOTAL", one_decimal(entry.total));
            bar->SetIntValue("LABEL_Y", 20 + (rank - 1) * 24);
            bar->SetIntValue("BAR_Y", 8 + (rank - 1) * 24);
            bar->SetIntValue("WIDTH", std::max(1L, width));
            bar->SetIntValue("VALUE_X", 226 + std::max(1L, width));
            if (entry.disputed) bar->ShowSection("DISPUTED");
        }
    });
}

web::Response ReviewPages::ranking(web::Exchange& exchange)
{
    return ranking_page(exchange, call_of(exchange), nullptr);
}

web::Response ReviewPages::ranking_csv(web::Exchange& exchange)
{
    auto ranking = reviews_.ranking(exchange.actor, call_of(exchange), normalisation_of(exchange.request));
    if (!ranking.ok()) return refuse(exchange, ranking.error());
    web::Response response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = ranking_to_csv(*ranking);
    response.headers.add("Content-Disposition", "attachment; filename=\"ranking.csv\"");
    return response;
}

web::Response ReviewPages::ranking_xlsx(web::Exchange& exchange)
{
    const CallId call_id = call_of(exchange);
    auto ranking = reviews_.ranking(exchange.actor, call_id, normalisation_of(exchange.request));
    if (!ranking.ok()) return refuse(exchange, ranking.error());
    auto call = calls_.call_for_editing(exchange.actor, call_id);
    web::Response response;
    response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    response.body = ranking_to_xlsx(*ranking, call.ok() ? call->title.pick("en").text : "Ranking");
    response.compressible = false;
    response.headers.add("Content-Disposition", "attachment; filename=\"ranking.xlsx\"");
    return response;
}

web::Response ReviewPages::decide(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const CallId call = call_of(exchange);
    const calls::ApplicationId application{std::atoll(std::string(exchange.request.path_parameter("application")).c_str())};
    // The address names the call: an application of another call is not found here.
    if (auto view = calls_.application(exchange.actor, application); !view.ok() || view->call.id != call)
        return refuse(exchange, view.ok() ? not_found() : view.error());
    auto outcome = outcome_from_code(form.get("outcome"));
    LocalizedText message;
    for (const auto& language : views_.i18n.languages()) message.set(language.code, std::string(form.get("message_" + language.code)));
    Status result = outcome ? reviews_.decide(exchange.actor, application, *outcome, message)
                            : Status(invalid("outcome", "Choose selected, waitlisted or not selected."));
    if (result.ok()) return web::Response::redirect("/manage/calls/" + std::to_string(call.value) + "/ranking?notice=saved");
    return ranking_page(exchange, call, &result.error());
}

web::Response ReviewPages::release(web::Exchange& exchange)
{
    const CallId call = call_of(exchange);
    auto result = reviews_.release(exchange.actor, call);
    if (result.ok()) return web::Response::redirect("/manage/calls/" + std::to_string(call.value) + "/ranking?notice=saved");
    return ranking_page(exchange, call, &result.error());
}

}  // namespace pmi::review
