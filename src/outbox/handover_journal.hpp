#pragma once
// A sending worker's journal: the messages it handed to the SMTP server, and how each one
// fared, since those outcomes were last written to the database.
//
// Why: the database learns of an outcome some milliseconds after the server does, in
// batches. A worker killed in between would leave messages marked "sending" that the
// server already holds, and sending them again would duplicate them. So the worker writes
// a line here just before each end-of-data line leaves (one write(2), no fsync: it must
// survive the process, which the page cache does, not the machine), and whoever finds the
// journal of a dead worker settles its messages from it: handed over means sent, anything
// else is sent again. The only gap left is the few instructions between that write and
// the end of data reaching the kernel.
//
// The file is <folder>/<worker>.journal, exclusively locked (flock) while its worker
// lives, so a free lock means a dead worker.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pmi::outbox {

class HandoverJournal {
public:
    enum class Kind : char {
        HandedOver = 'H',
        Sent = 'S',
        Temporary = 'T',
        Permanent = 'P',
        HardBounce = 'B',
        Withheld = 'W',
    };
    struct Entry {
        Kind kind;
        std::int64_t message_id;
        std::string detail;
    };
    // The journal of a worker that is gone, locked by the caller until it is discarded.
    struct Orphan {
        std::string worker;
        std::vector<Entry> entries;
        std::filesystem::path path;
        int descriptor = -1;
    };

    // Creates the folder and the journal, and locks it. Throws std::runtime_error when the
    // folder cannot be written.
    HandoverJournal(const std::filesystem::path& folder, std::string worker);
    ~HandoverJournal();  // removes the file (unless kept): its owner settled every outcome first
    HandoverJournal(const HandoverJournal&) = delete;
    HandoverJournal& operator=(const HandoverJournal&) = delete;

    void record(Kind kind, std::int64_t message_id, std::string_view detail = {});
    // Empties the journal once its outcomes are committed to the database.
    void clear();
    // Leaves the file in place at destruction, for another process to settle.
    void keep() { keep_ = true; }
    const std::string& worker() const { return worker_; }

    // Journals in `folder` whose lock is free, each locked for the caller; empty when the
    // folder does not exist.
    static std::vector<Orphan> orphans(const std::filesystem::path& folder);
    // Removes an orphan's file and releases its lock, once its outcomes are settled.
    static void discard(Orphan& orphan);

    static std::vector<Entry> parse(std::string_view text);

private:
    std::filesystem::path path_;
    std::string worker_;
    int descriptor_ = -1;
    bool keep_ = false;
};

}  // namespace pmi::outbox
