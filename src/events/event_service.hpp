#pragma once
// Use cases of events and missions: officers schedule, edit and cancel them and record who
// attended; signed-in people register, get a place or a turn on the waiting list, and
// cancel. Mail (confirmations, promotions from the waiting list, cancellations, reminders)
// is written to the outbox in the transaction of the change that causes it.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "events/event.hpp"
#include "events/mission_contributions.hpp"
#include "search/search_index.hpp"

namespace pmi::events {

inline constexpr Seconds kReminderAhead = 24 * 3600;  // reminders leave a day before the start

class EventService {
public:
    EventService(db::Database& database, const Clock& clock, const Translator& translator, std::string public_origin,
                 const search::SearchIndex* search_index = nullptr, const MissionContributions* missions = nullptr)
        : database_(database), clock_(clock), translator_(translator), public_origin_(std::move(public_origin)),
          search_index_(search_index), missions_(missions) {}

    // Published events for everyone; officers see drafts too. By start.
    std::vector<Event> list(const Actor& actor);
    // NotFound for an unpublished event unless the actor runs the program.
    Result<Event> event(const Actor& actor, EventId id);
    // The actor's registration to the event that is not cancelled, if any.
    std::optional<Registration> registration_of(const Actor& actor, EventId id);
    // The actor's events, with their registrations (not cancelled).
    std::vector<std::pair<Event, Registration>> my_events(const Actor& actor);

    Status can_manage(const Actor& actor) const;
    Result<EventId> create(const Actor& actor, const EventEdit& edit);
    Status update(const Actor& actor, EventId id, const EventEdit& edit);
    // Cancels the event and tells everyone registered or waiting.
    Status cancel_event(const Actor& actor, EventId id);

    // A place while there is one, else a turn on the waiting list. Unauthenticated for
    // visitors; Conflict when already registered, when the event is cancelled or has started.
    Result<RegistrationStatus> register_for(const Actor& actor, EventId id);
    // Cancels the actor's registration; a place it frees goes to the first who waits.
    Status cancel_registration(const Actor& actor, EventId id);

    // Officers: everyone who registered, in order.
    Result<std::vector<Registration>> registrations(const Actor& actor, EventId id);
    // Officers, once the event has started: who attended and, for missions, the in-kind hours
    // and the staff role of each; for a mission held for a partnership, the Canadian municipal
    // attendees' hours become draft in-kind contributions of it (MissionContributions).
    Status record_attendance(const Actor& actor, EventId id, const std::vector<AttendanceLine>& lines);

    // Officers: the partnerships a mission may be held for, (id, name); none without the
    // partnerships module.
    Result<std::vector<std::pair<std::int64_t, std::string>>> mission_partnerships(const Actor& actor);
    // The staff roles attendance values time at, (code, English message id).
    std::vector<std::pair<std::string, std::string>> staff_roles() const;

    // Queues a reminder to each registered person of events starting within kReminderAhead;
    // returns how many were queued. Each person is reminded once.
    int queue_reminders();

private:
    Result<Event> convert(const EventEdit& edit) const;
    // Moves the first waiting people into places freed; mails each of them.
    void promote(db::Connection& connection, const Event& event, Seconds now) const;
    void mail(db::Connection& connection, const Event& event, const Registration& to, std::string_view subject,
              std::string_view body, std::string_view purpose, Seconds now) const;
    void index(db::Connection& connection, EventId id) const;
    // Invalid ("partnership") unless the partnership of the edit is one a mission may be held for.
    Status check_partnership(db::Connection& connection, const EventEdit& edit) const;
    // Hands the recorded lines of a mission held for a partnership to missions_.
    Status give_in_kind(db::Connection& connection, const Actor& actor, const Event& event, const std::vector<AttendanceLine>& lines) const;

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    std::string public_origin_;
    const search::SearchIndex* search_index_;
    const MissionContributions* missions_;
};

}  // namespace pmi::events
