#pragma once
// Deadlines are moments in a named time zone: "2027-01-24 23:59, America/Toronto".
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace pmi::calls {

bool valid_time_zone(std::string_view zone);
// Where the program's people are: Canada's zones and those of the seven countries, then UTC.
const std::vector<std::string_view>& program_time_zones();
// "2027-01-24T23:59" (as an <input type="datetime-local"> sends it) in `zone` → UTC seconds.
// Fails naming `field` when the text is not such a date and time, or the zone is unknown.
// A local time that a clock change skips is moved forward; one it repeats takes the first.
Result<Seconds> local_to_utc(std::string_view local, std::string_view zone, const std::string& field);
// The reverse, for refilling a form: UTC seconds → "2027-01-24T23:59" in `zone`.
std::string utc_to_local(Seconds at, std::string_view zone);

}  // namespace pmi::calls
