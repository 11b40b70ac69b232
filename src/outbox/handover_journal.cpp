#include "outbox/handover_journal.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace pmi::outbox {
namespace {

constexpr std::string_view kSuffix = ".journal";
constexpr std::size_t kMaxDetail = 300;

std::string read_all(int descriptor)
{
    std::string text;
    char buffer[8192];
    ::lseek(descriptor, 0, SEEK_SET);
    for (;;) {
        ssize_t got = ::read(descriptor, buffer, sizeof buffer);
        if (got <= 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return text;
}

bool known_kind(char c)
{
    return c == 'H' || c == 'S' || c == 'T' || c == 'P' || c == 'B' || c == 'W';
}

}  // namespace

HandoverJournal::HandoverJournal(const std::filesystem::path& folder, std::string worker) : worker_(std::move(worker))
{
    std::filesystem::create_directories(folder);
    path_ = folder / (worker_ + std::string(kSuffix));
    // Locked under a temporary name, then renamed: another process never sees this
    // journal unlocked and takes it for an orphan.
    const auto temporary = folder / (worker_ + ".new");
    descriptor_ = ::open(temporary.c_str(), O_CREAT | O_WRONLY | O_APPEND | O_TRUNC | O_CLOEXEC, 0600);
    if (descriptor_ < 0) throw std::runtime_error("cannot create the mail journal " + temporary.string() + ": " + std::strerror(errno));
    if (::flock(descriptor_, LOCK_EX | LOCK_NB) != 0 || ::rename(temporary.c_str(), path_.c_str()) != 0) {
        ::close(descriptor_);
        throw std::runtime_error("cannot lock the mail journal " + path_.string() + ": " + std::strerror(errno));
    }
}

HandoverJournal::~HandoverJournal()
{
    if (!keep_) ::unlink(path_.c_str());
    ::close(descriptor_);
}

void HandoverJournal::record(Kind kind, std::int64_t message_id, std::string_view detail)
{
    std::string line;
    line.reserve(32 + detail.size());
    line += static_cast<char>(kind);
    line += ' ';
    line += std::to_string(message_id);
    if (!detail.empty()) {
        line += ' ';
        for (char c : detail.substr(0, kMaxDetail)) line += (c == '\n' || c == '\r') ? ' ' : c;
    }
    line += '\n';
    // One write per line: O_APPEND keeps lines whole, and the page cache keeps them when
    // the process dies.
    if (::write(descriptor_, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
        throw std::runtime_error("cannot write the mail journal " + path_.string() + ": " + std::strerror(errno));
}

void HandoverJournal::clear()
{
    if (::ftruncate(descriptor_, 0) != 0)
        throw std::runtime_error("cannot empty the mail journal " + path_.string() + ": " + std::strerror(errno));
}

std::vector<HandoverJournal::Entry> HandoverJournal::parse(std::string_view text)
{
    std::vector<Entry> entries;
    while (!text.empty()) {
        auto end = text.find('\n');
        // A line without its newline was cut by the crash: the write never finished.
        if (end == std::string_view::npos) break;
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end + 1);
        if (line.size() < 3 || !known_kind(line[0]) || line[1] != ' ') continue;
        const auto kind = static_cast<Kind>(line[0]);
        line.remove_prefix(2);
        auto space = line.find(' ');
        const std::string number(line.substr(0, space));
        char* stop = nullptr;
        const long long id = std::strtoll(number.c_str(), &stop, 10);
        if (number.empty() || *stop != '\0' || id <= 0) continue;
        entries.push_back(Entry{kind, id, space == std::string_view::npos ? std::string{} : std::string(line.substr(space + 1))});
    }
    return entries;
}

std::vector<HandoverJournal::Orphan> HandoverJournal::orphans(const std::filesystem::path& folder)
{
    std::vector<Orphan> found;
    std::error_code error;
    for (const auto& item : std::filesystem::directory_iterator(folder, error)) {
        const auto name = item.path().filename().string();
        if (name.size() <= kSuffix.size() || name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) continue;
        int descriptor = ::open(item.path().c_str(), O_RDONLY | O_CLOEXEC);
        if (descriptor < 0) continue;
        struct stat status {};
        // Locked: its worker lives. Unlinked meanwhile: another process settled it.
        if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0 || ::fstat(descriptor, &status) != 0 || status.st_nlink == 0) {
            ::close(descriptor);
            continue;
        }
        found.push_back(Orphan{name.substr(0, name.size() - kSuffix.size()), parse(read_all(descriptor)), item.path(), descriptor});
    }
    return found;
}

void HandoverJournal::discard(Orphan& orphan)
{
    ::unlink(orphan.path.c_str());
    ::close(orphan.descriptor);
    orphan.descriptor = -1;
}

}  // namespace pmi::outbox
