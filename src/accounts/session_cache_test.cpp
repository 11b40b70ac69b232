// Sessions kept in memory: what is kept, what an announcement drops, and, on PostgreSQL, that
// a change made by another process reaches a server's kept sessions.
#include "accounts/session_cache.hpp"

#include <chrono>
#include <thread>

#include "accounts/organisation_store.hpp"
#include "db/statement_count.hpp"
#include "support/account_fixture.hpp"

namespace pmi::accounts {
namespace {

using testing::kPassword;

SessionOfUser session_of(std::int64_t user, const std::string& name)
{
    SessionOfUser out;
    out.user.id = UserId{user};
    out.user.name = name;
    out.session.user_id = UserId{user};
    return out;
}

// Two sessions of user 1 ("a1", "a2") and one of user 2 ("b").
void keep_two_users(SessionCache& cache)
{
    cache.keep(cache.ticket(), "a1", session_of(1, "Awa"));
    cache.keep(cache.ticket(), "a2", session_of(1, "Awa"));
    cache.keep(cache.ticket(), "b", session_of(2, "Binta"));
}

TEST(SessionCache, ServesWhatItKept)
{
    SessionCache cache;
    EXPECT_FALSE(cache.find("a"));
    cache.keep(cache.ticket(), "a", session_of(1, "Awa"));
    ASSERT_TRUE(cache.find("a"));
    EXPECT_EQ(cache.find("a")->user.name, "Awa");
}

TEST(SessionCache, AReadThatRacedAnAnnouncementIsNotKept)
{
    SessionCache cache;
    const auto ticket = cache.ticket();
    cache.changed("1");  // announced while the reader was at the database
    cache.keep(ticket, "a", session_of(1, "Awa"));
    EXPECT_FALSE(cache.find("a")) << "what was read may predate the change";
    cache.keep(cache.ticket(), "a", session_of(1, "Awa"));
    EXPECT_TRUE(cache.find("a"));
}

TEST(SessionCache, AnAnnouncementDropsThatUsersSessionsOnly)
{
    SessionCache cache;
    keep_two_users(cache);
    cache.changed("1");
    EXPECT_FALSE(cache.find("a1"));
    EXPECT_FALSE(cache.find("a2"));
    EXPECT_TRUE(cache.find("b"));
    cache.forget_session("b");
    EXPECT_FALSE(cache.find("b"));
}

TEST(SessionCache, ForgettingOneSessionLeavesTheUsersOthersToTheirAnnouncement)
{
    SessionCache cache;
    keep_two_users(cache);
    cache.forget_session("a1");
    EXPECT_FALSE(cache.find("a1"));
    EXPECT_TRUE(cache.find("a2"));
    cache.keep(cache.ticket(), "a1", session_of(1, "Awa"));
    cache.keep(cache.ticket(), "a1", session_of(1, "Awa"));  // kept again: still one entry
    cache.changed("1");
    EXPECT_FALSE(cache.find("a1"));
    EXPECT_FALSE(cache.find("a2"));
    EXPECT_TRUE(cache.find("b"));
    cache.changed("1");  // nothing left of user 1: no harm
    cache.changed("2");
    EXPECT_FALSE(cache.find("b"));
}

TEST(SessionCache, AnAnnouncementForEveryoneOrNotUnderstoodDropsEverything)
{
    for (const char* payload : {"*", "12x", "", "99999999999999999999"}) {
        SessionCache cache;
        cache.keep(cache.ticket(), "a", session_of(1, "Awa"));
        cache.keep(cache.ticket(), "b", session_of(2, "Binta"));
        cache.changed(payload);
        EXPECT_FALSE(cache.find("a")) << payload;
        EXPECT_FALSE(cache.find("b")) << payload;
    }
    SessionCache cache;
    cache.keep(cache.ticket(), "a", session_of(1, "Awa"));
    cache.forget_all();
    EXPECT_FALSE(cache.find("a"));
}

TEST(SessionCache, StaysWithinItsCapacity)
{
    SessionCache cache;
    for (std::size_t i = 0; i < SessionCache::kCapacity; ++i)
        cache.keep(cache.ticket(), "s" + std::to_string(i), session_of(static_cast<std::int64_t>(i) + 1, "u"));
    EXPECT_TRUE(cache.find("s0"));
    cache.keep(cache.ticket(), "one-more", session_of(1, "u"));
    EXPECT_FALSE(cache.find("s0")) << "a full cache starts afresh";
    EXPECT_TRUE(cache.find("one-more"));
}

class KeptSessionsTest : public testing::AccountFixture {
protected:
    // Waits until `done` holds, for two seconds at most.
    template <typename Done>
    static bool eventually(Done done)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
        while (!done()) {
            if (std::chrono::steady_clock::now() > deadline) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    }

    static std::uint64_t statements_to_resolve(AccountService& accounts, const std::string& session)
    {
        const auto before = db::statements_run_on_this_thread();
        EXPECT_TRUE(accounts.resolve(session));
        return db::statements_run_on_this_thread() - before;
    }
};

TEST_P(KeptSessionsTest, OnlyADatabaseThatAnnouncesChangesGetsACache)
{
    auto cache = SessionCache::listening_to(*database);
    if (database->dialect() == db::Dialect::Sqlite) {
        EXPECT_FALSE(cache) << "SQLite cannot tell one process of another's changes";
        return;
    }
    ASSERT_TRUE(cache);
    EXPECT_TRUE(eventually([&] { return cache->active(); }));
}

TEST_P(KeptSessionsTest, AKeptSessionAnswersWithoutTheDatabaseUntilAnotherProcessChangesIt)
{
    auto cache = SessionCache::listening_to(*database);
    if (!cache) GTEST_SKIP() << "SQLite has no cache";
    ASSERT_TRUE(eventually([&] { return cache->active(); }));
    service.keep_sessions_in(cache.get());
    const auto maple = organisation("Maple Falls", OrganisationKind::CanadianMunicipality);
    const auto reo = organisation("Commune de Réo", OrganisationKind::PartnerLocalGovernment);
    ASSERT_TRUE(service.ensure_user({"Awa", "awa@example.org", kPassword, "fr"}, Role::Applicant, maple).ok());
    const auto session = service.sign_in("awa@example.org", kPassword)->session_id;
    const auto user = service.resolve(session)->actor.user_id;
    EXPECT_EQ(statements_to_resolve(service, session), 0u) << "kept after the first read";

    // Another server: its own connections, its own service.
    auto other = db::Database::open(database->url());
    {
        auto connection = other->acquire();
        ASSERT_TRUE(OrganisationStore(*connection).grant(user, reo, Role::Partner, testing::kStart));
    }
    EXPECT_TRUE(eventually([&] { return service.resolve(session)->actor.memberships.size() == 2; }))
        << "a role granted elsewhere reaches the kept session";
    {
        auto connection = other->acquire();
        connection->execute("UPDATE users SET language = 'es' WHERE id = ?", {user.value});
    }
    EXPECT_TRUE(eventually([&] { return service.resolve(session)->actor.language == "es"; }));
    EXPECT_EQ(statements_to_resolve(service, session), 0u);

    AccountService elsewhere(*other, clock, i18n, settings());
    elsewhere.sign_out(session);
    EXPECT_TRUE(eventually([&] { return !service.resolve(session); })) << "signed out on another server";
}

TEST_P(KeptSessionsTest, AKeptSessionIsStillTouchedAndStillExpires)
{
    auto cache = SessionCache::listening_to(*database);
    if (!cache) GTEST_SKIP() << "SQLite has no cache";
    ASSERT_TRUE(eventually([&] { return cache->active(); }));
    service.keep_sessions_in(cache.get());
    verified_user("busy@example.org");
    const auto session = service.sign_in("busy@example.org", kPassword)->session_id;
    ASSERT_TRUE(service.resolve(session));
    clock.advance(59);
    EXPECT_EQ(statements_to_resolve(service, session), 0u);
    clock.advance(1);
    EXPECT_GT(statements_to_resolve(service, session), 0u) << "due for its once-a-minute touch";
    {
        auto connection = database->acquire();
        EXPECT_EQ(connection->query_one("SELECT last_seen_at FROM sessions")->integer(0), clock.now());
    }
    EXPECT_EQ(statements_to_resolve(service, session), 0u);
    clock.advance(30 * 60 + 1);
    EXPECT_FALSE(service.resolve(session)) << "idle for more than 30 minutes, kept or not";

    const auto again = service.sign_in("busy@example.org", kPassword)->session_id;
    ASSERT_TRUE(service.resolve(again));
    service.sign_out(again);
    EXPECT_FALSE(service.resolve(again)) << "signing out here ends the session here at once";
}

INSTANTIATE_TEST_SUITE_P(Backends, KeptSessionsTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::accounts
