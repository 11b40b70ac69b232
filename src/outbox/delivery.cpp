#include "outbox/delivery.hpp"

#include <spdlog/spdlog.h>

namespace pmi::outbox {
namespace {

constexpr Seconds kClaimSeconds = 120;

constexpr std::string_view kClaim =
    "UPDATE outbox SET claimed_until = ? WHERE claimed_until < ? AND id IN ("
    " SELECT id FROM outbox WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ? AND claimed_until < ?"
    " ORDER BY id LIMIT ?)"
    " RETURNING id, to_address, subject, body_text, purpose, created_at, attempts";

}  // namespace

Seconds retry_delay(int attempts)
{
    static constexpr Seconds kDelays[] = {60, 300, 1800, 7200, 21600};
    int index = std::clamp(attempts - 1, 0, static_cast<int>(std::size(kDelays)) - 1);
    return kDelays[index];
}

int Delivery::deliver_due(int batch)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    std::vector<Message> claimed;
    {
        db::Transaction transaction(*connection, db::TransactionKind::Write);
        for (const auto& row : connection->query(kClaim, {now + kClaimSeconds, now, kMaxAttempts, now, now, batch}))
            claimed.push_back(Message{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.integer(5),
                                      std::nullopt, static_cast<int>(row.integer(6)), std::nullopt});
        transaction.commit();
    }
    int sent = 0;
    for (const auto& message : claimed) {
        auto result = send(settings_, message, clock_.now());
        const Seconds done = clock_.now();
        if (result.ok()) {
            connection->execute(
                "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL, claimed_until = 0 WHERE id = ?",
                {done, message.id});
            ++sent;
        } else {
            int attempts = message.attempts + 1;
            spdlog::warn("mail {} to {} failed (attempt {}): {}", message.id, message.to_address, attempts, result.error().message);
            connection->execute(
                "UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?, claimed_until = 0 WHERE id = ?",
                {attempts, result.error().message, done + retry_delay(attempts), message.id});
        }
    }
    return sent;
}

DeliveryWorker::DeliveryWorker(Delivery& delivery, std::chrono::milliseconds interval)
    : delivery_(delivery), interval_(interval), thread_([this] { run(); })
{
}

DeliveryWorker::~DeliveryWorker()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void DeliveryWorker::run()
{
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        try {
            while (delivery_.deliver_due() > 0) {
            }
        } catch (const std::exception& error) {
            spdlog::error("mail delivery: {}", error.what());
        }
        lock.lock();
        wake_.wait_for(lock, interval_, [this] { return stopping_; });
    }
}

}  // namespace pmi::outbox
