#include "calls/pages.hpp"

#include <algorithm>

#include "calls/rules.hpp"
#include "calls/view_helpers.hpp"
#include "core/translator.hpp"
#include "site/view_helpers.hpp"
#include "web/json.hpp"

namespace pmi::calls {

Answers answers_from_form(const web::Fields& form)
{
    Answers answers;
    for (const auto& [name, value] : form.entries())
        if (name.rfind("q_", 0) == 0 && name.size() > 2) answers[name.substr(2)] = value;
    return answers;
}

ApplicationId application_id(const web::Exchange& exchange)
{
    return ApplicationId{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())};
}

web::Response CallPages::refuse(web::Exchange& exchange, const Error& error)
{
    return web::refusal(views_, exchange, error);
}

web::Response CallPages::list(web::Exchange& exchange)
{
    const Seconds now = calls_.now();
    web::Page page(views_, exchange, "calls/views/calls.tpl");
    page.title(page.t("Calls for partnership"));
    auto& body = page.body();
    ctemplate::TemplateDictionary* sections[3] = {nullptr, nullptr, nullptr};
    const char* names[3] = {"UPCOMING", "OPEN", "CLOSED"};
    for (const auto& call : calls_.calls()) {
        int index = static_cast<int>(phase(call, now));
        if (!sections[index]) sections[index] = body.AddSectionDictionary(names[index]);
        auto* row = sections[index]->AddSectionDictionary("CALL");
        row->SetValue("SLUG", call.slug);
        site::set_localized(*row, "TITLE", call.title, exchange, views_.i18n);
        row->SetValue("DEADLINE", deadline_text(views_.i18n, exchange, call));
        row->SetValue("OPENS", views_.i18n.date_time_in(exchange.language, call.opens_at, call.time_zone));
        row->SetValue("TIME_LEFT", time_left_text(views_.i18n, exchange, call, now));
    }
    if (!sections[static_cast<int>(CallPhase::Open)]) body.ShowSection("NO_OPEN");
    return page.render();
}

void CallPages::add_open_calls(ctemplate::TemplateDictionary& body, const web::Exchange& exchange)
{
    const Seconds now = calls_.now();
    ctemplate::TemplateDictionary* section = nullptr;
    for (const auto& call : calls_.calls()) {
        if (phase(call, now) != CallPhase::Open) continue;
        if (!section) section = body.AddSectionDictionary("OPEN_CALLS");
        auto* row = section->AddSectionDictionary("CALL");
        row->SetValue("SLUG", call.slug);
        site::set_localized(*row, "TITLE", call.title, exchange, views_.i18n);
        row->SetValue("DEADLINE", deadline_text(views_.i18n, exchange, call));
        row->SetValue("TIME_LEFT", time_left_text(views_.i18n, exchange, call, now));
    }
}

web::Response CallPages::show(web::Exchange& exchange)
{
    auto call = calls_.call(exchange.request.path_parameter("slug"));
    if (!call.ok()) return web::error_page(views_, exchange, call.error());
    const Seconds now = calls_.now();
    const auto& i18n = views_.i18n;
    web::Page page(views_, exchange, "calls/views/call.tpl");
    page.title(call->title.pick(exchange.language).text).updated(call->updated_at);
    auto& body = page.body();
    body.SetValue("SLUG", call->slug);
    site::set_localized(body, "TITLE", call->title, exchange, i18n);
    site::set_localized(body, "DESCRIPTION", call->description, exchange, i18n, true);
    auto current = phase(*call, now);
    body.SetValue("PHASE", page.t(current == CallPhase::Open ? "Open" : current == CallPhase::Closed ? "Closed" : "Opening soon"));
    body.SetValue("OPENS", i18n.date_time_in(exchange.language, call->opens_at, call->time_zone));
    body.SetValue("DEADLINE", deadline_text(i18n, exchange, *call));
    if (current == CallPhase::Open) body.SetValueAndShowSection("TIME_LEFT", time_left_text(i18n, exchange, *call, now), "OPEN");
    body.SetValue("COUNTRIES", country_names(site_, exchange, call->countries));
    body.SetValue("AREAS", area_names(site_, exchange, call->areas));
    int total_weight = 0;
    for (const auto& criterion : call->criteria) total_weight += criterion.weight;
    for (const auto& criterion : call->criteria) {
        auto* row = body.AddSectionDictionary("CRITERION");
        site::set_localized(*row, "NAME", criterion.name, exchange, i18n);
        site::set_localized(*row, "GUIDANCE", criterion.guidance, exchange, i18n);
        row->SetIntValue("WEIGHT", total_weight ? std::lround(100.0 * criterion.weight / total_weight) : 0);
        row->SetIntValue("SCALE", criterion.scale_max);
    }
    auto memberships = calls_.applicant_memberships(exchange.actor);
    if (!exchange.actor.signed_in()) {
        if (current == CallPhase::Open) body.ShowSection("SIGN_IN_TO_APPLY");
    } else if (memberships.empty()) {
        if (current == CallPhase::Open) body.ShowSection("NOT_APPLICANT");
    } else if (current == CallPhase::Open) {
        auto* apply = body.AddSectionDictionary("CAN_APPLY");
        auto* list = apply->AddSectionDictionary(memberships.size() > 1 ? "CHOOSE_ORGANISATION" : "ONE_ORGANISATION");
        for (const auto& membership : memberships) {
            auto* option = memberships.size() > 1 ? list->AddSectionDictionary("ORGANISATION") : list;
            option->SetIntValue("ID", static_cast<long>(membership.organisation_id.value));
            option->SetValue("NAME", membership.organisation_name);
        }
    }
    return page.render();
}

web::Response CallPages::apply(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    OrganisationId organisation{std::atoll(std::string(form.get("organisation_id")).c_str())};
    auto started = calls_.start_application(exchange.actor, exchange.request.path_parameter("slug"), organisation);
    if (!started.ok()) return refuse(exchange, started.error());
    return web::Response::redirect("/applications/" + std::to_string(started->value));
}

web::Response CallPages::my_applications(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return refuse(exchange, unauthenticated());
    web::Page page(views_, exchange, "calls/views/my_applications.tpl");
    page.title(page.t("Your applications"));
    auto applications = calls_.my_applications(exchange.actor);
    auto* list = applications.empty() ? nullptr : page.body().AddSectionDictionary("APPLICATION_LIST");
    for (const auto& summary : applications) {
        auto* row = list->AddSectionDictionary("APPLICATION");
        row->SetIntValue("ID", static_cast<long>(summary.id.value));
        site::set_localized(*row, "TITLE", summary.call_title, exchange, views_.i18n);
        row->SetValue("ORGANISATION", summary.organisation_name);
        row->SetValue("STATUS", page.t(status_label(summary.status)));
        row->SetValue("UPDATED", views_.i18n.date_time(exchange.language, summary.updated_at));
    }
    if (applications.empty()) page.body().ShowSection("NONE");
    return page.render();
}

web::Response CallPages::application(web::Exchange& exchange)
{
    auto view = calls_.application(exchange.actor, application_id(exchange));
    if (!view.ok()) return refuse(exchange, view.error());
    return application_page(exchange, std::move(view.value()), nullptr, nullptr);
}

web::Response CallPages::save(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const ApplicationId id = application_id(exchange);
    auto answers = answers_from_form(form);
    auto saved = calls_.save_draft(exchange.actor, id, answers, std::atoi(std::string(form.get("version")).c_str()));
    if (exchange.request.headers.get("X-Autosave")) {
        if (!saved.ok()) return web::json_error(views_.i18n, exchange, saved.error());
        return web::json_response(200, {{"version", saved.value()},
                                        {"message", views_.i18n.translate(exchange.language, "Draft saved")}});
    }
    if (saved.ok()) return web::Response::redirect("/applications/" + std::to_string(id.value) + "?notice=saved");
    auto view = calls_.application(exchange.actor, id);
    if (!view.ok()) return refuse(exchange, view.error());
    return application_page(exchange, std::move(view.value()), &answers, &saved.error());
}

web::Response CallPages::after_status_change(web::Exchange& exchange, ApplicationId id, const Status& result)
{
    if (result.ok()) return web::Response::redirect("/applications/" + std::to_string(id.value) + "?notice=saved");
    auto view = calls_.application(exchange.actor, id);
    if (!view.ok()) return refuse(exchange, view.error());
    return application_page(exchange, std::move(view.value()), nullptr, &result.error());
}

web::Response CallPages::submit(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const ApplicationId id = application_id(exchange);
    // The submit button sends the form too: its answers are saved first.
    auto answers = answers_from_form(form);
    auto saved = calls_.save_draft(exchange.actor, id, answers, std::atoi(std::string(form.get("version")).c_str()));
    if (!saved.ok()) {
        auto view = calls_.application(exchange.actor, id);
        if (!view.ok()) return refuse(exchange, view.error());
        return application_page(exchange, std::move(view.value()), &answers, &saved.error());
    }
    return after_status_change(exchange, id, calls_.submit(exchange.actor, id));
}

web::Response CallPages::withdraw(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    return after_status_change(exchange, id, calls_.withdraw(exchange.actor, id));
}

web::Response CallPages::reopen(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    return after_status_change(exchange, id, calls_.reopen(exchange.actor, id));
}

web::Response CallPages::history(web::Exchange& exchange)
{
    const ApplicationId id = application_id(exchange);
    auto versions = calls_.history(exchange.actor, id);
    if (!versions.ok()) return refuse(exchange, versions.error());
    web::Page page(views_, exchange, "calls/views/history.tpl");
    page.title(page.t("Who changed what"));
    page.body().SetIntValue("ID", static_cast<long>(id.value));
    for (const auto& version : *versions) {
        auto* row = page.body().AddSectionDictionary("VERSION");
        row->SetIntValue("NUMBER", version.version);
        row->SetValue("AT", views_.i18n.date_time(exchange.language, version.at));
        row->SetValue("WHO", version.user_name);
        std::string what;
        if (version.event == "save") {
            for (const auto& code : version.changed) what += (what.empty() ? "" : ", ") + code;
            what = views_.i18n.format(exchange.language, "Changed the answers: {1}", {what});
        } else {
            const bool submitted = version.event == "submit", withdrawn = version.event == "withdraw";
            what = page.t(submitted ? N_("Submitted") : withdrawn ? N_("Withdrawn") : N_("Reopened"));
        }
        row->SetValue("WHAT", what);
    }
    return page.render();
}

}  // namespace pmi::calls
