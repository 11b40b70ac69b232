#pragma once
// The sending rate: a token bucket of `burst` messages refilled at `per_second`. Receiving
// servers throttle or block senders that go faster than they accept; the program sets the
// rate its mail service allows.
#include <algorithm>
#include <chrono>

namespace pmi::outbox {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    // `per_second` <= 0: no limit.
    explicit RateLimiter(double per_second, double burst = 1) : per_second_(per_second), burst_(std::max(1.0, burst)), tokens_(burst_) {}

    // Takes the next message's slot and says how long to wait before sending it.
    std::chrono::nanoseconds reserve(Clock::time_point now)
    {
        if (per_second_ <= 0) return std::chrono::nanoseconds::zero();
        if (started_) {
            const double elapsed = std::chrono::duration<double>(now - last_).count();
            tokens_ = std::min(burst_, tokens_ + elapsed * per_second_);
        }
        started_ = true;
        last_ = now;
        tokens_ -= 1;
        if (tokens_ >= 0) return std::chrono::nanoseconds::zero();
        return std::chrono::nanoseconds(static_cast<std::int64_t>(-tokens_ / per_second_ * 1e9));
    }

private:
    double per_second_;
    double burst_;
    double tokens_;
    bool started_ = false;
    Clock::time_point last_{};
};

}  // namespace pmi::outbox
