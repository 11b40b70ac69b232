#include "files/file_store.hpp"

#include <fcntl.h>
#include <magic.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "core/crypto.hpp"
#include "core/text.hpp"

namespace pmi::files {
namespace {

void write_all(int fd, std::string_view data, const std::string& path)
{
    while (!data.empty()) {
        ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error("cannot write " + path);
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
}

void sync_folder(const std::filesystem::path& folder)
{
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::string FileStore::location(std::string_view sha256) const
{
    return (std::filesystem::path(root_) / std::string(sha256.substr(0, 2)) / std::string(sha256)).string();
}

StoredFile FileStore::put(std::string_view data)
{
    StoredFile stored{crypto::sha256_hex(data), data.size()};
    const std::filesystem::path target = location(stored.sha256);
    // A file already there may be one whose rename a power cut could still undo: the folder
    // is synced again before a row may name it.
    if (std::filesystem::exists(target)) {
        sync_folder(target.parent_path());
        return stored;
    }
    if (std::filesystem::create_directories(target.parent_path())) sync_folder(target.parent_path().parent_path());
    const std::string temporary = target.string() + ".tmp-" + crypto::random_token(6);
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
    if (fd < 0) throw std::runtime_error("cannot create " + temporary);
    try {
        write_all(fd, data, temporary);
        if (::fsync(fd) != 0) throw std::runtime_error("cannot sync " + temporary);
    } catch (...) {
        ::close(fd);
        std::filesystem::remove(temporary);
        throw;
    }
    ::close(fd);
    std::filesystem::rename(temporary, target);
    sync_folder(target.parent_path());
    return stored;
}

OrphanSweep FileStore::remove_orphans(const std::set<std::string>& named, std::chrono::seconds grace) const
{
    OrphanSweep sweep;
    if (!std::filesystem::is_directory(root_)) return sweep;
    const auto old_enough = std::filesystem::file_time_type::clock::now() - grace;
    for (const auto& folder : std::filesystem::directory_iterator(root_)) {
        if (!folder.is_directory() || folder.path().filename().string().size() != 2) continue;
        bool removed = false;
        for (const auto& file : std::filesystem::directory_iterator(folder.path())) {
            const std::string name = file.path().filename().string();
            const bool unfinished = name.find(".tmp-") != std::string::npos;
            if (!file.is_regular_file() || (!unfinished && (name.size() != 64 || named.count(name))) || file.last_write_time() > old_enough)
                continue;
            std::filesystem::remove(file.path());
            ++(unfinished ? sweep.unfinished : sweep.unnamed);
            removed = true;
        }
        if (removed) sync_folder(folder.path());
    }
    return sweep;
}

ServingLease::ServingLease(const std::string& root)
{
    std::filesystem::create_directories(root);
    const std::string path = (std::filesystem::path(root) / ".serving").string();
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0640);
    if (fd_ < 0) throw std::runtime_error("cannot open " + path);
    alone_ = ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
    // Shared from now on, so that a process starting later sees this one.
    if (::flock(fd_, LOCK_SH) != 0) throw std::runtime_error("cannot lock " + path);
}

ServingLease::~ServingLease()
{
    if (fd_ >= 0) ::close(fd_);
}

std::optional<std::string> FileStore::path_of(std::string_view sha256) const
{
    if (sha256.size() != 64) return std::nullopt;
    auto path = location(sha256);
    if (!std::filesystem::exists(path)) return std::nullopt;
    return path;
}

std::optional<std::string> FileStore::read(std::string_view sha256) const
{
    auto path = path_of(sha256);
    if (!path) return std::nullopt;
    std::ifstream in(*path, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

std::string detect_content_type(std::string_view data)
{
    // A libmagic cookie is not safe to share between threads: one per thread.
    thread_local std::unique_ptr<magic_set, decltype(&magic_close)> cookie(nullptr, magic_close);
    if (!cookie) {
        cookie.reset(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_NO_CHECK_ELF));
        if (!cookie || magic_load(cookie.get(), nullptr) != 0) throw std::runtime_error("libmagic cannot load its database");
    }
    const char* type = magic_buffer(cookie.get(), data.data(), data.size());
    return type ? type : "application/octet-stream";
}

std::string display_name(std::string_view name)
{
    auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos) name = name.substr(slash + 1);
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto byte = static_cast<unsigned char>(name[i]);
        if (byte < 0x20 || byte == 0x7F || byte == '"') continue;
        // U+202A..U+202E and U+2066..U+2069 reorder text: a name could pose as another type.
        if (byte == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
            static_cast<unsigned char>(name[i + 2]) >= 0xAA && static_cast<unsigned char>(name[i + 2]) <= 0xAE) {
            i += 2;
            continue;
        }
        if (byte == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x81 &&
            static_cast<unsigned char>(name[i + 2]) >= 0xA6 && static_cast<unsigned char>(name[i + 2]) <= 0xA9) {
            i += 2;
            continue;
        }
        out += name[i];
    }
    while (out.size() > 150 || (!out.empty() && !text::valid_utf8(out))) out.pop_back();
    out = text::trim(out);
    if (out.empty() || out == "." || out == "..") return "file";
    return out;
}

}  // namespace pmi::files
