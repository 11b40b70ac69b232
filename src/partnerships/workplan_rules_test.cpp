// Workplan rules without I/O: dates inside the partnership, status changes, and what is
// overdue on either side of midnight in the program's time zone.
#include "partnerships/workplan_rules.hpp"

#include <gtest/gtest.h>

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

using namespace std::chrono;

Partnership partnership()
{
    Partnership p;
    p.id = PartnershipId{7};
    p.start = parse_date("2026-04-01");
    p.end = parse_date("2028-03-31");
    return p;
}

ActivityInput market_study()
{
    ActivityInput in;
    in.title = {{"en", "Market study"}, {"fr", "Étude du marché"}, {"es", ""}};
    in.description = "Count the traders and what they sell.";
    in.start = "2026-09-01", in.end = "2027-03-31", in.responsible = "both", in.status = "planned", in.output = "1111";
    in.deliverables = {{"Survey report", ""}, {"", ""}, {"Trader list", "2026-12-15"}};
    return in;
}

Date day(const char* text) { return parse_date(text).value(); }

Seconds at(sys_seconds moment) { return moment.time_since_epoch().count(); }

TEST(WorkplanRules, ReadsAnActivityAndSkipsEmptyDeliverableRows)
{
    auto activity = read_activity(market_study(), partnership(), day("2027-01-15"));
    ASSERT_TRUE(activity.ok()) << activity.error().field << " " << activity.error().message;
    EXPECT_EQ(activity->title.get("fr"), "Étude du marché");
    EXPECT_EQ(activity->title.get("es"), "");
    EXPECT_EQ(activity->partnership, PartnershipId{7});
    EXPECT_EQ(activity->responsible, ResponsibleSide::Both);
    ASSERT_EQ(activity->deliverables.size(), 2u);
    EXPECT_EQ(activity->deliverables[1], (Deliverable{"Trader list", day("2026-12-15")}));
    EXPECT_EQ(input_of(*activity).deliverables.size(), 2u);
    EXPECT_EQ(read_activity(input_of(*activity), partnership(), day("2027-01-15"))->deliverables, activity->deliverables);
}

TEST(WorkplanRules, NamesEveryFieldThatIsWrong)
{
    auto in = market_study();
    in.title = {{"en", "  "}};
    in.start = "2026-03-31";  // the day before the partnership starts
    in.end = "2026-02-01";
    in.responsible = "mayor";
    in.output = "11 11";
    in.deliverables = {{"Report", "2027-01-16"}, {"", "2026-10-01"}};
    auto refused = read_activity(in, partnership(), day("2027-01-15"));
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"title", "start", "end", "end", "responsible", "output", "delivered_on_1", "deliverable_2"}));
    EXPECT_EQ(flatten(refused.error())[1].arguments, (std::vector<std::string>{"2026-03-31", "2026-04-01", "2028-03-31"}));

    in = market_study();
    in.title["fr"] = "Étude\ndu marché";
    EXPECT_EQ(read_activity(in, partnership(), day("2027-01-15")).error().field, "title_fr");
    in = market_study();
    in.end = "2028-04-01";
    EXPECT_EQ(read_activity(in, partnership(), day("2027-01-15")).error().field, "end");
    in.end = "2027-02-30";
    EXPECT_EQ(read_activity(in, partnership(), day("2027-01-15")).error().field, "end");
    in.end = "";
    EXPECT_EQ(read_activity(in, partnership(), day("2027-01-15")).error().field, "end");
    Partnership undated = partnership();
    undated.end.reset();
    EXPECT_EQ(read_activity(market_study(), undated, day("2027-01-15")).error().field, "start");
    in = market_study();
    in.deliverables.assign(kMostDeliverables + 1, {"Item", ""});
    EXPECT_EQ(read_activity(in, partnership(), day("2027-01-15")).error().field, "deliverables");
}

TEST(WorkplanRules, StatusChangesFollowTheWork)
{
    auto activity = read_activity(market_study(), partnership(), day("2027-01-15")).value();
    activity.status = ActivityStatus::InProgress;
    EXPECT_TRUE(check_status_change(ActivityStatus::Planned, activity).ok());
    activity.status = ActivityStatus::Done;
    EXPECT_EQ(check_status_change(ActivityStatus::InProgress, activity).error().field, "status") << "the survey report is not delivered";
    activity.deliverables[0].delivered_on = day("2027-01-10");
    EXPECT_TRUE(check_status_change(ActivityStatus::InProgress, activity).ok());
    activity.status = ActivityStatus::Cancelled;
    EXPECT_FALSE(check_status_change(ActivityStatus::Done, activity).ok()) << "done work is reopened, not cancelled";
    activity.status = ActivityStatus::InProgress;
    EXPECT_TRUE(check_status_change(ActivityStatus::Done, activity).ok());
    EXPECT_FALSE(check_status_change(ActivityStatus::Cancelled, activity).ok()) << "cancelled work is planned again first";
    activity.status = ActivityStatus::Planned;
    EXPECT_TRUE(check_status_change(ActivityStatus::Cancelled, activity).ok());
}

TEST(WorkplanRules, TodayIsTheProgramOfficesDay)
{
    // Midnight in Ottawa on April 1, 2027 is 04:00 UTC (daylight time).
    const auto midnight = sys_days{2027y / April / 1} + 4h;
    EXPECT_EQ(program_today(at(midnight - 1s)), day("2027-03-31"));
    EXPECT_EQ(program_today(at(midnight)), day("2027-04-01"));
    // In January it is 05:00 UTC (standard time).
    EXPECT_EQ(program_today(at(sys_days{2027y / January / 16} + 4h + 59min)), day("2027-01-15"));
    EXPECT_EQ(program_today(at(sys_days{2027y / January / 16} + 5h)), day("2027-01-16"));
}

TEST(WorkplanRules, OverdueFromTheDayAfterTheEnd)
{
    auto activity = read_activity(market_study(), partnership(), day("2027-01-15")).value();  // ends 2027-03-31
    EXPECT_FALSE(is_overdue(activity, day("2027-03-31")));
    EXPECT_TRUE(is_overdue(activity, day("2027-04-01")));
    activity.status = ActivityStatus::InProgress;
    EXPECT_TRUE(is_overdue(activity, day("2027-04-01")));
    activity.status = ActivityStatus::Done;
    EXPECT_FALSE(is_overdue(activity, day("2027-04-01")));
    activity.status = ActivityStatus::Cancelled;
    EXPECT_FALSE(is_overdue(activity, day("2027-04-01")));

    auto milestone = read_milestone({{{"en", "Market opens"}}, "2027-06-30", "", ""}, partnership(), day("2027-01-15")).value();
    EXPECT_FALSE(is_overdue(milestone, day("2027-06-30")));
    EXPECT_TRUE(is_overdue(milestone, day("2027-07-01")));
    milestone.done_on = day("2027-07-02");
    EXPECT_FALSE(is_overdue(milestone, day("2027-07-03")));
}

TEST(WorkplanRules, MilestonesAreDueInsideThePartnershipAndDoneByToday)
{
    auto refused = read_milestone({{{"fr", ""}}, "2029-01-01", "2027-01-16", ""}, partnership(), day("2027-01-15"));
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"title", "due", "done_on"}));
    EXPECT_TRUE(read_milestone({{{"fr", "Ouverture"}}, "2028-03-31", "2027-01-15", ""}, partnership(), day("2027-01-15")).ok());
}

}  // namespace
}  // namespace pmi::partnerships
