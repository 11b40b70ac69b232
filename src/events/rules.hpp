#pragma once
// The rules of events, pure: what a valid event is, and who gets a place.
#include <vector>

#include "core/error.hpp"
#include "core/result.hpp"
#include "events/event.hpp"

namespace pmi::events {

inline constexpr std::size_t kMaxTitleBytes = 200;
inline constexpr std::size_t kMaxDescriptionBytes = 20000;
inline constexpr std::size_t kMaxPlaceBytes = 300;
inline constexpr std::size_t kMaxUrlBytes = 500;
inline constexpr int kMaxHours = 2000;
inline constexpr int kMaxDays = 60;  // an event lasts at most 60 days

// Problems with the edit's own fields (moments are checked once converted, by the service).
std::vector<Error> check_event_edit(const EventEdit& edit);
// An event ends after it starts and lasts at most 60 days.
std::vector<Error> check_moments(Seconds starts_at, Seconds ends_at);

// The hours of the line in all (days × hours per day, or the hours), or an error on
// "hours_<registration>" or "days_<registration>".
Result<int> attendance_hours(const AttendanceLine& line);

// A new registration takes a place while fewer than `capacity` hold one, else it waits.
RegistrationStatus admission(int registered, int capacity);

// Places freed (capacity − registered) go to the first of the waiting list, in order: how
// many of the `waiting` are promoted.
int promotions(int registered, int capacity, int waiting);

}  // namespace pmi::events
