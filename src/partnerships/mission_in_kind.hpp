#pragma once
// The time Canadian municipal staff spend on a mission held for a partnership, as draft in-kind
// staff-time contributions of that partnership: valued like any other (hours × the hourly
// rate of the person's role in effect on the mission's date), entered by the officer who
// recorded the attendance and so approved by another officer, like any contribution.
#include "events/mission_contributions.hpp"

namespace pmi::partnerships {

class MissionInKind : public events::MissionContributions {
public:
    std::vector<std::pair<std::int64_t, std::string>> partnerships(db::Connection& connection) const override;
    std::vector<std::pair<std::string, std::string>> roles() const override;
    Status record(db::Connection& connection, const Actor& actor, const events::Mission& mission,
                  const std::vector<events::MissionAttendee>& attendees, Seconds now) const override;
};

}  // namespace pmi::partnerships
