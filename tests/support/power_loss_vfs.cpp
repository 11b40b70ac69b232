#include "support/power_loss_vfs.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <utility>

namespace pmi::testing {

// A write or a truncation a file has had since its last sync.
struct UnsyncedChange {
    bool truncation = false;
    std::int64_t offset = 0;  // the new size, for a truncation
    std::string data;
};

struct FileRecord {
    bool write_ahead_log = false;
    std::string synced;
    std::vector<UnsyncedChange> unsynced;
};

struct PowerLossVfs::State {
    std::string folder;  // with a final '/'
    sqlite3_vfs* unix_vfs = nullptr;
    sqlite3_vfs vfs{};
    std::map<std::string, FileRecord> files;  // by name in the folder
    std::mt19937_64 random;
    bool armed = false;
    double cut_probability = 0;
    std::size_t pending_limit = 0;
    std::size_t synced_acknowledged = 0;
    std::vector<PowerCut> cuts;
};

namespace {

constexpr std::int64_t kSector = 512;

PowerLossVfs* installed = nullptr;

// The file of one open handle; the unix VFS's own file follows it in the same allocation.
struct WatchedFile {
    sqlite3_file base;
    FileRecord* record;
    sqlite3_file* real;
};

std::string read_whole(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_at(std::string& contents, std::int64_t offset, std::string_view data)
{
    const auto end = static_cast<std::size_t>(offset) + data.size();
    if (contents.size() < end) contents.resize(end, '\0');
    contents.replace(static_cast<std::size_t>(offset), data.size(), data);
}

void apply(std::string& contents, const UnsyncedChange& change)
{
    if (change.truncation) contents.resize(static_cast<std::size_t>(change.offset), '\0');
    else write_at(contents, change.offset, change.data);
}

// Writes the sectors of `change` that a coin lets through: a write torn at sector boundaries.
void apply_torn(std::string& contents, const UnsyncedChange& change, std::mt19937_64& random)
{
    const std::int64_t end = change.offset + static_cast<std::int64_t>(change.data.size());
    for (std::int64_t at = change.offset; at < end;) {
        const std::int64_t sector_end = std::min(end, (at / kSector + 1) * kSector);
        if (random() % 2) write_at(contents, at, std::string_view(change.data).substr(static_cast<std::size_t>(at - change.offset), static_cast<std::size_t>(sector_end - at)));
        at = sector_end;
    }
}

// What one file holds after the cut: its synced contents, then each unsynced change lost,
// kept whole or (for a write) torn, at random.
std::string surviving(const FileRecord& record, std::mt19937_64& random)
{
    std::string contents = record.synced;
    for (const auto& change : record.unsynced) {
        switch (random() % 3) {
        case 0: break;
        case 1: apply(contents, change); break;
        default:
            if (change.truncation) apply(contents, change);
            else apply_torn(contents, change, random);
        }
    }
    return contents;
}

}  // namespace

struct PowerLossCallbacks {
    static PowerLossVfs::State& state() { return *installed->state_; }

    static void cut_maybe()
    {
        auto& s = state();
        // A checkpoint (the main file has unsynced writes) is rare and short: cut it more often.
        bool checkpointing = false;
        for (const auto& [name, record] : s.files) checkpointing |= !record.write_ahead_log && !record.unsynced.empty();
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        if (s.cuts.size() >= s.pending_limit || chance(s.random) >= (checkpointing ? 0.5 : s.cut_probability)) return;
        PowerCut cut;
        cut.write = installed->writes_;
        cut.acknowledged = installed->acknowledged_;
        cut.synced_acknowledged = s.synced_acknowledged;
        cut.during_checkpoint = checkpointing;
        for (const auto& [name, record] : s.files) cut.files[name] = surviving(record, s.random);
        s.cuts.push_back(std::move(cut));
    }

    static int close(sqlite3_file* file)
    {
        auto* watched = reinterpret_cast<WatchedFile*>(file);
        return watched->real->pMethods->xClose(watched->real);
    }
    static int read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xRead(real, buffer, amount, offset);
    }
    static int write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
    {
        auto* watched = reinterpret_cast<WatchedFile*>(file);
        if (watched->record && state().armed) {
            ++installed->writes_;
            cut_maybe();
            watched->record->unsynced.push_back({false, offset, std::string(static_cast<const char*>(buffer), static_cast<std::size_t>(amount))});
        }
        return watched->real->pMethods->xWrite(watched->real, buffer, amount, offset);
    }
    static int truncate(sqlite3_file* file, sqlite3_int64 size)
    {
        auto* watched = reinterpret_cast<WatchedFile*>(file);
        if (watched->record && state().armed) watched->record->unsynced.push_back({true, size, {}});
        return watched->real->pMethods->xTruncate(watched->real, size);
    }
    static int sync(sqlite3_file* file, int flags)
    {
        auto* watched = reinterpret_cast<WatchedFile*>(file);
        const int rc = watched->real->pMethods->xSync(watched->real, flags);
        if (rc == SQLITE_OK && watched->record && state().armed) {
            auto& record = *watched->record;
            for (const auto& change : record.unsynced) apply(record.synced, change);
            record.unsynced.clear();
            ++installed->syncs_;
            if (record.write_ahead_log) state().synced_acknowledged = installed->acknowledged_;
        }
        return rc;
    }
    static int file_size(sqlite3_file* file, sqlite3_int64* size)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xFileSize(real, size);
    }
    static int lock(sqlite3_file* file, int level)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xLock(real, level);
    }
    static int unlock(sqlite3_file* file, int level)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xUnlock(real, level);
    }
    static int check_reserved_lock(sqlite3_file* file, int* out)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xCheckReservedLock(real, out);
    }
    static int file_control(sqlite3_file* file, int op, void* argument)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xFileControl(real, op, argument);
    }
    static int sector_size(sqlite3_file* file)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xSectorSize(real);
    }
    static int device_characteristics(sqlite3_file* file)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xDeviceCharacteristics(real);
    }
    static int shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xShmMap(real, region, size, extend, out);
    }
    static int shm_lock(sqlite3_file* file, int offset, int count, int flags)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xShmLock(real, offset, count, flags);
    }
    static void shm_barrier(sqlite3_file* file)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        real->pMethods->xShmBarrier(real);
    }
    static int shm_unmap(sqlite3_file* file, int delete_flag)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xShmUnmap(real, delete_flag);
    }
    // Memory-mapped pages are only read: SQLite writes through xWrite whatever it maps.
    static int fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xFetch(real, offset, amount, out);
    }
    static int unfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
    {
        auto* real = reinterpret_cast<WatchedFile*>(file)->real;
        return real->pMethods->xUnfetch(real, offset, page);
    }

    static constexpr sqlite3_io_methods methods = {
        3, close, read, write, truncate, sync, file_size, lock, unlock, check_reserved_lock, file_control,
        sector_size, device_characteristics, shm_map, shm_lock, shm_barrier, shm_unmap, fetch, unfetch};

    // The record of a watched file (main database or write-ahead log in the folder), or null.
    static FileRecord* record_for(const char* path, int flags)
    {
        auto& s = state();
        if (!path || !(flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL))) return nullptr;
        const std::string full(path);
        if (full.rfind(s.folder, 0) != 0) return nullptr;
        const std::string name = full.substr(s.folder.size());
        auto [found, inserted] = s.files.try_emplace(name);
        if (inserted) {
            found->second.write_ahead_log = (flags & SQLITE_OPEN_WAL) != 0;
            found->second.synced = read_whole(full);
        }
        return &found->second;
    }

    static int open(sqlite3_vfs*, sqlite3_filename path, sqlite3_file* file, int flags, int* out_flags)
    {
        auto* watched = reinterpret_cast<WatchedFile*>(file);
        watched->real = reinterpret_cast<sqlite3_file*>(watched + 1);
        watched->record = nullptr;
        auto* unix_vfs = state().unix_vfs;
        const int rc = unix_vfs->xOpen(unix_vfs, path, watched->real, flags, out_flags);
        watched->base.pMethods = watched->real->pMethods ? &methods : nullptr;
        if (rc == SQLITE_OK) watched->record = record_for(path, flags);
        return rc;
    }
    static int remove(sqlite3_vfs*, const char* path, int sync_folder)
    {
        auto& s = state();
        const std::string full(path);
        // The record stays (open handles point to it), emptied as the file now is.
        if (auto found = s.files.find(full.rfind(s.folder, 0) == 0 ? full.substr(s.folder.size()) : ""); found != s.files.end()) {
            found->second.synced.clear();
            found->second.unsynced.clear();
        }
        return s.unix_vfs->xDelete(s.unix_vfs, path, sync_folder);
    }
    static int access(sqlite3_vfs*, const char* path, int flags, int* out)
    {
        return state().unix_vfs->xAccess(state().unix_vfs, path, flags, out);
    }
    static int full_pathname(sqlite3_vfs*, const char* path, int size, char* out)
    {
        return state().unix_vfs->xFullPathname(state().unix_vfs, path, size, out);
    }
    static int randomness(sqlite3_vfs*, int size, char* out) { return state().unix_vfs->xRandomness(state().unix_vfs, size, out); }
    static int sleep(sqlite3_vfs*, int microseconds) { return state().unix_vfs->xSleep(state().unix_vfs, microseconds); }
    static int current_time(sqlite3_vfs*, double* out) { return state().unix_vfs->xCurrentTime(state().unix_vfs, out); }
    static int last_error(sqlite3_vfs*, int size, char* out) { return state().unix_vfs->xGetLastError(state().unix_vfs, size, out); }
    static int current_time_64(sqlite3_vfs*, sqlite3_int64* out)
    {
        return state().unix_vfs->xCurrentTimeInt64(state().unix_vfs, out);
    }
};

PowerLossVfs::PowerLossVfs(std::string folder, std::uint64_t seed) : state_(std::make_unique<State>())
{
    if (installed) throw std::logic_error("a power-loss VFS is already installed");
    state_->folder = std::filesystem::weakly_canonical(folder).string() + "/";
    state_->random.seed(seed);
    state_->unix_vfs = sqlite3_vfs_find("unix");
    if (!state_->unix_vfs) throw std::runtime_error("SQLite has no unix VFS");
    auto& vfs = state_->vfs;
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(WatchedFile)) + state_->unix_vfs->szOsFile;
    vfs.mxPathname = state_->unix_vfs->mxPathname;
    vfs.zName = "pmi-power-loss";
    vfs.xOpen = PowerLossCallbacks::open;
    vfs.xDelete = PowerLossCallbacks::remove;
    vfs.xAccess = PowerLossCallbacks::access;
    vfs.xFullPathname = PowerLossCallbacks::full_pathname;
    vfs.xRandomness = PowerLossCallbacks::randomness;
    vfs.xSleep = PowerLossCallbacks::sleep;
    vfs.xCurrentTime = PowerLossCallbacks::current_time;
    vfs.xGetLastError = PowerLossCallbacks::last_error;
    vfs.xCurrentTimeInt64 = PowerLossCallbacks::current_time_64;
    installed = this;
    sqlite3_vfs_register(&vfs, 1);
}

PowerLossVfs::~PowerLossVfs()
{
    sqlite3_vfs_register(state_->unix_vfs, 1);
    sqlite3_vfs_unregister(&state_->vfs);
    installed = nullptr;
}

void PowerLossVfs::arm(double cut_probability, std::size_t pending_limit)
{
    for (auto& [name, record] : state_->files) {
        record.synced = read_whole(state_->folder + name);
        record.unsynced.clear();
    }
    state_->cut_probability = cut_probability;
    state_->pending_limit = pending_limit;
    state_->synced_acknowledged = acknowledged_;
    state_->armed = true;
}

std::vector<PowerCut> PowerLossVfs::take_cuts()
{
    return std::exchange(state_->cuts, {});
}

}  // namespace pmi::testing
