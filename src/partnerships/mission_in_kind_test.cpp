// Missions held for a partnership on every backend: recording attendance turns the hours of
// the partnership's Canadian municipal attendees (days × hours, or hours) into draft staff-time
// contributions valued at the hourly rate of their role on the mission's date; others' time is
// not counted; recording again changes the draft instead of adding one, withdraws it when the
// person did not attend, and leaves an approved one alone; another officer approves them.
#include "support/partnership_fixture.hpp"

#include <filesystem>

#include "events/event_service.hpp"
#include "partnerships/contribution_service.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/mission_in_kind.hpp"
#include "partnerships/rate_service.hpp"

namespace pmi::partnerships {
namespace {

class MissionInKindTest : public PartnershipFixture {
protected:
    MissionInKindTest()
        : folder(std::filesystem::temp_directory_path() / ("pmi-mission-" + std::to_string(::getpid()) + "-" + GetParam())), files(folder.string()),
          rates(*database, clock), contributions(*database, clock, files), ledgers(*database, clock, files),
          events(*database, clock, i18n, "https://pmi.example", nullptr, &missions)
    {
        id = create(input({"maple-falls", "cedar-creek"}, {"bf-reo"}));
        EXPECT_TRUE(rates.add(officer, RateTable::Hourly, {"technical-staff", "2026-04-01", "62.00", "Pay scale 2026"}).ok());
        second_officer = actor("second@example.org", Role::ProgramOfficer, office);
    }
    ~MissionInKindTest() override { std::filesystem::remove_all(folder); }

    events::EventEdit mission(std::int64_t partnership, events::EventKind kind = events::EventKind::StudyTour)
    {
        events::EventEdit edit;
        edit.kind = kind;
        edit.title.set("en", "Study tour of Maple Falls markets");
        edit.starts_local = "2027-03-15T09:00";
        edit.ends_local = "2027-03-19T17:00";
        edit.time_zone = "America/Toronto";
        edit.place = "Maple Falls";
        edit.capacity = 10;
        edit.published = true;
        edit.partnership = partnership;
        return edit;
    }

    events::RegistrationId registered(const Actor& who, events::EventId event)
    {
        EXPECT_TRUE(events.register_for(who, event).ok());
        return events.registration_of(who, event)->id;
    }

    std::vector<Contribution> ledger() { return contributions.ledger(officer, id).value().contributions; }

    std::filesystem::path folder;
    files::FileStore files;
    RateService rates;
    ContributionService contributions;
    LedgerService ledgers;
    MissionInKind missions;
    events::EventService events;
    PartnershipId id;
    Actor second_officer;
};

TEST_P(MissionInKindTest, OnlyMissionsAreHeldForAPartnershipThatExists)
{
    EXPECT_EQ(events.create(town_staff, mission(id.value)).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(events.create(officer, mission(id.value, events::EventKind::Webinar)).error().field, "partnership");
    EXPECT_EQ(events.create(officer, mission(id.value + 1000)).error().field, "partnership");
    auto created = events.create(officer, mission(id.value));
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(events.event(officer, *created)->partnership, id.value);
    const auto choices = events.mission_partnerships(officer).value();
    ASSERT_EQ(choices.size(), 1u);
    EXPECT_EQ(choices[0].first, id.value);
    EXPECT_EQ(events.mission_partnerships(town_staff).error().code, ErrorCode::Forbidden);
}

TEST_P(MissionInKindTest, AttendanceMakesOneDraftPerCanadianAttendeeApprovedByAnotherOfficer)
{
    const auto event = events.create(officer, mission(id.value)).value();
    const auto maple = registered(town_staff, event);
    const auto reo = registered(reo_staff, event);  // a partner local government's staff: not Canadian in-kind
    clock.set(events.event(officer, event)->ends_at + 1);

    auto role_missing = events.record_attendance(officer, event, {{maple, true, 7, 5, ""}});
    EXPECT_EQ(role_missing.error().field, "role_" + std::to_string(maple.value));
    EXPECT_TRUE(ledger().empty()) << "nothing written when a line cannot be valued";
    EXPECT_EQ(events.record_attendance(officer, event, {{maple, true, 25, 5, "technical-staff"}}).error().field,
              "hours_" + std::to_string(maple.value)) << "with days, hours are per day";

    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, true, 7, 5, "technical-staff"}, {reo, true, 20, 0, "technical-staff"}}).ok());
    auto drafts = ledger();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].municipality_key, "maple-falls");
    EXPECT_EQ(drafts[0].kind, ContributionKind::StaffTime);
    EXPECT_EQ(drafts[0].hours, 3500);
    EXPECT_EQ(drafts[0].entry.amount, Money::cents(217000)) << "35 h × 62.00";
    EXPECT_EQ(date_text(drafts[0].entry.date), "2027-03-15");
    EXPECT_EQ(drafts[0].entry.status, EntryStatus::Entered);
    EXPECT_EQ(drafts[0].entry.entered_by_id, officer.user_id);

    // Recorded again: the same draft, changed, never a second one.
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, true, 7, 5, "technical-staff"}}).ok());
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, true, 30, 0, "technical-staff"}}).ok());
    drafts = ledger();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].hours, 3000);
    // Did not attend after all: the draft goes; attended again: a new one.
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, false, 30, 0, "technical-staff"}}).ok());
    EXPECT_TRUE(ledger().empty());
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, true, 30, 0, "technical-staff"}}).ok());
    drafts = ledger();
    ASSERT_EQ(drafts.size(), 1u);

    // Approved by an officer who did not enter it, like any contribution; whoever changes it
    // last entered it. Once approved it stays.
    EXPECT_EQ(ledgers.review(officer, Ledger::InKind, id, drafts[0].entry.id, Review::Approve, "").error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(events.record_attendance(second_officer, event, {{maple, true, 7, 5, "technical-staff"}}).ok());
    EXPECT_EQ(ledgers.review(second_officer, Ledger::InKind, id, drafts[0].entry.id, Review::Approve, "").error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(ledgers.review(officer, Ledger::InKind, id, drafts[0].entry.id, Review::Approve, "").ok());
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, true, 40, 0, "technical-staff"}}).ok());
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, false, 0, 0, ""}}).ok());
    const auto approved = contributions.ledger(officer, id).value();
    ASSERT_EQ(approved.contributions.size(), 1u);
    EXPECT_EQ(approved.contributions[0].hours, 3500);
    EXPECT_EQ(approved.totals.total, Money::cents(217000)) << "35 h × 62.00";
    // The same attendance recorded twice changes nothing: no second audit entry either.
    EXPECT_EQ(audited("in_kind."), (std::vector<std::string>{"in_kind.enter", "in_kind.change", "in_kind.withdraw", "in_kind.enter",
                                                              "in_kind.change", "in_kind.approve"}));
}

TEST_P(MissionInKindTest, AMissionWithoutAPartnershipGivesNoInKind)
{
    const auto event = events.create(officer, mission(0)).value();
    const auto maple = registered(town_staff, event);
    clock.set(events.event(officer, event)->ends_at + 1);
    ASSERT_TRUE(events.record_attendance(officer, event, {{maple, true, 30, 0, "technical-staff"}}).ok());
    EXPECT_TRUE(ledger().empty());
    EXPECT_EQ(events.registrations(officer, event)->front().in_kind_hours, 30);
}

INSTANTIATE_TEST_SUITE_P(Backends, MissionInKindTest, ::testing::ValuesIn(testing::backends()), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::partnerships
