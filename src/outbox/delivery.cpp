#include "outbox/delivery.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

#include "core/crypto.hpp"
#include "outbox/mime.hpp"

namespace pmi::outbox {
namespace {

using Kind = HandoverJournal::Kind;

constexpr std::size_t kWriteEvery = 50;
constexpr auto kWriteInterval = std::chrono::seconds(1);

constexpr std::string_view kRelease =
    "UPDATE outbox SET status = 'queued', claimed_by = NULL, claimed_until = 0 WHERE status = 'sending' AND claimed_by = ?";

std::string claim_statement(db::Dialect dialect)
{
    return "UPDATE outbox SET status = 'sending', claimed_by = ?, claimed_until = ? WHERE id IN ("
           " SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY id LIMIT ?" +
           std::string(db::skip_locked(dialect)) + ") RETURNING " + std::string(kMessageColumns);
}

Kind kind_of(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent: return Kind::Sent;
    case Outcome::Temporary: return Kind::Temporary;
    case Outcome::Permanent: return Kind::Permanent;
    case Outcome::HardBounce: return Kind::HardBounce;
    }
    return Kind::Temporary;
}

// The whole Message-ID: its stored left part at the sender's domain.
std::string message_id(const Message& message, const std::string& from)
{
    const std::string left = message.message_id.empty() ? "outbox-" + std::to_string(message.id) : message.message_id;
    return left + "@" + domain_of(address_of(from));
}

}  // namespace

Seconds retry_delay(int attempts)
{
    static constexpr Seconds kDelays[] = {60, 300, 1800, 7200, 21600};
    int index = std::clamp(attempts - 1, 0, static_cast<int>(std::size(kDelays)) - 1);
    return kDelays[index];
}

Delivery::Delivery(db::Database& database, const Clock& clock, DeliverySettings settings, SendGuard* guard)
    : database_(database),
      clock_(clock),
      settings_(std::move(settings)),
      guard_(guard),
      journal_(settings_.journal_folder, "w" + crypto::random_token(9)),
      session_(settings_.smtp),
      limiter_(settings_.messages_per_second)
{
}

// Outcomes the database has not taken yet stay in the journal, which is then kept for the
// next process to settle.
Delivery::~Delivery()
{
    try {
        auto connection = database_.acquire();
        write_pending(*connection);
        connection->execute(kRelease, {worker()});
    } catch (const std::exception& error) {
        spdlog::error("mail worker {} stops with outcomes the database did not take: {}", worker(), error.what());
        journal_.keep();
    }
}

int Delivery::deliver_due()
{
    return deliver_due([](std::chrono::nanoseconds duration) {
        std::this_thread::sleep_for(duration);
        return true;
    });
}

int Delivery::write_pending(db::Connection& connection)
{
    if (pending_.empty()) return 0;
    db::Transaction transaction(connection, db::TransactionKind::Write);
    write_outcomes(connection, pending_, worker(), clock_.now());
    connection.execute("UPDATE outbox SET claimed_until = ? WHERE status = 'sending' AND claimed_by = ?",
                       {clock_.now() + settings_.lease, worker()});
    transaction.commit();
    journal_.clear();
    const int written = static_cast<int>(pending_.size());
    pending_.clear();
    return written;
}

int Delivery::deliver_due(const Pause& pause)
{
    auto connection = database_.acquire();
    int settled = write_pending(*connection);  // left by a round the database failed
    recover(*connection, clock_.now());
    auto claimed = claim(*connection, clock_.now());
    if (claimed.empty()) {
        session_.close();  // an idle connection would time out on the server's side
        return settled;
    }
    auto written = std::chrono::steady_clock::now();
    bool stopping = false;
    for (const auto& message : claimed) {
        if (!pause(limiter_.reserve(std::chrono::steady_clock::now()))) {
            stopping = true;
            break;
        }
        pending_.push_back(deliver(*connection, message));
        if (pending_.size() >= kWriteEvery || std::chrono::steady_clock::now() - written >= kWriteInterval) {
            settled += write_pending(*connection);
            written = std::chrono::steady_clock::now();
        }
    }
    settled += write_pending(*connection);
    if (stopping) connection->execute(kRelease, {worker()});
    return settled;
}

std::vector<Message> Delivery::claim(db::Connection& connection, Seconds now)
{
    std::vector<Message> claimed;
    db::Transaction transaction(connection, db::TransactionKind::Write);
    for (const auto& row : connection.query(claim_statement(connection.dialect()),
                                            {worker(), now + settings_.lease, now, std::max(1, settings_.batch)}))
        claimed.push_back(message_from_row(row));
    transaction.commit();
    std::sort(claimed.begin(), claimed.end(), [](const Message& a, const Message& b) { return a.id < b.id; });
    return claimed;
}

Delivery::Settled Delivery::deliver(db::Connection& connection, const Message& message)
{
    Settled settled{message.id, Kind::Withheld, {}, message.to_address, message.attempts};
    if (message.subscriber_id || !message.topics.empty()) {
        // List mail goes only while its recipient consents; without a guard, it never goes.
        auto reason = guard_ ? guard_->withhold_reason(connection, message, clock_.now())
                             : std::optional<std::string>("no consent check is configured");
        if (reason) {
            settled.detail = *reason;
            journal_.record(Kind::Withheld, message.id, settled.detail);
            return settled;
        }
    }
    MailContent content{settings_.smtp.from, message.to_address, message.subject, message.body_text, message.body_html,
                        message_id(message, settings_.smtp.from), message.list_unsubscribe, clock_.now()};
    auto delivered = session_.send(message.to_address, compose(content),
                                   [&] { journal_.record(Kind::HandedOver, message.id); });
    settled.kind = kind_of(delivered.outcome);
    settled.detail = delivered.detail;
    journal_.record(settled.kind, message.id, settled.detail);
    if (settled.kind != Kind::Sent)
        spdlog::warn("mail {} to {} not sent (attempt {}): {}", message.id, message.to_address, message.attempts + 1, settled.detail);
    return settled;
}

void Delivery::write_outcomes(db::Connection& connection, const std::vector<Settled>& outcomes, const std::string& worker,
                              Seconds now)
{
    constexpr std::string_view kMine = " WHERE id = ? AND status = 'sending' AND claimed_by = ?";
    for (const auto& outcome : outcomes) {
        switch (outcome.kind) {
        case Kind::HandedOver:
        case Kind::Sent:
            connection.execute("UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL,"
                               " claimed_by = NULL, claimed_until = 0" + std::string(kMine),
                               {now, outcome.id, worker});
            break;
        case Kind::Temporary: {
            const int attempts = outcome.attempts + 1;
            connection.execute("UPDATE outbox SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?,"
                               " claimed_by = NULL, claimed_until = 0" + std::string(kMine),
                               {attempts >= kMaxAttempts ? "failed" : "queued", attempts, outcome.detail,
                                now + retry_delay(attempts), outcome.id, worker});
            break;
        }
        case Kind::HardBounce:
            if (guard_) guard_->hard_bounced(connection, outcome.address, outcome.detail, now);
            [[fallthrough]];
        case Kind::Permanent:
            connection.execute("UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?,"
                               " claimed_by = NULL, claimed_until = 0" + std::string(kMine),
                               {outcome.detail, outcome.id, worker});
            break;
        case Kind::Withheld:
            connection.execute("UPDATE outbox SET status = 'withheld', last_error = ?, claimed_by = NULL, claimed_until = 0" +
                                   std::string(kMine),
                               {outcome.detail, outcome.id, worker});
            break;
        }
    }
}

// Settles the messages of workers whose journal lies here unlocked (they died): what
// they handed over counts as sent, their other claims go back to the queue. Then takes
// back claims whose lease ran out, from workers whose journal is elsewhere.
void Delivery::recover(db::Connection& connection, Seconds now)
{
    for (auto& orphan : HandoverJournal::orphans(settings_.journal_folder)) {
        std::map<std::int64_t, Settled> claimed;
        for (const auto& row : connection.query("SELECT id, to_address, attempts FROM outbox WHERE status = 'sending' AND claimed_by = ?",
                                                {orphan.worker}))
            claimed.emplace(row.integer(0), Settled{row.integer(0), Kind::Temporary, {}, row.text(1), static_cast<int>(row.integer(2))});
        // The last line about a message says how it ended; a handover alone means the server
        // has it. Claims the journal does not name were never handed over.
        std::map<std::int64_t, Settled> journaled;
        for (const auto& entry : orphan.entries) {
            auto found = claimed.find(entry.message_id);
            if (found == claimed.end()) continue;  // settled in the database already
            Settled outcome = found->second;
            outcome.kind = entry.kind;
            outcome.detail = entry.kind == Kind::HandedOver ? "handed over before the sending process stopped" : entry.detail;
            journaled.insert_or_assign(entry.message_id, outcome);
        }
        std::vector<Settled> outcomes;
        for (auto& [id, outcome] : journaled) outcomes.push_back(outcome);
        db::Transaction transaction(connection, db::TransactionKind::Write);
        write_outcomes(connection, outcomes, orphan.worker, now);
        connection.execute(kRelease, {orphan.worker});
        transaction.commit();
        spdlog::info("mail worker {} had stopped: {} messages settled from its journal, {} queued again", orphan.worker,
                     outcomes.size(), claimed.size() - outcomes.size());
        HandoverJournal::discard(orphan);
    }
    connection.execute("UPDATE outbox SET status = 'queued', claimed_by = NULL, claimed_until = 0"
                       " WHERE status = 'sending' AND claimed_until < ?",
                       {now});
}

DeliveryWorker::DeliveryWorker(std::vector<Job> jobs, std::chrono::milliseconds interval)
    : jobs_(std::move(jobs)), interval_(interval), thread_([this] { run(); })
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

bool DeliveryWorker::pause(std::chrono::nanoseconds duration)
{
    std::unique_lock lock(mutex_);
    if (duration > std::chrono::nanoseconds::zero()) wake_.wait_for(lock, duration, [this] { return stopping_; });
    return !stopping_;
}

void DeliveryWorker::run()
{
    const Pause pause = [this](std::chrono::nanoseconds duration) { return this->pause(duration); };
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        int work = 0;
        for (const auto& job : jobs_) {
            try {
                work += job(pause);
            } catch (const std::exception& error) {
                spdlog::error("mail worker: {}", error.what());
            }
        }
        lock.lock();
        if (work == 0) wake_.wait_for(lock, interval_, [this] { return stopping_; });
    }
}

}  // namespace pmi::outbox
