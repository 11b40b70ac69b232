#pragma once
// The database columns that name stored files by their SHA-256, and the files they name: what
// the file store keeps when it removes orphans (FileStore::remove_orphans).
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace pmi::files {

struct FileColumn {
    std::string_view table;
    std::string_view column;
};

// Every column that names a stored file. Each such column's name ends in "sha256"; a test
// holds the schema to this list, so a new one cannot be forgotten.
const std::vector<FileColumn>& file_columns();

// The SHA-256 of every file some row names.
std::set<std::string> named_files(db::Connection& connection);

// Removes the orphans of `store_root` (see FileStore::remove_orphans) with the grace a serving
// process needs: none when it is `alone` on the store, an hour when another process may be
// between writing a file and naming it. Logs a warning naming what it removed.
void remove_orphan_files(db::Database& database, const std::string& store_root, bool alone);

}  // namespace pmi::files
