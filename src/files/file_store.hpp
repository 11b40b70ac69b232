#pragma once
// Uploaded files, stored outside the database under their SHA-256 (one copy however often
// a file is uploaded) and never under a name a user chose.
#include <optional>
#include <string>
#include <string_view>

namespace pmi::files {

struct StoredFile {
    std::string sha256;
    std::size_t size = 0;
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

private:
    std::string location(std::string_view sha256) const;
    std::string root_;
};

// The MIME type of `data` by its content (libmagic), never by the name it came with.
std::string detect_content_type(std::string_view data);

// A name safe to show and to offer in a download: no folders, no control or
// direction-override characters, at most 150 bytes; "file" when nothing is left.
std::string display_name(std::string_view name);

}  // namespace pmi::files
