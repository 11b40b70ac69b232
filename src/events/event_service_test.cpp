// Events on every backend: places and the waiting list (also under 50 registrations at once
// for 10 places), promotion in order when someone cancels, mail through the outbox,
// reminders, attendance and who may do what.
#include "support/account_fixture.hpp"

#include <thread>

#include "accounts/user_store.hpp"
#include "events/event_service.hpp"
#include "events/event_store.hpp"

namespace pmi::events {
namespace {

class EventServiceTest : public testing::AccountFixture {
protected:
    EventServiceTest() : events(*database, clock, i18n, "https://pmi.example")
    {
        officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Program office", accounts::OrganisationKind::ProgramOffice));
    }

    // A signed-in person, made without password hashing so that tests can make many.
    Actor person(const std::string& name)
    {
        auto connection = database->acquire();
        Actor actor;
        actor.name = name;
        actor.email = name + "@example.org";
        actor.language = "fr";
        actor.user_id = accounts::UserStore(*connection).insert({name, actor.email, "", "fr"}, "x", clock.now(), true);
        return actor;
    }

    EventEdit edit(int capacity, const std::string& starts = "2027-03-15T09:00")
    {
        EventEdit edit;
        edit.kind = EventKind::TechnicalMission;
        edit.title.set("en", "Technical mission to Sonreba, Burkina Faso");
        edit.title.set("fr", "Mission technique à Sonreba");
        edit.description.set("en", "Two weeks on market management.");
        edit.starts_local = starts;
        edit.ends_local = "2027-03-29T17:00";
        edit.time_zone = "Africa/Ouagadougou";
        edit.place = "Sonreba town hall";
        edit.capacity = capacity;
        edit.published = true;
        return edit;
    }

    EventId scheduled(int capacity)
    {
        auto id = events.create(officer, edit(capacity));
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : EventId{};
    }

    std::vector<RegistrationStatus> statuses(EventId id)
    {
        std::vector<RegistrationStatus> statuses;
        for (const auto& registration : events.registrations(officer, id).value()) statuses.push_back(registration.status);
        return statuses;
    }

    EventService events;
    Actor officer;
};

using enum RegistrationStatus;

TEST_P(EventServiceTest, PlacesThenWaitingListThenPromotionInOrder)
{
    auto id = scheduled(2);
    auto ana = person("ana"), ben = person("ben"), cleo = person("cleo"), dan = person("dan");
    EXPECT_EQ(events.register_for(ana, id).value(), Registered);
    EXPECT_EQ(events.register_for(ben, id).value(), Registered);
    EXPECT_EQ(events.register_for(cleo, id).value(), Waiting);
    clock.advance(1);
    EXPECT_EQ(events.register_for(dan, id).value(), Waiting);
    EXPECT_EQ(events.register_for(dan, id).error().code, ErrorCode::Conflict);

    ASSERT_TRUE(events.cancel_registration(ben, id).ok());
    EXPECT_EQ(statuses(id), (std::vector{Registered, Cancelled, Registered, Waiting}));  // cleo, who waited first
    EXPECT_EQ(events.event(officer, id)->registered, 2);
    EXPECT_EQ(events.event(officer, id)->waiting, 1);
    auto promoted = mail().back();
    EXPECT_EQ(promoted.to_address, "cleo@example.org");
    EXPECT_NE(promoted.subject.find("Mission technique à Sonreba"), std::string::npos);  // in her language
    EXPECT_NE(promoted.body_text.find("2027-03-15 09:00 (Africa/Ouagadougou)"), std::string::npos);

    ASSERT_TRUE(events.cancel_registration(dan, id).ok());  // a waiting place: nobody moves
    EXPECT_EQ(statuses(id), (std::vector{Registered, Cancelled, Registered, Cancelled}));
    EXPECT_EQ(events.cancel_registration(dan, id).error().code, ErrorCode::Conflict);
    EXPECT_EQ(events.register_for(ben, id).value(), Waiting);  // registers again, behind the others
}

TEST_P(EventServiceTest, MorePlacesPromoteTheWaitingList)
{
    auto id = scheduled(1);
    auto ana = person("ana"), ben = person("ben"), cleo = person("cleo");
    for (const auto& someone : {ana, ben, cleo}) ASSERT_TRUE(events.register_for(someone, id).ok());
    ASSERT_TRUE(events.update(officer, id, edit(2)).ok());
    EXPECT_EQ(statuses(id), (std::vector{Registered, Registered, Waiting}));
}

TEST_P(EventServiceTest, FiftyRegistrationsAtOnceNeverOverbookTenPlaces)
{
    auto id = scheduled(10);
    std::vector<Actor> people;
    for (int i = 0; i < 50; ++i) people.push_back(person("p" + std::to_string(i)));
    std::vector<std::thread> threads;
    std::atomic<int> registered = 0, waiting = 0, failed = 0;
    for (const auto& someone : people)
        threads.emplace_back([&, someone] {
            auto result = events.register_for(someone, id);
            if (!result.ok()) ++failed;
            else if (*result == Registered) ++registered;
            else ++waiting;
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failed.load(), 0);
    EXPECT_EQ(registered.load(), 10);
    EXPECT_EQ(waiting.load(), 40);
    auto event = events.event(officer, id);
    EXPECT_EQ(event->registered, 10);
    EXPECT_EQ(event->waiting, 40);
}

TEST_P(EventServiceTest, RulesOfRegistration)
{
    auto ana = person("ana");
    EXPECT_EQ(events.register_for(Actor{}, scheduled(5)).error().code, ErrorCode::Unauthenticated);
    auto draft_edit = edit(5);
    draft_edit.published = false;
    auto draft = events.create(officer, draft_edit).value();
    EXPECT_EQ(events.register_for(ana, draft).error().code, ErrorCode::NotFound);
    EXPECT_EQ(events.event(ana, draft).error().code, ErrorCode::NotFound);
    EXPECT_EQ(events.list(ana).size(), 1u);
    EXPECT_EQ(events.list(officer).size(), 2u);

    auto id = scheduled(5);
    ASSERT_TRUE(events.register_for(ana, id).ok());
    EXPECT_EQ(events.create(ana, edit(5)).error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(events.cancel_event(officer, id).ok());
    EXPECT_EQ(mail().back().to_address, "ana@example.org");
    EXPECT_EQ(events.register_for(person("ben"), id).error().code, ErrorCode::Conflict);

    auto bad = edit(0);
    bad.ends_local = "2027-03-01T09:00";
    bad.time_zone = "Mars/Olympus";
    auto refused = events.create(officer, bad);
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"capacity", "time_zone"}));
}

TEST_P(EventServiceTest, RemindersLeaveOnceADayAhead)
{
    auto id = scheduled(5);  // 2027-03-15 09:00 in Ouagadougou (UTC)
    auto ana = person("ana");
    ASSERT_TRUE(events.register_for(ana, id).ok());
    const Seconds start = events.event(officer, id)->starts_at;
    clock.set(start - kReminderAhead - 60);
    EXPECT_EQ(events.queue_reminders(), 0);
    clock.set(start - kReminderAhead + 60);
    EXPECT_EQ(events.queue_reminders(), 1);
    EXPECT_EQ(events.queue_reminders(), 0);
    EXPECT_EQ(mail().back().to_address, "ana@example.org");
}

TEST_P(EventServiceTest, AttendanceOfAMissionRecordsItsHours)
{
    auto id = scheduled(5);
    auto ana = person("ana");
    ASSERT_TRUE(events.register_for(ana, id).ok());
    auto registration = events.registration_of(ana, id);
    ASSERT_TRUE(registration);
    EXPECT_EQ(events.record_attendance(officer, id, {{registration->id, true, 40, 0, ""}}).error().code, ErrorCode::Conflict);
    clock.set(events.event(officer, id)->ends_at + 1);
    EXPECT_EQ(events.record_attendance(officer, id, {{registration->id, true, -1, 0, ""}}).error().field,
              "hours_" + std::to_string(registration->id.value));
    ASSERT_TRUE(events.record_attendance(officer, id, {{registration->id, true, 40, 0, ""}}).ok());
    auto recorded = events.registrations(officer, id).value().front();
    EXPECT_EQ(recorded.attended, true);
    EXPECT_EQ(recorded.in_kind_hours, 40);
    EXPECT_EQ(events.record_attendance(ana, id, {}).error().code, ErrorCode::Forbidden);
}

INSTANTIATE_TEST_SUITE_P(Backends, EventServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::events
