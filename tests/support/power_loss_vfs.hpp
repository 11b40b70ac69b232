#pragma once
// A SQLite VFS for power-loss tests, after SQLite's own crash tests: it wraps the default
// unix VFS, lets every call through to the real files, and keeps for each database file in
// one folder the contents as of its last sync and the writes since. At random writes it
// "cuts the power": the surviving state of every file is its synced contents plus a random
// share of the unsynced writes, some torn at 512-byte sector boundaries (each sector of a
// torn write is either all new or all old, as a disk writes it). The workload goes on after
// a cut; the test reads the cuts back with take_cuts() and checks each one.
//
// While installed it is SQLite's default VFS, so pmi's own connection code (and its pragmas)
// opens the files; files outside the watched folder are passed through untouched.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pmi::testing {

// What survives one cut: every watched file by its name in the folder, and how many commits
// the workload had been told were done (acknowledged) by then, of which `synced_acknowledged`
// came before the last sync of the write-ahead log.
struct PowerCut {
    std::uint64_t write = 0;  // the cut came just before this write
    std::map<std::string, std::string> files;
    std::size_t acknowledged = 0;
    std::size_t synced_acknowledged = 0;
    bool during_checkpoint = false;  // the main database file had unsynced writes
};

class PowerLossVfs {
public:
    // Installs the VFS as SQLite's default; `folder` is the one whose files it watches.
    PowerLossVfs(std::string folder, std::uint64_t seed);
    // Puts the unix VFS back as the default.
    ~PowerLossVfs();
    PowerLossVfs(const PowerLossVfs&) = delete;
    PowerLossVfs& operator=(const PowerLossVfs&) = delete;

    // From now on every write may be a cut, with this probability (one half during a
    // checkpoint, while the main file has unsynced writes); what is on disk now counts as synced. At most `pending_limit` cuts are held until take_cuts().
    void arm(double cut_probability, std::size_t pending_limit);
    // The workload calls this after each commit it was told succeeded.
    void acknowledge() { ++acknowledged_; }
    std::size_t acknowledged() const { return acknowledged_; }
    // The cuts taken since the last call.
    std::vector<PowerCut> take_cuts();

    std::uint64_t writes() const { return writes_; }
    std::uint64_t syncs() const { return syncs_; }

    struct State;  // the files' records, shared with the C callbacks

private:
    std::unique_ptr<State> state_;
    std::size_t acknowledged_ = 0;
    std::uint64_t writes_ = 0;
    std::uint64_t syncs_ = 0;
    friend struct PowerLossCallbacks;
};

}  // namespace pmi::testing
