#pragma once
// Mail waiting to be sent. Services add messages in the same transaction as the change
// that causes them, so a message exists exactly when its change was committed. Account and
// application mail, confirmations and list mail all wait here for the delivery worker.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::outbox {

// queued → sending (claimed by one worker) → sent | failed (permanent, or out of tries) |
// withheld (list mail whose recipient no longer consents, found at send time).
enum class Status { Queued, Sending, Sent, Failed, Withheld };
std::string_view status_code(Status status);
Status status_from_code(std::string_view code);

struct Message {
    std::int64_t id = 0;
    std::string to_address;
    std::string subject;
    std::string body_text;
    std::string purpose;  // "verify_email", "password_reset", "campaign", ...
    Seconds created_at = 0;
    std::optional<Seconds> sent_at;
    int attempts = 0;
    std::optional<std::string> last_error;
    std::string body_html;         // empty: a plain-text message
    std::string message_id;        // the left part of the Message-ID, the same on every try
    std::string list_unsubscribe;  // list mail: the one-click address (RFC 8058)
    std::optional<std::int64_t> subscriber_id;  // list mail: whose consent is checked at send time
    std::string topics;            // list mail: the topics the message is about, space-separated
    std::optional<std::int64_t> campaign_id;
    Status status = Status::Queued;
};

// What a service hands to the outbox.
struct OutgoingMail {
    std::string to;
    std::string subject;
    std::string body_text;
    std::string purpose;
    std::string body_html;
    std::string list_unsubscribe;
    std::optional<std::int64_t> subscriber_id;
    std::string topics;
    std::optional<std::int64_t> campaign_id;
};

struct StatusCounts {
    std::int64_t queued = 0, sending = 0, sent = 0, failed = 0, withheld = 0;
    std::int64_t total() const { return queued + sending + sent + failed + withheld; }
};

class Outbox {
public:
    explicit Outbox(db::Connection& connection) : connection_(connection) {}
    // Addresses and subjects never carry line breaks (no header injection): services check
    // what people type, and this asserts it.
    std::int64_t add(Seconds now, const std::string& to, const std::string& subject, const std::string& body,
                     const std::string& purpose);
    std::int64_t add(Seconds now, const OutgoingMail& mail);
    std::vector<Message> list(int limit, int offset);
    std::int64_t count();
    StatusCounts campaign_counts(std::int64_t campaign_id);
    // List mail to one subscriber, newest first; and its removal when the subscriber is erased.
    std::vector<Message> for_subscriber(std::int64_t subscriber_id);
    void erase_for_subscriber(std::int64_t subscriber_id);
    // Removes the messages of `purpose` written to `address` (any case).
    void erase_addressed(std::string_view address, std::string_view purpose);

private:
    db::Connection& connection_;
};

// A message's row, as every outbox query reads it (the columns of kMessageColumns).
extern const std::string_view kMessageColumns;
Message message_from_row(const db::Row& row);

}  // namespace pmi::outbox
