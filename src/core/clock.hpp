#pragma once
// Time comes from a Clock so that expiry rules can be tested without waiting.
#include <atomic>
#include <chrono>
#include <cstdint>

namespace pmi {

using Seconds = std::int64_t;  // Unix time, UTC, as stored in the database

class Clock {
public:
    virtual ~Clock() = default;
    virtual Seconds now() const = 0;
};

class SystemClock final : public Clock {
public:
    Seconds now() const override
    {
        using namespace std::chrono;
        return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    }
};

// For tests: starts at a fixed moment and moves only when told.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Seconds start) : now_(start) {}
    Seconds now() const override { return now_.load(); }
    void advance(Seconds by) { now_ += by; }
    void set(Seconds to) { now_ = to; }

private:
    std::atomic<Seconds> now_;
};

}  // namespace pmi
