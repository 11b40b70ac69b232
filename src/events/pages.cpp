// The public event pages and the calendar files.
#include "events/pages.hpp"

#include <algorithm>

#include "calls/time_zone.hpp"
#include "events/rules.hpp"
#include "site/view_helpers.hpp"
#include "web/path_id.hpp"

namespace pmi::events {
namespace {

constexpr std::string_view kReaderZone = "America/Toronto";  // the program's office, for readers who pick none

std::string reader_zone(const web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    auto zone = query.get("tz");
    return calls::valid_time_zone(zone) ? std::string(zone) : std::string(kReaderZone);
}

}  // namespace

EventId event_id_of(const web::Exchange& exchange)
{
    return web::path_id<EventId>(exchange);
}

void fill_event(ctemplate::TemplateDictionary& row, const Event& event, const web::Exchange& exchange, const web::I18n& i18n,
                const std::string& zone)
{
    row.SetIntValue("ID", static_cast<long>(event.id.value));
    site::set_localized(row, "TITLE", event.title, exchange, i18n);
    row.SetValue("KIND", i18n.translate(exchange.language, kind_label(event.kind)));
    row.SetValue("STARTS", i18n.date_time_in(exchange.language, event.starts_at, event.time_zone));
    row.SetValue("ENDS", i18n.date_time_in(exchange.language, event.ends_at, event.time_zone));
    row.SetValue("STARTS_READER", i18n.date_time_in(exchange.language, event.starts_at, zone));
    row.SetValue("STARTS_ISO", calls::utc_to_local(event.starts_at, "UTC") + "Z");
    if (!event.place.empty()) row.SetValueAndShowSection("PLACE", event.place, "IN_PERSON");
    if (!event.online_url.empty()) row.SetValueAndShowSection("ONLINE_URL", event.online_url, "ONLINE");
    row.SetValue("PLACES", i18n.plural(exchange.language, "{1} place", "{1} places", event.capacity));
    row.SetValue("PLACES_LEFT", i18n.plural(exchange.language, "{1} place left", "{1} places left", std::max(0, event.capacity - event.registered)));
    if (event.status == EventStatus::Cancelled) row.ShowSection("CANCELLED");
    if (!event.published) row.ShowSection("DRAFT");
}

web::Response EventPages::list(web::Exchange& exchange)
{
    const auto zone = reader_zone(exchange);
    const Seconds now = std::time(nullptr);
    web::Page page(views_, exchange, "events/views/events.tpl");
    page.title(page.t("Events and missions"));
    auto& body = page.body();
    auto* upcoming = body.AddSectionDictionary("GROUP");
    upcoming->SetValue("GROUP_ID", "upcoming");
    upcoming->SetValue("HEADING", page.t("Coming up"));
    auto* past = body.AddSectionDictionary("GROUP");
    past->SetValue("GROUP_ID", "past");
    past->SetValue("HEADING", page.t("Past events"));
    int upcoming_count = 0, past_count = 0;
    for (const auto& event : events_.list(exchange.actor)) {
        const bool is_past = event.ends_at <= now;
        fill_event(*(is_past ? past : upcoming)->AddSectionDictionary("EVENT"), event, exchange, views_.i18n, zone);
        ++(is_past ? past_count : upcoming_count);
    }
    if (upcoming_count == 0) upcoming->SetValueAndShowSection("EMPTY_TEXT", page.t("No event is planned yet."), "EMPTY");
    if (past_count == 0) past->SetValueAndShowSection("EMPTY_TEXT", page.t("No past event."), "EMPTY");
    return page.render();
}

web::Response EventPages::show(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    auto found = events_.event(exchange.actor, id);
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& event = *found;
    const auto zone = reader_zone(exchange);
    web::Page page(views_, exchange, "events/views/event.tpl");
    page.title(event.title.pick(exchange.language).text).updated(event.updated_at);
    auto& body = page.body();
    fill_event(body, event, exchange, views_.i18n, zone);
    site::set_localized(body, "DESCRIPTION", event.description, exchange, views_.i18n, true);
    for (auto program_zone : calls::program_time_zones()) {
        auto* option = body.AddSectionDictionary("ZONE");
        option->SetValue("NAME", std::string(program_zone));
        if (program_zone == zone) option->ShowSection("SELECTED");
    }
    const bool open = event.status == EventStatus::Scheduled && event.starts_at > std::time(nullptr);
    if (!exchange.actor.signed_in()) {
        if (open) body.ShowSection("SIGN_IN_TO_REGISTER");
    } else if (auto registration = events_.registration_of(exchange.actor, id)) {
        body.ShowSection(registration->status == RegistrationStatus::Registered ? "IS_REGISTERED" : "IS_WAITING");
        if (open) body.ShowSection("CAN_CANCEL");
    } else if (open) {
        body.ShowSection(event.registered < event.capacity ? "CAN_REGISTER" : "CAN_WAIT");
    }
    if (exchange.actor.runs_program()) body.ShowSection("MANAGES");
    return page.render();
}

web::Response EventPages::register_for(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    auto registered = events_.register_for(exchange.actor, id);
    if (!registered.ok()) return web::refusal(views_, exchange, registered.error());
    return web::Response::redirect("/events/" + std::to_string(id.value) + "?notice=" +
                                   (*registered == RegistrationStatus::Registered ? "event-registered" : "event-waiting"));
}

web::Response EventPages::cancel_registration(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    auto cancelled = events_.cancel_registration(exchange.actor, id);
    if (!cancelled.ok()) return web::refusal(views_, exchange, cancelled.error());
    return web::Response::redirect("/events/" + std::to_string(id.value) + "?notice=event-registration-cancelled");
}

CalendarEntry EventPages::calendar_entry(const Event& event, std::string_view language) const
{
    const auto host = public_origin_.substr(public_origin_.find("//") == std::string::npos ? 0 : public_origin_.find("//") + 2);
    std::string location = event.place;
    if (!event.online_url.empty()) location += (location.empty() ? "" : " · ") + event.online_url;
    const auto url = public_origin_ + "/events/" + std::to_string(event.id.value);
    return {"event-" + std::to_string(event.id.value) + "@" + host, event.title.pick(language).text,
            event.description.pick(language).text, location, url, event.starts_at, event.ends_at, event.updated_at,
            event.status == EventStatus::Cancelled};
}

web::Response EventPages::calendar_response(const std::vector<CalendarEntry>& entries, const std::string& file_name) const
{
    auto response = web::Response::text(200, calendar(entries, "PMI-LED"));
    response.content_type = "text/calendar; charset=utf-8";
    response.headers.add("Content-Disposition", "inline; filename=\"" + file_name + "\"");
    return response;
}

web::Response EventPages::event_ics(web::Exchange& exchange)
{
    auto found = events_.event(exchange.actor, event_id_of(exchange));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    return calendar_response({calendar_entry(*found, exchange.language)}, "event-" + std::to_string(found->id.value) + ".ics");
}

web::Response EventPages::feed_ics(web::Exchange& exchange)
{
    std::vector<CalendarEntry> entries;
    for (const auto& event : events_.list(Actor{}))  // the feed is public: published events only, whoever asks
        entries.push_back(calendar_entry(event, exchange.language));
    return calendar_response(entries, "events.ics");
}

}  // namespace pmi::events
