#pragma once
// Delivers the outbox over SMTP, each message once, from any number of processes on one
// database.
//
// A worker claims a batch of due messages (status "sending", its name, a lease; on
// PostgreSQL with FOR UPDATE SKIP LOCKED, on SQLite under the write lock), checks list mail
// against the recipient's consent at that moment, sends each message at the configured
// rate over one SMTP connection, and writes the outcomes back in batches: sent; failed
// (5xx, or out of tries; a recipient that does not exist is reported as a hard bounce);
// withheld (no consent any more); or due again after a growing delay (4xx, network). Its
// HandoverJournal covers the time between the server taking a message and the database
// knowing: a worker that dies is settled from its journal by the next round of any worker
// sharing the journal folder, and a claim whose lease ran out (a worker elsewhere that
// died) is sent again.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "outbox/handover_journal.hpp"
#include "outbox/outbox.hpp"
#include "outbox/rate_limiter.hpp"
#include "outbox/smtp.hpp"

namespace pmi::outbox {

inline constexpr int kMaxAttempts = 6;

// Seconds to wait before the next try, after `attempts` failed tries.
Seconds retry_delay(int attempts);

struct DeliverySettings {
    SmtpSettings smtp;
    double messages_per_second = 0;  // 0: as fast as the server takes them
    int batch = 50;                  // messages claimed at once
    Seconds lease = 300;             // a claim not renewed for this long is taken back
    std::filesystem::path journal_folder;
};

// Asked by the worker at send time about list mail (a message with a subscriber), and told
// of addresses that do not exist.
class SendGuard {
public:
    virtual ~SendGuard() = default;
    // Why `message` must not go now (its recipient no longer consents to its topics), or
    // nullopt to send it.
    virtual std::optional<std::string> withhold_reason(db::Connection& connection, const Message& message, Seconds now) = 0;
    virtual void hard_bounced(db::Connection& connection, const std::string& address, const std::string& reply, Seconds now) = 0;
};

// Waits up to the given time; returns false when the worker is stopping.
using Pause = std::function<bool(std::chrono::nanoseconds)>;

class Delivery {
public:
    // Throws std::runtime_error when the journal folder cannot be written.
    Delivery(db::Database& database, const Clock& clock, DeliverySettings settings, SendGuard* guard = nullptr);
    ~Delivery();

    // One round: settles what dead workers left, claims due messages, sends them and records
    // their outcomes. Returns how many messages it settled. When `pause` says the worker is
    // stopping, the messages not yet sent are given back to the queue.
    int deliver_due(const Pause& pause);
    int deliver_due();
    const std::string& worker() const { return journal_.worker(); }

private:
    struct Settled {
        std::int64_t id;
        HandoverJournal::Kind kind;
        std::string detail;
        std::string address;
        int attempts;
    };
    void recover(db::Connection& connection, Seconds now);
    std::vector<Message> claim(db::Connection& connection, Seconds now);
    Settled deliver(db::Connection& connection, const Message& message);
    void write_outcomes(db::Connection& connection, const std::vector<Settled>& outcomes, const std::string& worker, Seconds now);
    // Commits the pending outcomes and renews the lease on the claims still held; returns
    // how many it wrote.
    int write_pending(db::Connection& connection);

    db::Database& database_;
    const Clock& clock_;
    DeliverySettings settings_;
    SendGuard* guard_;
    HandoverJournal journal_;
    SmtpSession session_;
    RateLimiter limiter_;
    std::vector<Settled> pending_;  // outcomes journaled, not yet in the database
};

// Runs its jobs on one thread every `interval`, and again at once while any job reports
// work done, until destroyed; a job's exception is logged and the next round goes on.
class DeliveryWorker {
public:
    using Job = std::function<int(const Pause&)>;
    DeliveryWorker(std::vector<Job> jobs, std::chrono::milliseconds interval);
    ~DeliveryWorker();

private:
    void run();
    bool pause(std::chrono::nanoseconds duration);

    std::vector<Job> jobs_;
    std::chrono::milliseconds interval_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace pmi::outbox
