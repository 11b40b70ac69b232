#include "events/event_service.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "calls/time_zone.hpp"
#include "events/event_store.hpp"
#include "events/rules.hpp"
#include "outbox/outbox.hpp"
#include "search/index_updates.hpp"

namespace pmi::events {
namespace {

Error event_not_found()
{
    return not_found("This event does not exist or was removed.");
}

// "2027-03-15 09:00 (America/Toronto)": mail has no locale formats, and names the zone.
std::string local_moment(Seconds at, std::string_view zone)
{
    auto local = calls::utc_to_local(at, zone);
    std::replace(local.begin(), local.end(), 'T', ' ');
    return local + " (" + std::string(zone) + ")";
}

}  // namespace

std::vector<Event> EventService::list(const Actor& actor)
{
    auto connection = database_.acquire();
    return EventStore(*connection).list(actor.runs_program() ? Listing::All : Listing::Published);
}

Result<Event> EventService::event(const Actor& actor, EventId id)
{
    auto connection = database_.acquire();
    auto found = EventStore(*connection).find(id);
    if (!found || (!found->published && !actor.runs_program())) return event_not_found();
    return std::move(*found);
}

std::optional<Registration> EventService::registration_of(const Actor& actor, EventId id)
{
    if (!actor.signed_in()) return std::nullopt;
    auto connection = database_.acquire();
    return EventStore(*connection).active_registration(id, actor.user_id);
}

std::vector<std::pair<Event, Registration>> EventService::my_events(const Actor& actor)
{
    if (!actor.signed_in()) return {};
    auto connection = database_.acquire();
    return EventStore(*connection).of_user(actor.user_id);
}

Status EventService::can_manage(const Actor& actor) const
{
    if (!actor.signed_in()) return Error{ErrorCode::Unauthenticated, "", "Sign in to continue."};
    if (!actor.runs_program()) return forbidden("Only program officers manage events.");
    return Ok{};
}

Result<Event> EventService::convert(const EventEdit& edit) const
{
    auto errors = check_event_edit(edit);
    if (edit.partnership != 0 && !is_mission(edit.kind))
        errors.push_back(invalid("partnership", "Only study tours and technical missions are held for a partnership; choose none."));
    if (!calls::valid_time_zone(edit.time_zone)) errors.push_back(invalid("time_zone", "Choose a time zone from the list."));
    Event event;
    if (errors.empty()) {
        auto starts = calls::local_to_utc(edit.starts_local, edit.time_zone, "starts_at");
        auto ends = calls::local_to_utc(edit.ends_local, edit.time_zone, "ends_at");
        if (!starts.ok()) errors.push_back(starts.error());
        if (!ends.ok()) errors.push_back(ends.error());
        if (starts.ok() && ends.ok()) {
            auto moments = check_moments(*starts, *ends);
            errors.insert(errors.end(), moments.begin(), moments.end());
            event.starts_at = *starts;
            event.ends_at = *ends;
        }
    }
    if (!errors.empty()) return combine(std::move(errors));
    event.kind = edit.kind;
    event.title = edit.title;
    event.description = edit.description;
    event.time_zone = edit.time_zone;
    event.place = edit.place;
    event.online_url = edit.online_url;
    event.capacity = edit.capacity;
    event.published = edit.published;
    event.partnership = edit.partnership;
    return event;
}

Result<EventId> EventService::create(const Actor& actor, const EventEdit& edit)
{
    TRY(can_manage(actor));
    auto event = TRY(convert(edit));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<EventId> {
        TRY(check_partnership(*connection, edit));
        auto id = EventStore(*connection).insert(event, now);
        audit::AuditLog(*connection).record(now, actor, "event.create", "event", std::to_string(id.value), event.title.pick("en").text);
        index(*connection, id);
        return id;
    });
}

Status EventService::update(const Actor& actor, EventId id, const EventEdit& edit)
{
    TRY(can_manage(actor));
    auto event = TRY(convert(edit));
    event.id = id;
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        EventStore store(*connection);
        auto existing = store.lock(id);
        if (!existing) return event_not_found();
        TRY(check_partnership(*connection, edit));
        store.update(event, now);
        // More places: the first who wait take them.
        promote(*connection, *store.find(id), now);
        audit::AuditLog(*connection).record(now, actor, "event.edit", "event", std::to_string(id.value), event.title.pick("en").text);
        index(*connection, id);
        return Ok{};
    });
}

Status EventService::cancel_event(const Actor& actor, EventId id)
{
    TRY(can_manage(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        EventStore store(*connection);
        auto event = store.lock(id);
        if (!event) return event_not_found();
        if (event->status == EventStatus::Cancelled) return conflict("event", "This event is already cancelled.");
        store.set_status(id, EventStatus::Cancelled, now);
        for (const auto& registration : store.registrations(id))
            if (registration.status != RegistrationStatus::Cancelled)
                mail(*connection, *event, registration, N_("Event cancelled, {1}"),
                 N_("Hello {2},\n\nWe are sorry. \"{1}\", planned for {3}, is cancelled. Your registration is withdrawn.\n\n{4}"),
                     "event_cancelled", now);
        audit::AuditLog(*connection).record(now, actor, "event.cancel", "event", std::to_string(id.value), "");
        index(*connection, id);
        return Ok{};
    });
}

Result<RegistrationStatus> EventService::register_for(const Actor& actor, EventId id)
{
    if (!actor.signed_in()) return Error{ErrorCode::Unauthenticated, "", "Sign in to register for an event."};
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<RegistrationStatus> {
        EventStore store(*connection);
        auto event = store.lock(id);
        if (!event || !event->published) return event_not_found();
        if (event->status == EventStatus::Cancelled) return conflict("event", "This event is cancelled; registration is closed.");
        if (event->starts_at <= now) return conflict("event", "This event has started; registration is closed.");
        if (store.active_registration(id, actor.user_id)) return conflict("event", "You are already registered for this event.");
        const auto status = admission(event->registered, event->capacity);
        auto registration_id = store.add_registration(id, actor.user_id, status, now);
        auto registration = store.registration(registration_id);
        if (status == RegistrationStatus::Registered)
            mail(*connection, *event, *registration, N_("Registration confirmed for {1}"),
                 N_("Hello {2},\n\nYour place at \"{1}\" is confirmed. It starts {3}.\n\n{4}\n\nIf you cannot come, cancel your registration "
                 "on the event's page so that someone waiting can take your place."),
                 "event_registered", now);
        else
            mail(*connection, *event, *registration, N_("Waiting list for {1}"),
                 N_("Hello {2},\n\n\"{1}\" ({3}) is full; you are on its waiting list. We will write to you if a place frees up.\n\n{4}"),
                 "event_waiting", now);
        return status;
    });
}

Status EventService::cancel_registration(const Actor& actor, EventId id)
{
    if (!actor.signed_in()) return Error{ErrorCode::Unauthenticated, "", "Sign in to continue."};
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        EventStore store(*connection);
        auto event = store.lock(id);
        if (!event) return event_not_found();
        auto registration = store.active_registration(id, actor.user_id);
        if (!registration) return conflict("event", "You are not registered for this event.");
        store.set_registration_status(registration->id, RegistrationStatus::Cancelled, now);
        if (registration->status == RegistrationStatus::Registered && event->status == EventStatus::Scheduled && event->starts_at > now)
            promote(*connection, *store.find(id), now);
        return Ok{};
    });
}

void EventService::promote(db::Connection& connection, const Event& event, Seconds now) const
{
    EventStore store(connection);
    const int count = promotions(event.registered, event.capacity, event.waiting);
    if (count == 0) return;
    for (const auto& registration : store.first_waiting(event.id, count)) {
        store.set_registration_status(registration.id, RegistrationStatus::Registered, now);
        mail(connection, event, registration, N_("A place for you at {1}"),
                 N_("Hello {2},\n\nA place freed up at \"{1}\" and it is yours. You are now registered. It starts {3}.\n\n{4}\n\n"
             "If you cannot come, cancel your registration on the event's page."),
             "event_promoted", now);
    }
}

Result<std::vector<Registration>> EventService::registrations(const Actor& actor, EventId id)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    if (!EventStore(*connection).find(id)) return event_not_found();
    return EventStore(*connection).registrations(id);
}

Status EventService::record_attendance(const Actor& actor, EventId id, const std::vector<AttendanceLine>& lines)
{
    TRY(can_manage(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        EventStore store(*connection);
        auto event = store.lock(id);
        if (!event) return event_not_found();
        if (event->starts_at > now) return conflict("event", "Attendance is recorded once the event has started.");
        for (auto line : lines) {
            auto registration = store.registration(line.registration);
            if (!registration || registration->event_id != id) return not_found("This registration does not exist.");
            TRY(attendance_hours(line));
            if (!is_mission(event->kind)) line.in_kind_hours = line.days = 0, line.role.clear();
            store.record_attendance(line, now);
        }
        audit::AuditLog(*connection).record(now, actor, "event.attendance", "event", std::to_string(id.value),
                                            std::to_string(lines.size()) + " lines");
        return give_in_kind(*connection, actor, *event, lines);
    });
}

Status EventService::give_in_kind(db::Connection& connection, const Actor& actor, const Event& event,
                                  const std::vector<AttendanceLine>& lines) const
{
    if (!missions_ || !is_mission(event.kind) || event.partnership == 0) return Ok{};
    const Mission mission{event.id, event.partnership, calls::utc_to_local(event.starts_at, event.time_zone).substr(0, 10),
                          event.title.pick("en").text};
    std::vector<MissionAttendee> attendees;
    EventStore store(connection);
    for (const auto& line : lines) {
        const auto registration = store.registration(line.registration).value();
        attendees.push_back({line.registration, registration.user_id, registration.name, line.attended, line.role, attendance_hours(line).value()});
    }
    return missions_->record(connection, actor, mission, attendees, clock_.now());
}

Status EventService::check_partnership(db::Connection& connection, const EventEdit& edit) const
{
    if (edit.partnership == 0) return Ok{};
    const auto choices = missions_ ? missions_->partnerships(connection) : std::vector<std::pair<std::int64_t, std::string>>{};
    for (const auto& [id, name] : choices)
        if (id == edit.partnership) return Ok{};
    return invalid("partnership", "Choose the partnership from the list, or none.");
}

Result<std::vector<std::pair<std::int64_t, std::string>>> EventService::mission_partnerships(const Actor& actor)
{
    TRY(can_manage(actor));
    if (!missions_) return std::vector<std::pair<std::int64_t, std::string>>{};
    auto connection = database_.acquire();
    return missions_->partnerships(*connection);
}

std::vector<std::pair<std::string, std::string>> EventService::staff_roles() const
{
    return missions_ ? missions_->roles() : std::vector<std::pair<std::string, std::string>>{};
}

int EventService::queue_reminders()
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    auto queued = db::in_transaction(*connection, [&]() -> Result<int> {
        EventStore store(*connection);
        int count = 0;
        for (const auto& [event, registration] : store.due_reminders(now, now + kReminderAhead)) {
            mail(*connection, event, registration, N_("Reminder of {1}"),
                 N_("Hello {2},\n\n\"{1}\" starts {3}. We look forward to seeing you.\n\n{4}"),
                 "event_reminder", now);
            store.mark_reminded(registration.id, now);
            ++count;
        }
        return count;
    });
    return queued.ok() ? *queued : 0;
}

void EventService::mail(db::Connection& connection, const Event& event, const Registration& to, std::string_view subject,
                        std::string_view body, std::string_view purpose, Seconds now) const
{
    const std::string language = translator_.supports(to.language) ? to.language : "en";
    const std::string title = event.title.pick(language).text;
    std::string where = event.place;
    if (!event.online_url.empty()) where += (where.empty() ? "" : "\n") + event.online_url;
    where += "\n" + public_origin_ + "/events/" + std::to_string(event.id.value);
    outbox::Outbox(connection).add(now, to.email, translator_.format(language, subject, {title}),
                                   translator_.format(language, body, {title, to.name, local_moment(event.starts_at, event.time_zone), where}),
                                   std::string(purpose));
}

void EventService::index(db::Connection& connection, EventId id) const
{
    if (auto event = EventStore(connection).find(id)) search::keep_current(search_index_, connection, *event);
}

}  // namespace pmi::events
