#pragma once
// Sessions resolved recently, kept in memory so that a signed-in request need not ask the
// database who it is. A kept session is only as good as the news of its changes: the cache
// serves entries only while it hears every change the database announces (see
// db/change_listener.hpp and migration 0026), drops a user's entries when one is announced,
// and drops everything when announcements may have been missed. On a database that cannot
// announce changes (SQLite) there is no cache, and every request reads its session.
//
// A reader takes a ticket before it reads the database; what it read is kept only if no
// change was announced since, so a read that raced a change never outlives it.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "accounts/session_store.hpp"
#include "db/change_listener.hpp"

namespace pmi::db {
class Database;
}

namespace pmi::accounts {

class SessionCache {
public:
    static constexpr std::string_view kChannel = "pmi_signed_in";
    static constexpr std::size_t kCapacity = 20000;  // sessions; beyond it the cache starts afresh

    // A cache fed by the database's announcements, or nullptr when the database makes none.
    static std::unique_ptr<SessionCache> listening_to(const db::Database& database);
    // A cache fed by hand through changed() and forget_all(), for tests.
    SessionCache() = default;
    ~SessionCache();

    // True while announcements reach the cache: only then may it serve or keep anything.
    bool active() const;

    using Ticket = std::uint64_t;
    Ticket ticket() const;
    std::optional<SessionOfUser> find(const std::string& id_hash) const;
    // Keeps what was read under `ticket`, unless a change was announced since.
    void keep(Ticket ticket, const std::string& id_hash, const SessionOfUser& session);

    void forget_session(const std::string& id_hash);
    void forget_user(UserId user);
    // An announcement: a user's id, or "*" when any user may be concerned.
    void changed(std::string_view payload);
    // Announcements may have been missed, or this process changed something: nothing kept
    // can be trusted.
    void forget_all();

private:
    mutable std::mutex mutex_;
    std::uint64_t generation_ = 0;  // moves on every announcement; a ticket is a generation
    std::unordered_map<std::string, SessionOfUser> sessions_;
    // Each user's kept session hashes: an announcement for one user (a sweep of expired
    // sessions sends thousands) costs that user's sessions, not a pass over all of them.
    std::unordered_multimap<std::int64_t, std::string> by_user_;
    std::unique_ptr<db::ChangeListener> listener_;
};

}  // namespace pmi::accounts
