// The list's overview, subscribers and their records, imports and the sender's identity.
#include <cstdio>
#include <ctime>

#include "calls/time_zone.hpp"
#include "core/translator.hpp"
#include "mailing/charts.hpp"
#include "mailing/manage_pages.hpp"
#include "mailing/topics.hpp"
#include "mailing/view_helpers.hpp"

namespace pmi::mailing {
namespace {

std::int64_t number(std::string_view text)
{
    return std::atoll(std::string(text.substr(0, 18)).c_str());
}

SubscriberId subscriber_of(const web::Exchange& exchange)
{
    return SubscriberId{number(exchange.request.path_parameter("id"))};
}

std::string month_label(Seconds month)
{
    std::time_t t = static_cast<std::time_t>(month);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m", &utc);
    return text;
}

std::string_view status_label(SubscriberStatus status)
{
    switch (status) {
    case SubscriberStatus::Pending: return N_("Awaiting confirmation");
    case SubscriberStatus::Active: return N_("Receives mail");
    case SubscriberStatus::Unsubscribed: return N_("Unsubscribed");
    case SubscriberStatus::Bounced: return N_("Bounced");
    }
    return N_("Awaiting confirmation");
}

std::string_view action_label(ConsentAction action)
{
    switch (action) {
    case ConsentAction::Request: return N_("Asked");
    case ConsentAction::Grant: return N_("Consent given");
    case ConsentAction::Withdraw: return N_("Consent withdrawn");
    }
    return N_("Asked");
}

std::string_view message_status_label(outbox::Status status)
{
    switch (status) {
    case outbox::Status::Queued: return N_("Queued");
    case outbox::Status::Sending: return N_("Sending");
    case outbox::Status::Sent: return N_("Sent");
    case outbox::Status::Failed: return N_("Failed");
    case outbox::Status::Withheld: return N_("Withheld");
    }
    return N_("Queued");
}

web::Response download(std::string content_type, std::string body, std::string_view file_name)
{
    web::Response response;
    response.content_type = std::move(content_type);
    response.body = std::move(body);
    response.headers.add("Content-Disposition", "attachment; filename=\"" + std::string(file_name) + "\"");
    response.headers.set("Cache-Control", "no-store");
    return response;
}

}  // namespace

web::Response MailingManagePages::refuse(web::Exchange& exchange, const Error& error)
{
    return web::refusal(views_, exchange, error);
}

std::string MailingManagePages::topic_list(const std::vector<std::string>& codes, const web::Exchange& exchange)
{
    return topic_names(topics(site_.content()->regions), codes, views_.i18n, exchange.language);
}

web::Response MailingManagePages::overview(web::Exchange& exchange)
{
    auto counts = subscribers_.counts(exchange.actor);
    if (!counts.ok()) return refuse(exchange, counts.error());
    auto growth = subscribers_.growth(exchange.actor, 12).value();
    web::Page page(views_, exchange, "mailing/views/manage.tpl");
    page.title(page.t("Distribution list"));
    auto& body = page.body();
    body.SetIntValue("ACTIVE", static_cast<long>(counts->active));
    body.SetIntValue("PENDING", static_cast<long>(counts->pending));
    body.SetIntValue("UNSUBSCRIBED", static_cast<long>(counts->unsubscribed));
    body.SetIntValue("BOUNCED", static_cast<long>(counts->bounced));
    if (exchange.actor.has_role(Role::Admin)) body.ShowSection("ADMIN");
    std::vector<ChartValue> totals;
    for (const auto& point : growth) {
        totals.push_back({month_label(point.month).substr(2), point.total, "bar"});
        auto* row = body.AddSectionDictionary("MONTH");
        row->SetValue("LABEL", month_label(point.month));
        row->SetIntValue("JOINED", static_cast<long>(point.joined));
        row->SetIntValue("LEFT", static_cast<long>(point.left));
        row->SetIntValue("TOTAL", static_cast<long>(point.total));
    }
    columns(body, totals);
    return page.render();
}

web::Response MailingManagePages::subscribers(web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    const int number = std::clamp(std::atoi(std::string(query.get("page")).c_str()), 0, 100000);
    auto found = subscribers_.search(exchange.actor, query.get("q"), number);
    if (!found.ok()) return refuse(exchange, found.error());
    web::Page page(views_, exchange, "mailing/views/subscribers.tpl");
    page.title(page.t("Subscribers"));
    auto& body = page.body();
    body.SetValue("QUERY", std::string(query.get("q")));
    for (const auto& subscriber : *found) {
        auto* row = body.AddSectionDictionary("SUBSCRIBER");
        row->SetIntValue("ID", static_cast<long>(subscriber.id.value));
        row->SetValue("EMAIL", subscriber.email);
        row->SetValue("NAME", subscriber.name);
        row->SetValue("ORGANISATION", subscriber.organisation);
        row->SetValue("LANGUAGE", subscriber.language);
        row->SetValue("STATUS", page.t(status_label(subscriber.status)));
        row->SetValue("SINCE", views_.i18n.date(exchange.language, subscriber.confirmed_at.value_or(subscriber.created_at)));
    }
    if (found->empty()) body.ShowSection("NONE");
    const std::string base = "/manage/mailing/subscribers?q=" + web::percent_encode(query.get("q")) + "&page=";
    if (number > 0) body.SetValueAndShowSection("PREVIOUS_URL", base + std::to_string(number - 1), "PREVIOUS");
    if (found->size() == static_cast<std::size_t>(kSubscribersPerPage))
        body.SetValueAndShowSection("NEXT_URL", base + std::to_string(number + 1), "NEXT");
    return page.render();
}

web::Response MailingManagePages::subscriber_page(web::Exchange& exchange, SubscriberId id, const Error* error)
{
    auto record = subscribers_.record(exchange.actor, id);
    if (!record.ok()) return refuse(exchange, record.error());
    const auto& i18n = views_.i18n;
    const auto& language = exchange.language;
    const auto& s = record->subscriber;
    web::Page page(views_, exchange, "mailing/views/subscriber.tpl");
    page.title(s.email);
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(s.id.value));
    body.SetValue("EMAIL", s.email);
    body.SetValue("NAME", s.name);
    body.SetValue("ORGANISATION", s.organisation);
    body.SetValue("LANGUAGE", s.language);
    body.SetValue("STATUS", page.t(status_label(s.status)));
    if (s.status == SubscriberStatus::Bounced) body.SetValueAndShowSection("BOUNCE_REPLY", s.bounce_reply, "BOUNCE");
    body.SetValue("CREATED", i18n.date_time(language, s.created_at));
    for (const auto& subscription : record->subscriptions) {
        auto* row = body.AddSectionDictionary("TOPIC");
        row->SetValue("NAME", topic_list({subscription.topic}, exchange));
        row->SetValue("STATE", page.t(subscription.state == SubscriptionState::Active ? N_("Consent given") : N_("Awaiting confirmation")));
        row->SetValue("SINCE", i18n.date(language, subscription.since));
        row->SetValue("EXPIRES", subscription.expires_at ? i18n.date(language, *subscription.expires_at) : "—");
    }
    for (const auto& event : record->ledger) {
        auto* row = body.AddSectionDictionary("EVENT");
        row->SetValue("AT", i18n.date_time(language, event.at));
        row->SetValue("TOPIC", topic_list({event.topic}, exchange));
        row->SetValue("ACTION", page.t(action_label(event.action)));
        row->SetValue("METHOD", page.t(consent_method_label(event.method)));
        row->SetValue("TYPE", page.t(event.consent_type == ConsentType::Implied ? N_("Implied") : N_("Express")));
        if (event.expires_at) row->SetValueAndShowSection("EXPIRES_AT", i18n.date(language, *event.expires_at), "EXPIRES");
        row->SetValue("IP", event.ip);
        row->SetValue("SOURCE", event.source);
        row->SetValue("RECORDED_BY", event.recorded_by);
        if (event.wording) {
            auto* wording = row->AddSectionDictionary("WORDING");
            wording->SetValue("VERSION", event.wording->version);
            wording->SetValue("WORDING_LANGUAGE", event.wording->language);
            wording->SetValue("TEXT", event.wording->text);
        }
        if (event.campaign) row->SetValueAndShowSection("CAMPAIGN_ID", std::to_string(event.campaign->value), "CAMPAIGN");
    }
    for (const auto& message : record->messages) {
        auto* row = body.AddSectionDictionary("MESSAGE");
        row->SetValue("SUBJECT", message.subject);
        row->SetValue("STATUS", page.t(message_status_label(message.status)));
        row->SetValue("WRITTEN", i18n.date_time(language, message.created_at));
        row->SetValue("SENT", message.sent_at ? i18n.date_time(language, *message.sent_at) : "—");
    }
    if (exchange.actor.has_role(Role::Admin)) body.ShowSection("ADMIN");
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingManagePages::subscriber(web::Exchange& exchange)
{
    return subscriber_page(exchange, subscriber_of(exchange), nullptr);
}

web::Response MailingManagePages::export_json(web::Exchange& exchange)
{
    auto exported = subscribers_.export_json(exchange.actor, subscriber_of(exchange));
    if (!exported.ok()) return refuse(exchange, exported.error());
    return download("application/json; charset=utf-8", std::move(*exported), "subscriber.json");
}

web::Response MailingManagePages::export_csv(web::Exchange& exchange)
{
    auto exported = subscribers_.export_csv(exchange.actor, subscriber_of(exchange));
    if (!exported.ok()) return refuse(exchange, exported.error());
    return download("text/csv; charset=utf-8", std::move(*exported), "subscriber.csv");
}

web::Response MailingManagePages::erase(web::Exchange& exchange)
{
    const SubscriberId id = subscriber_of(exchange);
    if (exchange.request.form().get("confirm") != "yes") {
        const Error missing = invalid("confirm", "Tick the box to confirm that the subscriber asked to be erased.");
        return subscriber_page(exchange, id, &missing);
    }
    auto result = subscribers_.erase(exchange.actor, id);
    if (!result.ok()) return refuse(exchange, result.error());
    return web::Response::redirect("/manage/mailing/subscribers?notice=subscriber-erased");
}

web::Response MailingManagePages::import_page(web::Exchange& exchange, const web::Fields& fields, const Error* error,
                                              const ImportReport* report)
{
    if (auto allowed = campaigns_.can_manage(exchange.actor); !allowed.ok()) return refuse(exchange, allowed.error());
    web::Page page(views_, exchange, "mailing/views/import.tpl");
    page.title(page.t("Import addresses"));
    auto& body = page.body();
    web::refill(body, fields);
    web::language_options(body, views_.i18n, fields.get("language").empty() ? exchange.language : fields.get("language"));
    const auto checked = fields.all("topics");
    topic_checkboxes(body, topics(site_.content()->regions), {checked.begin(), checked.end()}, views_.i18n, exchange.language);
    body.ShowSection(fields.get("consent_type") == "implied" ? "IMPLIED" : "EXPRESS");
    if (report) {
        auto* section = body.AddSectionDictionary("REPORT");
        section->SetValue("ADDED_TEXT", views_.i18n.plural(exchange.language, "{1} subscriber added.", "{1} subscribers added.", report->added));
        section->SetValue("UPDATED_TEXT", views_.i18n.plural(exchange.language, "{1} subscriber updated.", "{1} subscribers updated.", report->updated));
        if (!report->skipped.empty()) {
            auto* skipped = section->AddSectionDictionary("SKIPPED");
            for (const auto& line : report->skipped)
                skipped->AddSectionDictionary("LINE")->SetValue("MESSAGE", views_.i18n.error_text(exchange.language, line));
        }
    }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingManagePages::import_form(web::Exchange& exchange)
{
    return import_page(exchange, web::Fields{}, nullptr, nullptr);
}

web::Response MailingManagePages::import(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    ImportRequest request;
    request.lines = std::string(form.get("lines"));
    for (auto topic : form.all("topics")) request.topics.emplace_back(topic);
    request.consent_type = form.get("consent_type") == "implied" ? ConsentType::Implied : ConsentType::Express;
    request.source = std::string(form.get("source"));
    request.language = std::string(form.get("language"));
    if (!form.get("implied_until").empty()) {
        auto until = calls::local_to_utc(std::string(form.get("implied_until")) + "T23:59", "UTC", "implied_until");
        if (until.ok()) request.implied_until = *until;
    }
    auto report = subscribers_.import(exchange.actor, request);
    if (!report.ok()) {
        if (refused_outright(report.error())) return refuse(exchange, report.error());
        return import_page(exchange, form, &report.error(), nullptr);
    }
    return import_page(exchange, web::Fields{}, nullptr, &*report);
}

web::Response MailingManagePages::sender_page(web::Exchange& exchange, const SenderIdentity& identity, const Error* error)
{
    auto effective = campaigns_.sender(exchange.actor);
    if (!effective.ok()) return refuse(exchange, effective.error());
    web::Page page(views_, exchange, "mailing/views/sender.tpl");
    page.title(page.t("Sender identity"));
    const auto errors = error ? flatten(*error) : std::vector<Error>{};
    struct Field {
        const char* name;
        std::string_view label;
        const std::string SenderIdentity::*value;
        bool lines;
    };
    const Field fields[] = {{"name", N_("Name of the sender"), &SenderIdentity::name, false},
                            {"postal_address", N_("Mailing address"), &SenderIdentity::postal_address, true},
                            {"email", N_("Contact email"), &SenderIdentity::email, false},
                            {"phone", N_("Contact telephone"), &SenderIdentity::phone, false},
                            {"website", N_("Website"), &SenderIdentity::website, false}};
    for (const auto& field : fields) {
        auto* row = page.body().AddSectionDictionary("FIELD");
        row->SetValue("NAME", field.name);
        row->SetValue("LABEL", page.t(field.label));
        row->SetValue("VALUE", identity.*field.value);
        row->SetValue("EFFECTIVE", (*effective).*field.value);
        row->ShowSection(field.lines ? "LINES" : "LINE");
        for (const auto& problem : errors)
            if (problem.field == field.name) row->SetValueAndShowSection("ERROR", views_.i18n.error_text(exchange.language, problem), "INVALID");
    }
    page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingManagePages::sender_form(web::Exchange& exchange)
{
    auto stored = subscribers_.stored_sender(exchange.actor);
    if (!stored.ok()) return refuse(exchange, stored.error());
    return sender_page(exchange, *stored, nullptr);
}

web::Response MailingManagePages::save_sender(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    SenderIdentity identity{std::string(form.get("name")), std::string(form.get("postal_address")), std::string(form.get("email")),
                            std::string(form.get("phone")), std::string(form.get("website"))};
    auto result = subscribers_.save_sender(exchange.actor, identity);
    if (result.ok()) return web::Response::redirect("/manage/mailing/sender?notice=saved");
    if (refused_outright(result.error())) return refuse(exchange, result.error());
    return sender_page(exchange, identity, &result.error());
}

}  // namespace pmi::mailing
