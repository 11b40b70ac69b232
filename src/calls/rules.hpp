#pragma once
// Pure rules of calls and applications: when a call accepts work, what a valid answer is,
// what a complete application is, and which state changes are allowed.
#include <vector>

#include "calls/call.hpp"
#include "core/result.hpp"

namespace pmi::calls {

inline constexpr std::size_t kMaxAnswerBytes = 20'000;
inline constexpr std::size_t kMaxQuestions = 40;
inline constexpr std::size_t kMaxCriteria = 12;

CallPhase phase(const Call& call, Seconds now);
// Ok while the call is open; DeadlinePassed from the deadline on (the deadline itself is
// too late); Invalid before it opens.
Status accepting_changes(const Call& call, Seconds now);

std::size_t count_words(std::string_view text);

// Problems with answers as typed (not with missing ones): unknown questions, words over
// the limit, numbers that are not numbers, choices not offered. Field: "q_<code>".
std::vector<Error> check_answers(const Call& call, const Answers& answers);
// Required questions left empty, in form order, each naming its field.
std::vector<Error> missing_answers(const Call& call, const Answers& answers);

enum class ApplicationEvent { Submit, Withdraw, Reopen };
// The status after `event`, or a Conflict error saying why it is not possible now.
Result<ApplicationStatus> transition(ApplicationStatus from, ApplicationEvent event);
// Drafts are the only applications whose answers change.
bool editable(ApplicationStatus status);

// Every problem of a call a program officer saves, named by form field.
std::vector<Error> check_call(const Call& call);

// Seconds left before the deadline (0 when passed), and the same in the biggest whole unit.
struct TimeLeft {
    std::int64_t amount = 0;
    enum class Unit { Days, Hours, Minutes } unit = Unit::Days;
};
TimeLeft time_left(const Call& call, Seconds now);

}  // namespace pmi::calls
