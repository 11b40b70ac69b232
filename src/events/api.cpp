#include "events/api.hpp"

#include "core/localized_json.hpp"
#include "events/pages.hpp"
#include "web/json.hpp"

namespace pmi::events {
namespace {

nlohmann::json event_json(const Event& event)
{
    return {{"id", event.id.value}, {"kind", kind_code(event.kind)}, {"title", localized_json(event.title)},
            {"description", localized_json(event.description)}, {"starts_at", event.starts_at}, {"ends_at", event.ends_at},
            {"time_zone", event.time_zone}, {"place", event.place}, {"online_url", event.online_url}, {"capacity", event.capacity},
            {"registered", event.registered}, {"waiting", event.waiting},
            {"status", event.status == EventStatus::Cancelled ? "cancelled" : "scheduled"}, {"published", event.published},
            {"ics", "/events/" + std::to_string(event.id.value) + "/event.ics"}, {"updated_at", event.updated_at}};
}

}  // namespace

web::Response EventApi::list(web::Exchange& exchange)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& event : events_.list(exchange.actor)) list.push_back(event_json(event));
    return web::json_response(200, {{"events", list}, {"feed", "/events.ics"}});
}

web::Response EventApi::show(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    auto found = events_.event(exchange.actor, id);
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    auto json = event_json(*found);
    auto registration = events_.registration_of(exchange.actor, id);
    json["registration"] = registration ? nlohmann::json(registration_status_code(registration->status)) : nlohmann::json(nullptr);
    return web::json_response(200, json);
}

web::Response EventApi::register_for(web::Exchange& exchange)
{
    auto registered = events_.register_for(exchange.actor, event_id_of(exchange));
    if (!registered.ok()) return web::json_error(i18n_, exchange, registered.error());
    return web::json_response(201, {{"status", registration_status_code(*registered)}});
}

web::Response EventApi::cancel_registration(web::Exchange& exchange)
{
    auto cancelled = events_.cancel_registration(exchange.actor, event_id_of(exchange));
    if (!cancelled.ok()) return web::json_error(i18n_, exchange, cancelled.error());
    return web::json_response(200, {{"status", "cancelled"}});
}

std::vector<web::ApiOperation> EventApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/events", "Events and missions by start: published ones, and drafts for officers", {}, {},
         {{200, "{events: [...], feed}"}}},
        {Method::Get, "/api/v1/events/:id", "One event, with the caller's registration (registered, waiting or null)", {}, {},
         {{200, "The event"}, {404, ""}}},
        {Method::Post, "/api/v1/events/:id/registration", "Register the signed-in caller: a place while there is one, else the waiting list",
         {}, {}, {{201, "{status: registered | waiting}"}, {401, ""}, {404, ""}, {409, "Already registered, cancelled or started"}}},
        {Method::Post, "/api/v1/events/:id/registration/cancel", "Cancel the caller's registration; a freed place goes to the first who waits",
         {}, {}, {{200, "{status: cancelled}"}, {401, ""}, {409, "Not registered"}}},
    };
}

}  // namespace pmi::events
