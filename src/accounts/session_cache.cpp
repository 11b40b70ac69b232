#include "accounts/session_cache.hpp"

#include <charconv>

namespace pmi::accounts {

std::unique_ptr<SessionCache> SessionCache::listening_to(const db::Database& database)
{
    auto cache = std::make_unique<SessionCache>();
    auto* raw = cache.get();
    cache->listener_ = db::ChangeListener::start(
        database, std::string(kChannel), [raw](std::string_view payload) { raw->changed(payload); },
        [raw] { raw->forget_all(); });
    if (!cache->listener_) return nullptr;
    return cache;
}

SessionCache::~SessionCache()
{
    listener_.reset();  // its thread calls back into this object: stop it first
}

bool SessionCache::active() const
{
    return !listener_ || listener_->listening();
}

SessionCache::Ticket SessionCache::ticket() const
{
    std::lock_guard lock(mutex_);
    return generation_;
}

std::optional<SessionOfUser> SessionCache::find(const std::string& id_hash) const
{
    if (!active()) return std::nullopt;
    std::lock_guard lock(mutex_);
    auto found = sessions_.find(id_hash);
    if (found == sessions_.end()) return std::nullopt;
    return found->second;
}

void SessionCache::keep(Ticket ticket, const std::string& id_hash, const SessionOfUser& session)
{
    if (!active()) return;
    std::lock_guard lock(mutex_);
    if (ticket != generation_) return;
    if (sessions_.size() >= kCapacity) {
        sessions_.clear();
        by_user_.clear();
    }
    if (sessions_.insert_or_assign(id_hash, session).second) by_user_.emplace(session.user.id.value, id_hash);
}

void SessionCache::forget_session(const std::string& id_hash)
{
    std::lock_guard lock(mutex_);
    ++generation_;
    auto found = sessions_.find(id_hash);
    if (found == sessions_.end()) return;
    auto [first, last] = by_user_.equal_range(found->second.user.id.value);
    for (auto at = first; at != last; ++at) {
        if (at->second == id_hash) {
            by_user_.erase(at);
            break;
        }
    }
    sessions_.erase(found);
}

void SessionCache::forget_user(UserId user)
{
    std::lock_guard lock(mutex_);
    ++generation_;
    auto [first, last] = by_user_.equal_range(user.value);
    for (auto at = first; at != last; ++at) sessions_.erase(at->second);
    by_user_.erase(first, last);
}

void SessionCache::changed(std::string_view payload)
{
    std::int64_t id = 0;
    auto [end, error] = std::from_chars(payload.data(), payload.data() + payload.size(), id);
    if (error != std::errc() || end != payload.data() + payload.size()) {
        forget_all();  // "*", or anything not understood: forget everything rather than guess
        return;
    }
    forget_user(UserId{id});
}

void SessionCache::forget_all()
{
    std::lock_guard lock(mutex_);
    ++generation_;
    sessions_.clear();
    by_user_.clear();
}

}  // namespace pmi::accounts
