#include "events/demo_events.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "calls/time_zone.hpp"
#include "core/embedded.hpp"
#include "events/event_store.hpp"

namespace pmi::events {
namespace {

using nlohmann::json;

LocalizedText text_of(const json& value)
{
    LocalizedText text;
    for (const auto& [language, version] : value.items()) text.set(language, version.get<std::string>());
    return text;
}

Seconds moment(const json& value, const std::string& zone)
{
    auto parsed = calls::local_to_utc(value.get<std::string>(), zone, "date");
    if (!parsed.ok()) throw std::runtime_error("demo event date " + value.dump() + ": " + parsed.error().message);
    return *parsed;
}

}  // namespace

void load_demo_events(db::Connection& connection, Seconds now)
{
    EventStore store(connection);
    if (!store.list(Listing::All).empty()) return;
    auto source = embedded::find(embedded::demo(), "site/demo/events.json");
    if (!source) throw std::runtime_error("the demo data is missing site/demo/events.json");
    const json data = json::parse(*source);
    for (const auto& e : data.at("events")) {
        Event event;
        event.kind = kind_from_code(e.at("kind").get<std::string>()).value_or(EventKind::Webinar);
        event.title = text_of(e.at("title"));
        event.description = text_of(e.at("description"));
        event.time_zone = e.at("time_zone");
        event.starts_at = moment(e.at("starts"), event.time_zone);
        event.ends_at = moment(e.at("ends"), event.time_zone);
        event.place = e.at("place");
        event.online_url = e.at("online_url");
        event.capacity = e.at("capacity");
        event.published = true;
        // A mission held for a partnership names it by its lead partner local government.
        if (e.contains("partnership_of"))
            if (auto held_for = connection.query_one("SELECT id FROM partnerships WHERE partner_key = ?", {e.at("partnership_of").get<std::string>()}))
                event.partnership = held_for->integer(0);
        const auto id = store.insert(event, now);
        for (const auto& r : e.at("registrations")) {
            auto user = connection.query_one("SELECT id FROM users WHERE email_normalized = ?", {r.at("email").get<std::string>()});
            if (!user) continue;
            auto registration = store.add_registration(id, UserId{user->integer(0)}, RegistrationStatus::Registered,
                                                       std::min(now, event.starts_at - 86400));
            if (r.contains("attended"))
                store.record_attendance({registration, r.at("attended").get<bool>(), r.value("hours", 0), 0, r.value("role", std::string())}, now);
        }
    }
}

}  // namespace pmi::events
