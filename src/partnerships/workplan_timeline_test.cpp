// The timeline's geometry: bars from start to end on the partnership's months, milestones on
// their activity's row or a row of their own, labels kept apart on long workplans, today's
// line only inside the drawn months.
#include "partnerships/workplan_timeline.hpp"

#include <gtest/gtest.h>

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

Date day(const char* text) { return parse_date(text).value(); }

Workplan plan(const char* start, const char* end, const char* today)
{
    Workplan w;
    w.partnership.start = day(start);
    w.partnership.end = day(end);
    w.today = day(today);
    return w;
}

Activity activity(std::int64_t id, const char* start, const char* end, ActivityStatus status = ActivityStatus::Planned)
{
    Activity a;
    a.id = ActivityId{id};
    a.start = day(start), a.end = day(end), a.status = status;
    return a;
}

Milestone milestone(const char* due, std::int64_t activity = 0)
{
    Milestone m;
    m.due = day(due), m.activity = ActivityId{activity};
    return m;
}

TEST(WorkplanTimeline, BarsSpanTheirDaysAcrossThePartnershipsMonths)
{
    // 2026-04-01 to 2027-03-31: 365 days over 640 pixels.
    auto w = plan("2026-04-01", "2027-03-31", "2026-10-01");
    w.activities = {activity(1, "2026-04-01", "2027-03-31"), activity(2, "2026-05-01", "2026-05-01", ActivityStatus::InProgress)};
    w.milestones = {milestone("2026-09-30", 2), milestone("2027-01-15")};
    const auto t = timeline(w);
    ASSERT_EQ(t.months.size(), 12u);
    EXPECT_EQ(t.months[0].x, Timeline::kLabelWidth);
    EXPECT_EQ(t.months[0].label, "2026-04");
    EXPECT_EQ(t.months[11].label, "2027-03");
    ASSERT_EQ(t.bars.size(), 2u);
    EXPECT_EQ(t.bars[0].x, Timeline::kLabelWidth);
    EXPECT_EQ(t.bars[0].width, Timeline::kChartWidth) << "the whole partnership";
    EXPECT_EQ(t.bars[1].x, Timeline::kLabelWidth + 30 * Timeline::kChartWidth / 365);
    EXPECT_GE(t.bars[1].width, 1) << "a one-day activity is still drawn";
    EXPECT_TRUE(t.bars[1].overdue) << "in progress, ended before today";
    EXPECT_FALSE(t.bars[0].overdue);
    ASSERT_EQ(t.diamonds.size(), 2u);
    EXPECT_EQ(t.diamonds[0].y, t.bars[1].y + Timeline::kRowHeight / 2) << "on its activity's row";
    EXPECT_TRUE(t.diamonds[0].overdue);
    EXPECT_EQ(t.diamonds[1].y, t.milestone_row_y + Timeline::kRowHeight / 2);
    EXPECT_EQ(t.height, Timeline::kHeaderHeight + 3 * Timeline::kRowHeight + 4);
    ASSERT_TRUE(t.today_x);
    EXPECT_EQ(*t.today_x, Timeline::kLabelWidth + 183 * Timeline::kChartWidth / 365);
}

TEST(WorkplanTimeline, LongWorkplansLabelEveryThirdMonthAndTodayOutsideHasNoLine)
{
    auto w = plan("2026-04-01", "2029-03-31", "2030-01-01");
    const auto t = timeline(w);
    ASSERT_EQ(t.months.size(), 36u);
    EXPECT_EQ(t.months[1].label, "");
    EXPECT_EQ(t.months[3].label, "2026-07");
    EXPECT_FALSE(t.today_x);
    EXPECT_EQ(t.milestone_row_y, -1);
}

TEST(WorkplanTimeline, WithoutPartnershipDatesItSpansTheWork)
{
    Workplan w;
    w.today = day("2027-01-01");
    w.activities = {activity(1, "2026-06-15", "2026-08-10")};
    w.milestones = {milestone("2026-09-02")};
    const auto t = timeline(w);
    ASSERT_EQ(t.months.size(), 4u);
    EXPECT_EQ(t.months.front().label, "2026-06");
    EXPECT_EQ(t.months.back().label, "2026-09");
    EXPECT_TRUE(timeline(Workplan{}).months.empty());
}

}  // namespace
}  // namespace pmi::partnerships
