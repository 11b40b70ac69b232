#pragma once
// Events and their registrations in SQL.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "events/event.hpp"

namespace pmi::events {

enum class Listing { Published, All };

class EventStore {
public:
    explicit EventStore(db::Connection& connection) : connection_(connection) {}

    // By start, with their counts of registered and waiting people.
    std::vector<Event> list(Listing listing);
    std::optional<Event> find(EventId id);
    // The event, its row locked until the transaction ends (FOR UPDATE on PostgreSQL; on
    // SQLite the write transaction already holds the one write lock), so that registrations
    // to it are counted and added one at a time.
    std::optional<Event> lock(EventId id);
    EventId insert(const Event& event, Seconds now);
    void update(const Event& event, Seconds now);
    void set_status(EventId id, EventStatus status, Seconds now);

    std::vector<Registration> registrations(EventId id);  // in order: the waiting list's order
    std::optional<Registration> registration(RegistrationId id);
    // The actor's registration that is not cancelled, if any.
    std::optional<Registration> active_registration(EventId event, UserId user);
    std::vector<std::pair<Event, Registration>> of_user(UserId user);
    RegistrationId add_registration(EventId event, UserId user, RegistrationStatus status, Seconds now);
    void set_registration_status(RegistrationId id, RegistrationStatus status, Seconds now);
    // The first `count` waiting registrations, in order.
    std::vector<Registration> first_waiting(EventId event, int count);
    void record_attendance(const AttendanceLine& line, Seconds now);

    // Registered people of scheduled events starting in [from, until) not yet reminded.
    std::vector<std::pair<Event, Registration>> due_reminders(Seconds from, Seconds until);
    void mark_reminded(RegistrationId id, Seconds now);

private:
    db::Connection& connection_;
};

}  // namespace pmi::events
