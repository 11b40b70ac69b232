#include "events/event_store.hpp"

namespace pmi::events {
namespace {

constexpr std::string_view kEventColumns =
    "SELECT e.id, e.kind, e.title, e.description, e.starts_at, e.ends_at, e.time_zone, e.place, e.online_url, e.capacity,"
    " e.status, e.published, e.updated_at, e.partnership_id,"
    " (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'registered'),"
    " (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting')"
    " FROM events e";

constexpr std::string_view kRegistrationColumns =
    "SELECT r.id, r.event_id, r.user_id, u.name, u.email, u.language, r.status, r.registered_at, r.attended, r.in_kind_hours, r.days, r.staff_role"
    " FROM event_registrations r JOIN users u ON u.id = r.user_id";

Event read_event(const db::Row& row, std::size_t at = 0)
{
    Event event;
    event.id = EventId{row.integer(at)};
    event.kind = kind_from_code(row.text(at + 1)).value_or(EventKind::Webinar);
    event.title = LocalizedText::from_json(row.text(at + 2));
    event.description = LocalizedText::from_json(row.text(at + 3));
    event.starts_at = row.integer(at + 4);
    event.ends_at = row.integer(at + 5);
    event.time_zone = row.text(at + 6);
    event.place = row.text(at + 7);
    event.online_url = row.text(at + 8);
    event.capacity = static_cast<int>(row.integer(at + 9));
    event.status = row.text(at + 10) == "cancelled" ? EventStatus::Cancelled : EventStatus::Scheduled;
    event.published = row.boolean(at + 11);
    event.updated_at = row.integer(at + 12);
    event.partnership = row.optional_integer(at + 13).value_or(0);
    event.registered = static_cast<int>(row.integer(at + 14));
    event.waiting = static_cast<int>(row.integer(at + 15));
    return event;
}

constexpr std::size_t kEventWidth = 16;

Registration read_registration(const db::Row& row, std::size_t at = 0)
{
    Registration registration;
    registration.id = RegistrationId{row.integer(at)};
    registration.event_id = EventId{row.integer(at + 1)};
    registration.user_id = UserId{row.integer(at + 2)};
    registration.name = row.text(at + 3);
    registration.email = row.text(at + 4);
    registration.language = row.text(at + 5);
    registration.status = registration_status_from_code(row.text(at + 6)).value_or(RegistrationStatus::Cancelled);
    registration.registered_at = row.integer(at + 7);
    if (!row.is_null(at + 8)) registration.attended = row.boolean(at + 8);
    registration.in_kind_hours = static_cast<int>(row.integer(at + 9));
    registration.days = static_cast<int>(row.integer(at + 10));
    registration.role = row.text(at + 11);
    return registration;
}

std::string_view status_code(EventStatus status)
{
    return status == EventStatus::Cancelled ? "cancelled" : "scheduled";
}

db::Parameters event_fields(const Event& event)
{
    return {std::string(kind_code(event.kind)), event.title.to_json(), event.description.to_json(), event.starts_at, event.ends_at,
            event.time_zone, event.place, event.online_url, event.capacity, event.published,
            event.partnership != 0 ? db::Value(event.partnership) : db::Value()};
}

// Pairs of an event and a registration: the event's columns, then the registration's.
std::vector<std::pair<Event, Registration>> read_pairs(const std::vector<db::Row>& rows)
{
    std::vector<std::pair<Event, Registration>> pairs;
    for (const auto& row : rows) pairs.emplace_back(read_event(row), read_registration(row, kEventWidth));
    return pairs;
}

std::string paired(std::string_view where)
{
    std::string event_columns(kEventColumns.substr(0, kEventColumns.find(" FROM events e")));
    std::string registration_columns(kRegistrationColumns.substr(7, kRegistrationColumns.find(" FROM ") - 7));
    return event_columns + ", " + registration_columns +
           " FROM event_registrations r JOIN users u ON u.id = r.user_id JOIN events e ON e.id = r.event_id " + std::string(where);
}

}  // namespace

std::vector<Event> EventStore::list(Listing listing)
{
    std::string sql(kEventColumns);
    if (listing == Listing::Published) sql += " WHERE e.published = 1";
    sql += " ORDER BY e.starts_at, e.id";
    std::vector<Event> events;
    for (const auto& row : connection_.query(sql)) events.push_back(read_event(row));
    return events;
}

std::optional<Event> EventStore::find(EventId id)
{
    auto row = connection_.query_one(std::string(kEventColumns) + " WHERE e.id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_event(*row);
}

std::optional<Event> EventStore::lock(EventId id)
{
    connection_.query("SELECT id FROM events WHERE id = ?" + std::string(db::for_update(connection_.dialect())), {id.value});
    return find(id);
}

EventId EventStore::insert(const Event& event, Seconds now)
{
    auto parameters = event_fields(event);
    parameters.emplace_back(std::string(status_code(event.status)));
    parameters.emplace_back(now);
    parameters.emplace_back(now);
    auto row = connection_.query_one(
        "INSERT INTO events (kind, title, description, starts_at, ends_at, time_zone, place, online_url, capacity, published, partnership_id,"
        " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        parameters);
    return EventId{row->integer(0)};
}

void EventStore::update(const Event& event, Seconds now)
{
    auto parameters = event_fields(event);
    parameters.emplace_back(now);
    parameters.emplace_back(event.id.value);
    connection_.execute(
        "UPDATE events SET kind = ?, title = ?, description = ?, starts_at = ?, ends_at = ?, time_zone = ?, place = ?, online_url = ?,"
        " capacity = ?, published = ?, partnership_id = ?, updated_at = ? WHERE id = ?",
        parameters);
}

void EventStore::set_status(EventId id, EventStatus status, Seconds now)
{
    connection_.execute("UPDATE events SET status = ?, updated_at = ? WHERE id = ?", {std::string(status_code(status)), now, id.value});
}

std::vector<Registration> EventStore::registrations(EventId id)
{
    std::vector<Registration> registrations;
    for (const auto& row : connection_.query(std::string(kRegistrationColumns) + " WHERE r.event_id = ? ORDER BY r.registered_at, r.id", {id.value}))
        registrations.push_back(read_registration(row));
    return registrations;
}

std::optional<Registration> EventStore::registration(RegistrationId id)
{
    auto row = connection_.query_one(std::string(kRegistrationColumns) + " WHERE r.id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_registration(*row);
}

std::optional<Registration> EventStore::active_registration(EventId event, UserId user)
{
    auto row = connection_.query_one(std::string(kRegistrationColumns) + " WHERE r.event_id = ? AND r.user_id = ? AND r.status <> 'cancelled'",
                                     {event.value, user.value});
    if (!row) return std::nullopt;
    return read_registration(*row);
}

std::vector<std::pair<Event, Registration>> EventStore::of_user(UserId user)
{
    return read_pairs(connection_.query(paired("WHERE r.user_id = ? AND r.status <> 'cancelled' ORDER BY e.starts_at, e.id"), {user.value}));
}

RegistrationId EventStore::add_registration(EventId event, UserId user, RegistrationStatus status, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO event_registrations (event_id, user_id, status, registered_at, changed_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {event.value, user.value, std::string(registration_status_code(status)), now, now});
    return RegistrationId{row->integer(0)};
}

void EventStore::set_registration_status(RegistrationId id, RegistrationStatus status, Seconds now)
{
    connection_.execute("UPDATE event_registrations SET status = ?, changed_at = ? WHERE id = ?",
                        {std::string(registration_status_code(status)), now, id.value});
}

std::vector<Registration> EventStore::first_waiting(EventId event, int count)
{
    std::vector<Registration> waiting;
    for (const auto& row : connection_.query(std::string(kRegistrationColumns) +
                                                 " WHERE r.event_id = ? AND r.status = 'waiting' ORDER BY r.registered_at, r.id LIMIT ?",
                                             {event.value, count}))
        waiting.push_back(read_registration(row));
    return waiting;
}

void EventStore::record_attendance(const AttendanceLine& line, Seconds now)
{
    connection_.execute("UPDATE event_registrations SET attended = ?, in_kind_hours = ?, days = ?, staff_role = ?, changed_at = ? WHERE id = ?",
                        {line.attended, line.in_kind_hours, line.days, line.role, now, line.registration.value});
}

std::vector<std::pair<Event, Registration>> EventStore::due_reminders(Seconds from, Seconds until)
{
    return read_pairs(connection_.query(
        paired("WHERE r.status = 'registered' AND r.reminded_at IS NULL AND e.status = 'scheduled' AND e.published = 1"
               " AND e.starts_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, r.id"),
        {from, until}));
}

void EventStore::mark_reminded(RegistrationId id, Seconds now)
{
    connection_.execute("UPDATE event_registrations SET reminded_at = ? WHERE id = ?", {now, id.value});
}

}  // namespace pmi::events
