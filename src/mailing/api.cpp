#include "mailing/api.hpp"

#include "core/localized_json.hpp"
#include "mailing/view_helpers.hpp"
#include "web/json.hpp"

namespace pmi::mailing {
namespace {

nlohmann::json report_json(const CampaignReport& report)
{
    const auto& c = report.campaign;
    const auto& m = report.messages;
    nlohmann::json json = {{"id", c.id.value},
                           {"kind", campaign_kind_code(c.kind)},
                           {"status", campaign_status_code(c.status)},
                           {"subject", localized_json(c.subject)},
                           {"topics", c.topics},
                           {"languages", c.languages},
                           {"recipients", c.recipients},
                           {"messages", {{"queued", m.queued + m.sending}, {"sent", m.sent}, {"failed", m.failed}, {"withheld", m.withheld}}},
                           {"unsubscribes", report.unsubscribes}};
    if (c.scheduled_at) json["scheduled_at"] = *c.scheduled_at;
    if (c.queued_at) json["queued_at"] = *c.queued_at;
    return json;
}

}  // namespace

web::Response MailingApi::subscribe(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    SubscriptionRequest request;
    for (auto [field, target] : {std::pair{"email", &request.email}, {"name", &request.name}, {"language", &request.language},
                                 {"organisation", &request.organisation}}) {
        auto value = web::json_string(*body, field);
        if (!value.ok()) return web::json_error(i18n_, exchange, value.error());
        *target = *value;
    }
    auto topics = body->find("topics");
    if (topics != body->end() && topics->is_array())
        for (const auto& topic : *topics)
            if (topic.is_string()) request.topics.push_back(topic.get<std::string>());
    auto consent = body->find("consent");
    request.consent = consent != body->end() && consent->is_boolean() && consent->get<bool>();
    request.shown_in = exchange.language;
    request.ip = exchange.request.client_address;
    request.account_email = exchange.actor.email;
    request.source = consent_source(exchange.request);
    auto result = subscriptions_.subscribe(request);
    if (!result.ok()) return web::json_error(i18n_, exchange, result.error());
    if (*result == Subscribed::AtOnce) return web::json_response(201, {{"status", "subscribed"}});
    return web::json_response(202, {{"status", "confirmation_sent"}});
}

web::Response MailingApi::campaigns(web::Exchange& exchange)
{
    auto list = campaigns_.campaigns(exchange.actor, std::atoi(std::string(exchange.request.query().get("page")).c_str()));
    if (!list.ok()) return web::json_error(i18n_, exchange, list.error());
    nlohmann::json json = nlohmann::json::array();
    for (const auto& report : *list) json.push_back(report_json(report));
    return web::json_response(200, {{"campaigns", json}});
}

web::Response MailingApi::campaign(web::Exchange& exchange)
{
    auto report = campaigns_.report(exchange.actor, CampaignId{std::atoll(std::string(exchange.request.path_parameter("id").substr(0, 18)).c_str())});
    if (!report.ok()) return web::json_error(i18n_, exchange, report.error());
    return web::json_response(200, report_json(*report));
}

web::Response MailingApi::subscriber(web::Exchange& exchange)
{
    auto exported = subscribers_.export_json(exchange.actor, SubscriberId{std::atoll(std::string(exchange.request.path_parameter("id").substr(0, 18)).c_str())});
    if (!exported.ok()) return web::json_error(i18n_, exchange, exported.error());
    auto response = web::Response::json(200, *exported);
    response.headers.set("Cache-Control", "no-store");
    return response;
}

}  // namespace pmi::mailing

namespace pmi::mailing {

std::vector<web::ApiOperation> MailingApi::operations()
{
    using web::Method;
    return {
        {Method::Post, "/api/v1/mailing/subscriptions", "Subscribe to the distribution list: a confirmation link is mailed (double opt-in)",
         {{"email", "string", "Email address"}, {"name", "string", "Name"}, {"language", "string", "en, fr or es"},
          {"organisation", "string", "Organisation, may be empty"}, {"topics", "array", "Topic codes: calls, news and the regions"},
          {"consent", "boolean", "true: the person agrees to receive the chosen topics"}},
         {}, {{201, "Subscribed at once (a signed-in account's own verified address)"}, {202, "Confirmation sent"}, {422, ""}, {429, ""}}},
        {Method::Get, "/api/v1/mailing/campaigns", "Officers: the campaigns with their state", {}, {}, {{200, "{\"campaigns\": [...]}"}, {403, ""}}},
        {Method::Get, "/api/v1/mailing/campaigns/:id", "Officers: a campaign's report: queued, sent, failed, unsubscribes", {}, {},
         {{200, "The report"}, {403, ""}, {404, ""}}},
        {Method::Get, "/api/v1/mailing/subscribers/:id", "Admins: a subscriber's whole record (access request), consent ledger included", {}, {},
         {{200, "The record"}, {403, ""}, {404, ""}}},
    };
}

}  // namespace pmi::mailing
