#include "app/backup.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <cstring>
#include <stdexcept>
#include <vector>

#include "db/database.hpp"

extern char** environ;

namespace pmi::app {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSqliteFile = "database.sqlite";
constexpr const char* kPostgresFile = "database.pgdump";

// Runs a program found on PATH with these arguments (no shell: a URL is passed as it is)
// and throws unless it exits with 0.
void run_program(const std::vector<std::string>& arguments)
{
    std::vector<char*> argv;
    for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t child = 0;
    if (int error = posix_spawnp(&child, argv[0], nullptr, nullptr, argv.data(), environ); error != 0)
        throw std::runtime_error(arguments[0] + " could not be started (" + std::strerror(error) +
                                 "): install the PostgreSQL client programs (Debian: postgresql-client) or put them on PATH");
    int status = 0;
    if (waitpid(child, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(arguments[0] + " failed; its messages above say why");
}

std::string sqlite_path(const std::string& url) { return url.substr(std::string_view("sqlite:").size()); }

fs::path files_folder(const Config& config) { return fs::path(config.data_dir) / "files"; }

std::size_t copy_files(const fs::path& from, const fs::path& to)
{
    fs::create_directories(to);
    if (!fs::exists(from)) return 0;
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::skip_existing);
    std::size_t count = 0;
    for (const auto& entry : fs::recursive_directory_iterator(from))
        if (entry.is_regular_file()) ++count;
    return count;
}

}  // namespace

BackupSummary backup(const Config& config, const fs::path& folder)
{
    if (fs::exists(folder)) throw std::runtime_error("the backup folder " + folder.string() + " exists already: name a new one");
    const fs::path partial = folder.string() + ".partial";
    fs::remove_all(partial);
    fs::create_directories(partial);
    const std::string url = config.effective_database_url();
    auto database = db::Database::open(url, {1, std::chrono::seconds(10)});
    BackupSummary summary;
    if (database->dialect() == db::Dialect::Sqlite) {
        summary.database_file = kSqliteFile;
        // A consistent copy taken in one read transaction; writers carry on meanwhile.
        database->acquire()->execute("VACUUM INTO ?", {(partial / kSqliteFile).string()});
    } else {
        summary.database_file = kPostgresFile;
        run_program({"pg_dump", "--format=custom", "--no-owner", "--file=" + (partial / kPostgresFile).string(), url});
    }
    summary.files = copy_files(files_folder(config), partial / "files");
    fs::rename(partial, folder);
    return summary;
}

BackupSummary restore(const Config& config, const fs::path& folder)
{
    BackupSummary summary;
    const std::string url = config.effective_database_url();
    const bool to_sqlite = url.rfind("sqlite:", 0) == 0;
    summary.database_file = to_sqlite ? kSqliteFile : kPostgresFile;
    const fs::path source = folder / summary.database_file;
    if (!fs::exists(source))
        throw std::runtime_error(source.string() + " is missing: restore a backup made from a " +
                                 (to_sqlite ? "SQLite" : "PostgreSQL") + " database into one of the same kind");
    if (to_sqlite) {
        const fs::path target = sqlite_path(url);
        if (fs::exists(target)) throw std::runtime_error("the database " + target.string() + " exists already: restore into a new file");
        fs::create_directories(target.parent_path().empty() ? fs::path(".") : target.parent_path());
        const fs::path partial = target.string() + ".restoring";
        fs::copy_file(source, partial, fs::copy_options::overwrite_existing);
        fs::rename(partial, target);
    } else {
        auto database = db::Database::open(url, {1, std::chrono::seconds(10)});
        auto tables = database->acquire()->query_one(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
        if (tables && tables->integer(0) > 0)
            throw std::runtime_error("the configured PostgreSQL database has tables already: create an empty database and restore into it");
        run_program({"pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", "--dbname=" + url, source.string()});
    }
    summary.files = copy_files(folder / "files", files_folder(config));
    return summary;
}

}  // namespace pmi::app
