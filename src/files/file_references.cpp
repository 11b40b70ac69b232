#include "files/file_references.hpp"

#include <spdlog/spdlog.h>

#include "files/file_store.hpp"

namespace pmi::files {

const std::vector<FileColumn>& file_columns()
{
    static const std::vector<FileColumn> columns{
        {"application_files", "sha256"},       {"expenses", "evidence_sha256"},
        {"in_kind_contributions", "evidence_sha256"}, {"measurement_evidence", "sha256"},
        {"library_resources", "file_sha256"},  {"story_photo_sizes", "sha256"},
    };
    return columns;
}

std::set<std::string> named_files(db::Connection& connection)
{
    std::string sql;
    for (const auto& [table, column] : file_columns())
        sql += std::string(sql.empty() ? "" : " UNION ") + "SELECT " + std::string(column) + " FROM " + std::string(table) +
               " WHERE " + std::string(column) + " IS NOT NULL";
    std::set<std::string> named;
    for (const auto& row : connection.query(sql)) named.insert(row.text(0));
    return named;
}

void remove_orphan_files(db::Database& database, const std::string& store_root, bool alone)
{
    const auto named = [&] {
        auto connection = database.acquire();
        return named_files(*connection);
    }();
    const auto sweep = FileStore(store_root).remove_orphans(named, alone ? std::chrono::seconds(0) : std::chrono::hours(1));
    // A warning: each one is the trace of a crash (or of an upload refused after its write).
    if (sweep.unfinished || sweep.unnamed)
        spdlog::warn("file store: removed {} unfinished and {} unnamed files (orphans of a crash or of a refused upload)",
                     sweep.unfinished, sweep.unnamed);
}

}  // namespace pmi::files
