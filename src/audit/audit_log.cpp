#include "audit/audit_log.hpp"

namespace pmi::audit {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO audit_log (at, actor_user_id, actor_name, action, entity_type, entity_id, summary)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)";

// Optional filters are bound as NULL and switched off in SQL, so one statement serves all;
// the casts tell PostgreSQL the type of a parameter that is only compared with NULL.
constexpr std::string_view kList =
    "SELECT id, at, actor_user_id, actor_name, action, entity_type, entity_id, summary FROM audit_log"
    " WHERE (? = '' OR action LIKE ? || '%') AND (? = '' OR entity_type = ?)"
    " AND (CAST(? AS BIGINT) IS NULL OR actor_user_id = ?) AND (CAST(? AS BIGINT) IS NULL OR at >= ?)"
    " AND (CAST(? AS BIGINT) IS NULL OR at < ?)"
    " ORDER BY id DESC LIMIT ? OFFSET ?";

}  // namespace

void AuditLog::record(Seconds at, const Actor& actor, std::string_view action, std::string_view entity_type,
                      std::string_view entity_id, std::string_view summary)
{
    std::optional<std::int64_t> user;
    if (actor.signed_in()) user = actor.user_id.value;
    connection_.execute(kInsert, {at, user, actor.name.empty() ? std::string("anonymous") : actor.name, action,
                                  entity_type, entity_id, summary});
}

std::vector<Entry> AuditLog::list(const Filter& filter)
{
    auto rows = connection_.query(
        kList, {filter.action_prefix, filter.action_prefix, filter.entity_type, filter.entity_type,
                filter.actor_user_id, filter.actor_user_id, filter.since, filter.since, filter.until, filter.until,
                filter.limit, filter.offset});
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (const auto& row : rows)
        entries.push_back(Entry{row.integer(0), row.integer(1), row.optional_integer(2), row.text(3), row.text(4),
                                row.text(5), row.text(6), row.text(7)});
    return entries;
}

}  // namespace pmi::audit
