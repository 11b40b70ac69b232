#pragma once
// What an activity and a milestone must be before they are saved, which status changes an
// activity may make, and what is overdue, checked without I/O. Each error names the field
// the form and the API name.
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "partnerships/workplan.hpp"

namespace pmi::partnerships {

inline constexpr std::size_t kMostDeliverables = 20;
inline constexpr std::size_t kMostActivities = 500;  // per partnership
inline constexpr std::size_t kMostMilestones = 500;
inline constexpr std::size_t kMostTitleBytes = 300;
inline constexpr std::size_t kMostOutputCodeBytes = 20;

// The program office's calendar day at `now`: workplan dates are days in Canada's capital
// region (America/Toronto), so an activity ending on March 31 is overdue from April 1 at
// midnight there, whatever the server's own time zone.
Date program_today(Seconds now);

// The input as an activity of `partnership`. Fails with every problem found: no title in
// any language, a date that is not YYYY-MM-DD, an end before the start, dates outside the
// partnership's (or a partnership without dates), an unknown side or status, an output code
// that is not letters, digits, dots and hyphens, a deliverable delivered after `today` or
// without a description, too many deliverables, text too long. Deliverable fields are named
// deliverable_N and delivered_on_N, N counting from 1.
Result<Activity> read_activity(const ActivityInput& input, const Partnership& partnership, Date today);

// Whether an activity may go from one status to another: planned work starts, is done or is
// cancelled; work in progress is done, cancelled or put back to planned; done work may be
// reopened (in progress) and cancelled work planned again. Done needs every deliverable
// delivered. Fails on "status".
Status check_status_change(ActivityStatus from, const Activity& after);

// The input as a milestone of `partnership` (its activity left for the service to check).
// Fails on a missing title, a due date missing, malformed or outside the partnership, and a
// done date after `today`.
Result<Milestone> read_milestone(const MilestoneInput& input, const Partnership& partnership, Date today);

// An activity is overdue when it is planned or in progress and its end date is before
// `today`; a milestone when it is not done and its due date is before `today`.
bool is_overdue(const Activity& activity, Date today);
bool is_overdue(const Milestone& milestone, Date today);

// The input as the form and the API send it back: read_activity(input_of(a)) gives a again.
ActivityInput input_of(const Activity& activity);
MilestoneInput input_of(const Milestone& milestone);

}  // namespace pmi::partnerships
