// Workplans on every backend: who reads and plans which workplan, refused input that writes
// nothing, status changes, the link to the logic model's outputs, the program's overdue
// work at the day boundary, the audit log, and the store's round trips.
#include "support/partnership_fixture.hpp"

#include <set>

#include "partnerships/fiscal_year.hpp"
#include "partnerships/workplan_service.hpp"
#include "partnerships/workplan_store.hpp"

namespace pmi::partnerships {
namespace {

using namespace std::chrono;

// The outputs a logic model would hold, for the service's check.
class KnownOutputs final : public OutputCatalog {
public:
    explicit KnownOutputs(std::set<std::string, std::less<>> codes) : codes_(std::move(codes)) {}
    bool has_output(db::Connection&, std::string_view code) const override { return codes_.count(code) > 0; }

private:
    std::set<std::string, std::less<>> codes_;
};

class WorkplanServiceTest : public PartnershipFixture {
protected:
    WorkplanServiceTest() : outputs({"1111", "1112"}), workplans(*database, clock, &outputs) {}

    static ActivityInput activity(const std::string& title, const std::string& start, const std::string& end)
    {
        ActivityInput in;
        in.title = {{"en", title}};
        in.description = "Internal notes on " + title;
        in.start = start, in.end = end, in.responsible = "partner-local-government", in.status = "planned", in.output = "1111";
        in.deliverables = {{"Report on " + title, ""}};
        return in;
    }

    // Midnight at the start of `day` in the program's time zone (Ottawa, daylight time).
    void set_today(sys_days day) { clock.set(sys_seconds{day + 4h}.time_since_epoch().count()); }

    KnownOutputs outputs;
    WorkplanService workplans;
};

TEST_P(WorkplanServiceTest, StaffAndOfficersPlanThePublicReadsPublicFields)
{
    auto id = partnership("2026-04-01", "2029-03-31");
    auto hidden = partnership("2026-04-01", "2029-03-31", false, "bf-koudougou");
    ASSERT_TRUE(id.valid());
    auto study = workplans.add_activity(reo_staff, id, activity("Market study", "2026-09-01", "2027-03-31"));
    ASSERT_TRUE(study.ok()) << study.error().field << " " << study.error().message;
    ASSERT_TRUE(workplans.add_activity(officer, id, activity("Stall design", "2027-04-01", "2027-09-30")).ok());
    ASSERT_TRUE(workplans.add_milestone(town_staff, id, {{{"en", "Market opens"}}, "2027-10-15", "", std::to_string(study->value)}).ok());

    EXPECT_EQ(workplans.add_activity(other_staff, id, activity("Intrusion", "2026-09-01", "2026-10-01")).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(workplans.add_activity(visitor, id, activity("Intrusion", "2026-09-01", "2026-10-01")).error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(workplans.add_activity(other_staff, hidden, activity("Intrusion", "2026-09-01", "2026-10-01")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(workplans.workplan(visitor, hidden).error().code, ErrorCode::NotFound);
    EXPECT_EQ(workplans.workplan(other_staff, hidden).error().code, ErrorCode::NotFound);

    auto seen = workplans.workplan(town_staff, id).value();
    EXPECT_EQ(seen.access, Access::Staff);
    ASSERT_EQ(seen.activities.size(), 2u);
    EXPECT_EQ(seen.activities[0].description, "Internal notes on Market study");
    EXPECT_EQ(seen.activities[0].deliverables.size(), 1u);
    ASSERT_EQ(seen.milestones.size(), 1u);
    EXPECT_EQ(seen.milestones[0].activity, *study);

    auto public_view = workplans.workplan(visitor, id).value();
    EXPECT_EQ(public_view.access, Access::Public);
    EXPECT_EQ(public_view.activities[0].title.get("en"), "Market study");
    EXPECT_EQ(public_view.activities[0].description, "");
    EXPECT_TRUE(public_view.activities[0].deliverables.empty());
    EXPECT_EQ(public_view.partnership.contact_email, "");
    EXPECT_EQ(workplans.workplan(other_staff, id)->access, Access::Public);

    EXPECT_EQ(audited("workplan."), (std::vector<std::string>{"workplan.activity.add", "workplan.activity.add", "workplan.milestone.add"}));
}

TEST_P(WorkplanServiceTest, BadInputNamesTheFieldAndWritesNothing)
{
    auto id = partnership("2026-04-01", "2028-03-31");
    auto late = activity("Late", "2027-01-01", "2028-04-30");
    auto refused = workplans.add_activity(officer, id, late);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "end");
    EXPECT_EQ(refused.error().arguments.at(1), "2026-04-01");
    auto unknown_output = activity("Unknown output", "2027-01-01", "2027-02-01");
    unknown_output.output = "9999";
    EXPECT_EQ(workplans.add_activity(officer, id, unknown_output).error().field, "output");
    auto done_undelivered = activity("Done too soon", "2026-05-01", "2026-06-01");
    done_undelivered.status = "done";
    EXPECT_EQ(workplans.add_activity(officer, id, done_undelivered).error().field, "status");
    EXPECT_EQ(count("workplan_activities"), 0);
    EXPECT_EQ(count("activity_deliverables"), 0);
    EXPECT_TRUE(audited("workplan.").empty());

    auto other = partnership("2026-04-01", "2028-03-31", false, "bf-koudougou");
    auto elsewhere = workplans.add_activity(officer, other, activity("Elsewhere", "2026-05-01", "2026-06-01")).value();
    auto linked_elsewhere = workplans.add_milestone(officer, id, {{{"en", "Linked elsewhere"}}, "2027-01-01", "", std::to_string(elsewhere.value)});
    EXPECT_EQ(linked_elsewhere.error().field, "activity");
    auto no_title = workplans.add_milestone(officer, id, {{{"en", ""}}, "2030-01-01", "", ""});
    ASSERT_FALSE(no_title.ok());
    EXPECT_EQ(no_title.error().field, "title");
    EXPECT_EQ(no_title.error().more.at(0).field, "due");
    EXPECT_EQ(count("workplan_milestones"), 0);
    EXPECT_TRUE(audited("workplan.milestone").empty());
}

TEST_P(WorkplanServiceTest, ActivitiesMoveThroughTheirStatuses)
{
    auto id = partnership("2026-04-01", "2028-03-31");
    auto input = activity("Business register", "2026-05-01", "2026-12-31");
    auto activity_id = workplans.add_activity(town_staff, id, input).value();
    input.status = "in-progress";
    ASSERT_TRUE(workplans.update_activity(reo_staff, id, activity_id, input).ok());
    input.status = "done";
    EXPECT_EQ(workplans.update_activity(reo_staff, id, activity_id, input).error().field, "status");
    input.deliverables[0].delivered_on = "2026-12-20";
    ASSERT_TRUE(workplans.update_activity(reo_staff, id, activity_id, input).ok());
    input.status = "cancelled";
    EXPECT_EQ(workplans.update_activity(officer, id, activity_id, input).error().field, "status");
    input.output = "9999";
    input.status = "done";
    EXPECT_EQ(workplans.update_activity(officer, id, activity_id, input).error().field, "output");
    EXPECT_EQ(workplans.update_activity(other_staff, id, activity_id, input).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(workplans.update_activity(officer, id, ActivityId{activity_id.value + 100}, input).error().code, ErrorCode::NotFound);

    auto saved = workplans.workplan(officer, id)->activities.at(0);
    EXPECT_EQ(saved.status, ActivityStatus::Done);
    EXPECT_EQ(saved.output, "1111");
    EXPECT_EQ(saved.deliverables.at(0).delivered_on, parse_date("2026-12-20"));
    EXPECT_EQ(audited("workplan.activity"), (std::vector<std::string>{"workplan.activity.add", "workplan.activity.change", "workplan.activity.change"}));
}

TEST_P(WorkplanServiceTest, OverdueWorkAcrossTheProgramAtMidnight)
{
    auto id = partnership("2026-04-01", "2028-03-31");
    ASSERT_TRUE(workplans.add_activity(officer, id, activity("Ends in March", "2026-09-01", "2027-03-31")).ok());
    auto cancelled = activity("Cancelled", "2026-09-01", "2026-10-31");
    cancelled.status = "cancelled";
    ASSERT_TRUE(workplans.add_activity(officer, id, cancelled).ok());
    auto milestone = workplans.add_milestone(officer, id, {{{"en", "Council vote"}}, "2027-03-31", "", ""}).value();

    set_today(sys_days{2027y / March / 31});
    clock.advance(24 * 3600 - 1);  // 23:59:59 on March 31 in Ottawa
    auto before = workplans.overdue(officer).value();
    EXPECT_EQ(before.today, parse_date("2027-03-31"));
    EXPECT_TRUE(before.partnerships.empty()) << "due today is not overdue";

    clock.advance(1);
    auto after = workplans.overdue(officer).value();
    ASSERT_EQ(after.partnerships.size(), 1u);
    EXPECT_EQ(after.partnerships[0].partnership.id, id);
    ASSERT_EQ(after.partnerships[0].activities.size(), 1u);
    EXPECT_EQ(after.partnerships[0].activities[0].title.get("en"), "Ends in March");
    EXPECT_EQ(after.partnerships[0].milestones.size(), 1u);
    EXPECT_EQ(workplans.overdue(town_staff).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(workplans.overdue(visitor).error().code, ErrorCode::Unauthenticated);

    ASSERT_TRUE(workplans.update_milestone(reo_staff, id, milestone, {{{"en", "Council vote"}}, "2027-03-31", "2027-04-01", ""}).ok());
    EXPECT_TRUE(workplans.overdue(officer)->partnerships[0].milestones.empty());
}

TEST_P(WorkplanServiceTest, StoreKeepsDeliverablesInOrderAndFindsOverdueWork)
{
    auto id = partnership("2026-04-01", "2028-03-31");
    auto connection = database->acquire();
    WorkplanStore store(*connection);
    Activity a;
    a.partnership = id;
    a.title.set("es", "Feria de empleo");
    a.start = parse_date("2026-06-01").value(), a.end = parse_date("2026-06-30").value();
    a.responsible = ResponsibleSide::ProgramOffice, a.status = ActivityStatus::InProgress, a.output = "1112";
    a.deliverables = {{"Carteles", parse_date("2026-05-20")}, {"Lista de empresas", {}}, {"Informe", {}}};
    a.id = store.insert_activity(a, 100);
    auto read = store.activity(a.id).value();
    EXPECT_EQ(read.title.get("es"), "Feria de empleo");
    EXPECT_EQ(read.deliverables, a.deliverables);
    EXPECT_EQ(read.responsible, ResponsibleSide::ProgramOffice);
    EXPECT_EQ(read.updated_at, 100);

    a.deliverables = {{"Informe", parse_date("2026-07-02")}};
    a.status = ActivityStatus::Planned;
    store.update_activity(a, 200);
    EXPECT_EQ(store.activity(a.id)->deliverables, a.deliverables);
    EXPECT_EQ(count("activity_deliverables"), 1);

    Milestone m;
    m.partnership = id, m.activity = a.id, m.due = parse_date("2026-07-01").value();
    m.title.set("es", "Feria abierta");
    m.id = store.insert_milestone(m, 100);
    EXPECT_EQ(store.milestone(m.id)->activity, a.id);
    EXPECT_FALSE(store.milestone(m.id)->done_on);

    EXPECT_EQ(store.overdue_activities(parse_date("2026-06-30").value()).size(), 0u);
    EXPECT_EQ(store.overdue_activities(parse_date("2026-07-01").value()).size(), 1u);
    EXPECT_EQ(store.overdue_milestones(parse_date("2026-07-02").value()).size(), 1u);
    m.done_on = parse_date("2026-07-02");
    store.update_milestone(m, 300);
    EXPECT_EQ(store.overdue_milestones(parse_date("2026-07-03").value()).size(), 0u);
    EXPECT_EQ(store.activities(id).size(), 1u);
    EXPECT_EQ(store.milestones(id).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkplanServiceTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
