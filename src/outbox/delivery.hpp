#pragma once
// Delivers the outbox over SMTP: claims due messages (so several pmi processes never send
// one twice), sends them, and records each outcome; failures are retried with growing
// delays, up to kMaxAttempts.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "outbox/smtp.hpp"

namespace pmi::outbox {

inline constexpr int kMaxAttempts = 6;

// Seconds to wait before the next try, after `attempts` failed tries.
Seconds retry_delay(int attempts);

class Delivery {
public:
    Delivery(db::Database& database, const Clock& clock, SmtpSettings settings)
        : database_(database), clock_(clock), settings_(std::move(settings)) {}
    // Sends what is due now, at most `batch` messages; returns how many were sent.
    int deliver_due(int batch = 20);

private:
    db::Database& database_;
    const Clock& clock_;
    SmtpSettings settings_;
};

// Runs Delivery::deliver_due every `interval` on its own thread until destroyed.
class DeliveryWorker {
public:
    DeliveryWorker(Delivery& delivery, std::chrono::milliseconds interval);
    ~DeliveryWorker();

private:
    void run();

    Delivery& delivery_;
    std::chrono::milliseconds interval_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace pmi::outbox
