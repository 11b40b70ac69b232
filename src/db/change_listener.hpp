#pragma once
// Hears, on a connection and a thread of its own, the changes the database announces on a
// channel, whichever process made them: PostgreSQL's LISTEN/NOTIFY, fed by triggers in the
// migrations. SQLite has no such channel between processes, so there is no listener for it
// and whatever would rely on one must ask the database each time.
//
// Between losing its connection and listening again the listener may miss announcements;
// it says so (`on_gap`) before it stops listening and again once it listens anew, so that
// whoever keeps copies of the data can drop them.
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

namespace pmi::db {

class Database;

class ChangeListener {
public:
    using OnChange = std::function<void(std::string_view payload)>;
    using OnGap = std::function<void()>;

    // nullptr when the database cannot announce changes (SQLite).
    static std::unique_ptr<ChangeListener> start(const Database& database, std::string channel, OnChange on_change,
                                                 OnGap on_gap);
    ~ChangeListener();
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    // True while every announcement on the channel reaches `on_change`.
    bool listening() const { return listening_.load(); }

private:
    ChangeListener(std::string url, std::string channel, OnChange on_change, OnGap on_gap);
    void run();
    void listen_once();
    void pause(int milliseconds);

    std::string url_;
    std::string channel_;
    OnChange on_change_;
    OnGap on_gap_;
    std::atomic<bool> listening_{false};
    std::atomic<bool> stopping_{false};
    int wake_fd_ = -1;  // an eventfd that interrupts the wait when stopping
    std::thread thread_;
};

}  // namespace pmi::db
