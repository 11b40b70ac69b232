#pragma once
// Uploaded files, stored outside the database under their SHA-256 (one copy however often
// a file is uploaded) and never under a name a user chose.
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace pmi::files {

struct StoredFile {
    std::string sha256;
    std::size_t size = 0;
};

// What remove_orphans took away: temporary files of a put that never finished, and files no
// database row names.
struct OrphanSweep {
    std::size_t unfinished = 0;
    std::size_t unnamed = 0;
};

class FileStore {
public:
    explicit FileStore(std::string root) : root_(std::move(root)) {}
    // Writes the bytes durably (temporary file, fsync, rename, fsync of the folder) before
    // returning, so a database row that names the file never outlives it.
    // Throws std::runtime_error when the disk refuses.
    StoredFile put(std::string_view data);
    // The file's path, when it exists.
    std::optional<std::string> path_of(std::string_view sha256) const;
    std::optional<std::string> read(std::string_view sha256) const;
    // Removes what a crash between writing a file and committing the row that names it leaves
    // behind (see put): files whose SHA-256 is not in `named`, and temporary files. Only files
    // last changed at least `grace` ago go, so a put whose transaction another process is
    // still running keeps its file. Throws std::filesystem::filesystem_error on I/O failure.
    OrphanSweep remove_orphans(const std::set<std::string>& named, std::chrono::seconds grace) const;
    const std::string& root() const { return root_; }

private:
    std::string location(std::string_view sha256) const;
    std::string root_;
};

// Held by each `pmi serve` on a file store for as long as it runs (a shared lock on a file in
// the store). The first process to take it while no other holds it is alone: no other process
// can be between writing a file and naming it, so every unnamed file is an orphan.
class ServingLease {
public:
    explicit ServingLease(const std::string& root);
    ~ServingLease();
    ServingLease(const ServingLease&) = delete;
    ServingLease& operator=(const ServingLease&) = delete;
    bool alone() const { return alone_; }

private:
    int fd_ = -1;
    bool alone_ = false;
};

// The MIME type of `data` by its content (libmagic), never by the name it came with.
std::string detect_content_type(std::string_view data);

// A name safe to show and to offer in a download: no folders, no control or
// direction-override characters, at most 150 bytes; "file" when nothing is left.
std::string display_name(std::string_view name);

}  // namespace pmi::files
