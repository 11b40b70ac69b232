// The officers' event pages: the list with its numbers, the editor, registrations and
// attendance, and cancellation.
#include "calls/time_zone.hpp"
#include "core/text.hpp"
#include "events/pages.hpp"
#include "events/rules.hpp"
#include "site/view_helpers.hpp"

namespace pmi::events {
namespace {

int whole_number(std::string_view text)
{
    auto trimmed = text::trim(text);
    if (trimmed.empty() || trimmed.size() > 6 || !std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    return std::stoi(trimmed);
}

EventEdit edit_of(const web::Fields& form, const web::I18n& i18n)
{
    EventEdit edit;
    edit.kind = kind_from_code(form.get("kind")).value_or(EventKind::Webinar);
    for (const auto& language : i18n.languages()) {
        auto title = text::trim(form.get("title_" + language.code));
        auto description = text::trim(form.get("description_" + language.code));
        if (!title.empty()) edit.title.set(language.code, title);
        if (!description.empty()) edit.description.set(language.code, description);
    }
    edit.starts_local = text::trim(form.get("starts_at"));
    edit.ends_local = text::trim(form.get("ends_at"));
    edit.time_zone = text::trim(form.get("time_zone"));
    edit.place = text::trim(form.get("place"));
    edit.online_url = text::trim(form.get("online_url"));
    edit.capacity = whole_number(form.get("capacity"));
    edit.published = form.get("published") == "yes";
    const auto partnership = whole_number(form.get("partnership"));
    edit.partnership = partnership > 0 ? partnership : 0;
    return edit;
}

web::Fields fields_of(const Event& event)
{
    web::Fields fields;
    fields.add("kind", std::string(kind_code(event.kind)));
    for (const auto& [language, text] : event.title.versions()) fields.add("title_" + language, text);
    for (const auto& [language, text] : event.description.versions()) fields.add("description_" + language, text);
    fields.add("starts_at", calls::utc_to_local(event.starts_at, event.time_zone));
    fields.add("ends_at", calls::utc_to_local(event.ends_at, event.time_zone));
    fields.add("time_zone", event.time_zone);
    fields.add("place", event.place);
    fields.add("online_url", event.online_url);
    fields.add("capacity", std::to_string(event.capacity));
    if (event.published) fields.add("published", "yes");
    if (event.partnership != 0) fields.add("partnership", std::to_string(event.partnership));
    return fields;
}

}  // namespace

web::Response EventPages::manage(web::Exchange& exchange)
{
    if (auto allowed = events_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    web::Page page(views_, exchange, "events/views/manage.tpl");
    page.title(page.t("Manage events"));
    const auto events = events_.list(exchange.actor);
    page.body().SetIntValue("CHART_HEIGHT", static_cast<long>(events.size()) * 20 + 4);
    long bar_y = 2;
    for (const auto& event : events) {
        auto* row = page.body().AddSectionDictionary("EVENT");
        row->SetIntValue("BAR_Y", bar_y);
        bar_y += 20;
        fill_event(*row, event, exchange, views_.i18n, event.time_zone);
        row->SetIntValue("REGISTERED", event.registered);
        row->SetIntValue("WAITING", event.waiting);
        row->SetIntValue("CAPACITY", event.capacity);
        // The bar of places taken: 200 units is every place.
        row->SetIntValue("TAKEN_BAR", event.capacity > 0 ? std::min(200, event.registered * 200 / event.capacity) : 0);
    }
    return page.render();
}

web::Response EventPages::editor(web::Exchange& exchange, const web::Fields& fields, const Error* error, std::optional<EventId> id)
{
    return web::form_page(views_, exchange, "events/views/event_edit.tpl", id ? "Edit the event" : "New event", fields, error, [&](auto& body) {
        body.SetValue("HEADING", views_.i18n.translate(exchange.language, id ? "Edit the event" : "New event"));
        body.SetValue("ACTION", id ? "/manage/events/" + std::to_string(id->value) + "/edit" : std::string("/manage/events/new"));
        if (id) body.SetValueAndShowSection("EVENT_ID", std::to_string(id->value), "EXISTING");
        for (auto kind : all_kinds()) {
            auto* option = body.AddSectionDictionary("KIND_OPTION");
            option->SetValue("CODE", std::string(kind_code(kind)));
            option->SetValue("NAME", views_.i18n.translate(exchange.language, kind_label(kind)));
            if (fields.get("kind") == kind_code(kind)) option->ShowSection("SELECTED");
        }
        for (auto zone : calls::program_time_zones()) {
            auto* option = body.AddSectionDictionary("ZONE_OPTION");
            option->SetValue("NAME", std::string(zone));
            if (fields.get("time_zone") == zone) option->ShowSection("SELECTED");
        }
        const auto errors = error ? flatten(*error) : std::vector<Error>{};
        for (const auto& language : views_.i18n.languages()) {
            auto* section = body.AddSectionDictionary("LANGUAGE");
            section->SetValue("CODE", language.code);
            section->SetValue("NAME", language.name);
            section->SetValue("TITLE", std::string(fields.get("title_" + language.code)));
            section->SetValue("DESCRIPTION", std::string(fields.get("description_" + language.code)));
            for (const auto& item : errors)
                if (item.field == "title_" + language.code || item.field == "description_" + language.code)
                    section->SetValueAndShowSection("LANGUAGE_ERROR", views_.i18n.error_text(exchange.language, item), "LANGUAGE_INVALID");
        }
        if (fields.get("published") == "yes") body.ShowSection("PUBLISHED_CHECKED");
        const auto partnerships = events_.mission_partnerships(exchange.actor);
        if (partnerships.ok() && !partnerships->empty()) {
            auto* held_for = body.AddSectionDictionary("HELD_FOR");
            for (const auto& [id, name] : *partnerships) {
                auto* option = held_for->AddSectionDictionary("PARTNERSHIP_OPTION");
                option->SetIntValue("ID", static_cast<long>(id));
                option->SetValue("NAME", name);
                if (fields.get("partnership") == std::to_string(id)) option->ShowSection("SELECTED");
            }
        }
    });
}

web::Response EventPages::new_form(web::Exchange& exchange)
{
    if (auto allowed = events_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    web::Fields fields;
    fields.add("time_zone", "America/Toronto");
    fields.add("capacity", "30");
    return editor(exchange, fields, nullptr, std::nullopt);
}

web::Response EventPages::create(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto created = events_.create(exchange.actor, edit_of(form, views_.i18n));
    if (!created.ok()) {
        if (created.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, created.error());
        return editor(exchange, form, &created.error(), std::nullopt);
    }
    return web::Response::redirect("/events/" + std::to_string(created->value) + "?notice=saved");
}

web::Response EventPages::edit_form(web::Exchange& exchange)
{
    if (auto allowed = events_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    auto found = events_.event(exchange.actor, event_id_of(exchange));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    return editor(exchange, fields_of(*found), nullptr, found->id);
}

web::Response EventPages::update(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    const auto form = exchange.request.form();
    auto updated = events_.update(exchange.actor, id, edit_of(form, views_.i18n));
    if (!updated.ok()) {
        if (updated.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, updated.error());
        return editor(exchange, form, &updated.error(), id);
    }
    return web::Response::redirect("/events/" + std::to_string(id.value) + "?notice=saved");
}

web::Response EventPages::registrations(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    auto registrations = events_.registrations(exchange.actor, id);
    if (!registrations.ok()) return web::refusal(views_, exchange, registrations.error());
    auto event = events_.event(exchange.actor, id).value();
    web::Page page(views_, exchange, "events/views/registrations.tpl");
    page.title(page.t("Registrations and attendance"));
    auto& body = page.body();
    fill_event(body, event, exchange, views_.i18n, event.time_zone);
    const bool mission = is_mission(event.kind), attendance_open = event.starts_at <= std::time(nullptr);
    // The time of a mission held for a partnership is valued at the hourly rate of a role.
    const auto roles = mission && event.partnership != 0 ? events_.staff_roles() : std::vector<std::pair<std::string, std::string>>{};
    // Sections are shown per dictionary: the header's and each row's.
    auto show_columns = [&](ctemplate::TemplateDictionary& dictionary) {
        if (!attendance_open) return;
        dictionary.ShowSection("ATTENDANCE_OPEN");
        if (mission) dictionary.ShowSection("MISSION");
        if (!roles.empty()) dictionary.ShowSection("IN_KIND");
    };
    show_columns(body);
    if (event.status == EventStatus::Scheduled) body.ShowSection("CAN_CANCEL_EVENT");
    for (const auto& registration : *registrations) {
        auto* row = body.AddSectionDictionary("REGISTRATION");
        show_columns(*row);
        row->SetIntValue("REGISTRATION_ID", static_cast<long>(registration.id.value));
        row->SetValue("NAME", registration.name);
        row->SetValue("EMAIL", registration.email);
        row->SetValue("STATUS", page.t(registration.status == RegistrationStatus::Registered ? "Registered"
                                       : registration.status == RegistrationStatus::Waiting  ? "Waiting"
                                                                                              : "Cancelled"));
        row->SetValue("REGISTERED_AT", views_.i18n.date_time_in(exchange.language, registration.registered_at, event.time_zone));
        if (registration.attended.value_or(false)) row->ShowSection("ATTENDED");
        row->SetIntValue("HOURS", registration.in_kind_hours);
        row->SetIntValue("DAYS", registration.days);
        for (const auto& [code, label] : roles) {
            auto* option = row->AddSectionDictionary("ROLE_OPTION");
            option->SetValue("CODE", code);
            option->SetValue("NAME", page.t(label));
            if (registration.role == code) option->ShowSection("SELECTED");
        }
        if (registration.status == RegistrationStatus::Registered) row->ShowSection("ACTIVE");
    }
    if (registrations->empty()) body.ShowSection("NO_REGISTRATIONS");
    return page.render();
}

web::Response EventPages::record_attendance(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    const auto form = exchange.request.form();
    std::vector<AttendanceLine> lines;
    for (auto text : form.all("registration")) {
        const auto number = whole_number(text);
        if (number <= 0) continue;
        const auto key = std::to_string(number);
        const auto hours = form.get("hours_" + key);
        const auto days = form.get("days_" + key);
        lines.push_back({RegistrationId{number}, form.get("attended_" + key) == "yes", text::trim(hours).empty() ? 0 : whole_number(hours),
                         text::trim(days).empty() ? 0 : whole_number(days), text::trim(form.get("role_" + key)).substr(0, 40)});
        if (lines.size() > static_cast<std::size_t>(kMaxCapacity)) break;
    }
    auto recorded = events_.record_attendance(exchange.actor, id, lines);
    if (!recorded.ok()) return web::refusal(views_, exchange, recorded.error());
    return web::Response::redirect("/manage/events/" + std::to_string(id.value) + "/registrations?notice=saved");
}

web::Response EventPages::cancel_event(web::Exchange& exchange)
{
    const auto id = event_id_of(exchange);
    auto cancelled = events_.cancel_event(exchange.actor, id);
    if (!cancelled.ok()) return web::refusal(views_, exchange, cancelled.error());
    return web::Response::redirect("/events/" + std::to_string(id.value) + "?notice=event-cancelled");
}

}  // namespace pmi::events
