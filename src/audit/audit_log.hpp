#pragma once
// The audit log: who changed what, when. Append-only (the database refuses updates and
// deletes); written in the same transaction as the change it records.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::audit {

struct Entry {
    std::int64_t id = 0;
    Seconds at = 0;
    std::optional<std::int64_t> actor_user_id;
    std::string actor_name;
    std::string action;  // "user.sign_up", "membership.grant", ...
    std::string entity_type;
    std::string entity_id;
    std::string summary;  // before → after, without secrets
};

struct Filter {
    std::string action_prefix;
    std::string entity_type;
    std::optional<std::int64_t> actor_user_id;
    std::optional<Seconds> since;
    std::optional<Seconds> until;
    int limit = 100;
    int offset = 0;
};

class AuditLog {
public:
    explicit AuditLog(db::Connection& connection) : connection_(connection) {}
    void record(Seconds at, const Actor& actor, std::string_view action, std::string_view entity_type,
                std::string_view entity_id, std::string_view summary);
    std::vector<Entry> list(const Filter& filter);

private:
    db::Connection& connection_;
};

}  // namespace pmi::audit
