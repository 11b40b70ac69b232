#pragma once
// What the time spent on missions gives a partnership: the partnerships module, when present,
// turns the hours of each Canadian municipal attendee of a mission held for a partnership into
// draft in-kind contributions of that partnership. Events only know this interface, so that
// they are recorded whether or not the partnerships module is there.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "events/event.hpp"

namespace pmi::events {

// A mission held for a partnership, as its contributions name it.
struct Mission {
    EventId event;
    std::int64_t partnership = 0;
    std::string date;   // the local day it starts, "2027-03-15": the date of its contributions
    std::string title;  // in English: the contributions' description
};

// One attendee's line of the attendance, as recorded.
struct MissionAttendee {
    RegistrationId registration;
    UserId attendee;
    std::string name;
    bool attended = false;
    std::string role;  // a staff role code of the hourly rate table
    int hours = 0;     // in all, days included
};

class MissionContributions {
public:
    virtual ~MissionContributions() = default;
    // The partnerships a mission may be held for: (id, name), by name.
    virtual std::vector<std::pair<std::int64_t, std::string>> partnerships(db::Connection& connection) const = 0;
    // The staff roles of the hourly rate table: (code, English message id).
    virtual std::vector<std::pair<std::string, std::string>> roles() const = 0;
    // In the transaction that records the attendance: each Canadian municipal attendee's hours
    // as a draft contribution of the mission's partnership, entered by `actor`, made again
    // (never twice) when attendance is recorded again, withdrawn while a draft when the
    // person no longer attended; an approved one stays as it is. Fails, writing nothing, on
    // "role_<registration>" or "hours_<registration>" when a line cannot be valued.
    virtual Status record(db::Connection& connection, const Actor& actor, const Mission& mission, const std::vector<MissionAttendee>& attendees,
                          Seconds now) const = 0;
};

}  // namespace pmi::events
