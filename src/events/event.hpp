#pragma once
// Events and missions: what the program holds (webinars, workshops, study tours, technical
// missions), when and where, and who registered, waits for a place or attended.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::events {

using EventId = Id<struct EventTag>;
using RegistrationId = Id<struct EventRegistrationTag>;

enum class EventKind { Webinar, Workshop, StudyTour, TechnicalMission };
std::string_view kind_code(EventKind kind);
std::optional<EventKind> kind_from_code(std::string_view code);
std::string_view kind_label(EventKind kind);  // an English message id
const std::vector<EventKind>& all_kinds();
// Missions generate in-kind contributions: attendance records their hours.
inline bool is_mission(EventKind kind) { return kind == EventKind::StudyTour || kind == EventKind::TechnicalMission; }

enum class EventStatus { Scheduled, Cancelled };
enum class RegistrationStatus { Registered, Waiting, Cancelled };
std::string_view registration_status_code(RegistrationStatus status);
std::optional<RegistrationStatus> registration_status_from_code(std::string_view code);

inline constexpr int kMaxCapacity = 10000;

struct Event {
    EventId id;
    EventKind kind = EventKind::Webinar;
    LocalizedText title, description;
    Seconds starts_at = 0, ends_at = 0;
    std::string time_zone;   // IANA name the event is held in
    std::string place;       // empty for an online event
    std::string online_url;  // empty for an event in person
    int capacity = 0;
    EventStatus status = EventStatus::Scheduled;
    bool published = false;
    std::int64_t partnership = 0;  // missions: the partnership it is held for, 0 for none
    Seconds updated_at = 0;
    // Counted when read.
    int registered = 0;
    int waiting = 0;
};

// What an officer submits: moments as local date-times ("2027-03-15T09:00") in `time_zone`.
struct EventEdit {
    EventKind kind = EventKind::Webinar;
    LocalizedText title, description;
    std::string starts_local, ends_local, time_zone;
    std::string place, online_url;
    int capacity = 0;
    bool published = false;
    std::int64_t partnership = 0;  // missions only; 0 for none
};

struct Registration {
    RegistrationId id;
    EventId event_id;
    UserId user_id;
    std::string name, email, language;
    RegistrationStatus status = RegistrationStatus::Registered;
    Seconds registered_at = 0;
    std::optional<bool> attended;  // none until attendance is recorded
    int in_kind_hours = 0;  // per day when `days` is not 0
    int days = 0;
    std::string role;  // the staff role code its time is valued at, missions only
};

// The time an attendee of a mission gave: `in_kind_hours` in all, or per day for `days` days.
struct AttendanceLine {
    RegistrationId registration;
    bool attended = false;
    int in_kind_hours = 0;
    int days = 0;
    std::string role;
};

}  // namespace pmi::events
