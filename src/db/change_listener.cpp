#include "db/change_listener.hpp"

#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "db/database.hpp"

namespace pmi::db {
namespace {

struct PgFinish {
    void operator()(PGconn* conn) const { PQfinish(conn); }
};
using PgConnection = std::unique_ptr<PGconn, PgFinish>;

constexpr int kRetryMilliseconds = 500;

}  // namespace

std::unique_ptr<ChangeListener> ChangeListener::start(const Database& database, std::string channel, OnChange on_change,
                                                      OnGap on_gap)
{
    if (database.dialect() != Dialect::Postgres) return nullptr;
    auto listener = std::unique_ptr<ChangeListener>(
        new ChangeListener(database.url(), std::move(channel), std::move(on_change), std::move(on_gap)));
    listener->thread_ = std::thread([raw = listener.get()] { raw->run(); });
    return listener;
}

ChangeListener::ChangeListener(std::string url, std::string channel, OnChange on_change, OnGap on_gap)
    : url_(std::move(url)), channel_(std::move(channel)), on_change_(std::move(on_change)), on_gap_(std::move(on_gap))
{
    wake_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wake_fd_ < 0) throw DatabaseError("cannot create the event that stops the change listener");
}

ChangeListener::~ChangeListener()
{
    stopping_ = true;
    const std::uint64_t one = 1;
    [[maybe_unused]] auto written = write(wake_fd_, &one, sizeof one);
    if (thread_.joinable()) thread_.join();
    close(wake_fd_);
}

void ChangeListener::run()
{
    while (!stopping_) {
        try {
            listen_once();
        } catch (const std::exception& error) {
            spdlog::warn("change listener on {}: {}", channel_, error.what());
        }
        if (listening_.exchange(false)) on_gap_();
        if (!stopping_) pause(kRetryMilliseconds);
    }
}

// One connection's life: LISTEN, then hand over announcements until the connection fails
// or the listener stops.
void ChangeListener::listen_once()
{
    PgConnection conn(PQconnectdb(url_.c_str()));
    if (PQstatus(conn.get()) != CONNECTION_OK) throw DatabaseError(PQerrorMessage(conn.get()));
    char* quoted = PQescapeIdentifier(conn.get(), channel_.c_str(), channel_.size());
    if (!quoted) throw DatabaseError(PQerrorMessage(conn.get()));
    const std::string listen = std::string("LISTEN ") + quoted;
    PQfreemem(quoted);
    PGresult* result = PQexec(conn.get(), listen.c_str());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok) throw DatabaseError(PQerrorMessage(conn.get()));
    // Whatever changed before LISTEN took effect was never announced to us.
    on_gap_();
    listening_ = true;
    pollfd waits[2] = {{PQsocket(conn.get()), POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    while (!stopping_) {
        if (poll(waits, 2, -1) < 0 && errno != EINTR) throw DatabaseError("poll failed while listening");
        if (waits[1].revents) return;
        if (!waits[0].revents) continue;
        if (!PQconsumeInput(conn.get())) throw DatabaseError(PQerrorMessage(conn.get()));
        while (PGnotify* notice = PQnotifies(conn.get())) {
            on_change_(notice->extra);
            PQfreemem(notice);
        }
        if (PQstatus(conn.get()) != CONNECTION_OK) throw DatabaseError("the connection was lost");
    }
}

void ChangeListener::pause(int milliseconds)
{
    pollfd wake{wake_fd_, POLLIN, 0};
    poll(&wake, 1, milliseconds);
}

}  // namespace pmi::db
