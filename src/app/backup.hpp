#pragma once
// pmi backup and pmi restore: the database and the uploaded files, copied into one folder
// while the site keeps serving, and put back into a new database.
//
// A backup folder holds database.sqlite (SQLite's VACUUM INTO: a consistent, compact copy)
// or database.pgdump (pg_dump's custom format), and files/ (the uploaded files, stored by
// their hash). It is written beside its final name and renamed when complete, so a folder
// with that name is always a whole backup.
#include <filesystem>
#include <string>

#include "app/config.hpp"

namespace pmi::app {

struct BackupSummary {
    std::string database_file;
    std::size_t files = 0;
};

// Throws std::runtime_error naming the problem and its fix (the folder exists, pg_dump is
// missing, ...).
BackupSummary backup(const Config& config, const std::filesystem::path& folder);

// Restores into the configured database, which must be new: no SQLite file yet, or a
// PostgreSQL database without tables. Uploaded files are added to the data folder's.
BackupSummary restore(const Config& config, const std::filesystem::path& folder);

}  // namespace pmi::app
