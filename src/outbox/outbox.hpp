#pragma once
// Mail waiting to be sent. Services add messages in the same transaction as the change
// that causes them, so a message exists exactly when its change was committed.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::outbox {

struct Message {
    std::int64_t id = 0;
    std::string to_address;
    std::string subject;
    std::string body_text;
    std::string purpose;  // "verify_email", "password_reset", ...
    Seconds created_at = 0;
    std::optional<Seconds> sent_at;
    int attempts = 0;
    std::optional<std::string> last_error;
};

class Outbox {
public:
    explicit Outbox(db::Connection& connection) : connection_(connection) {}
    // Subjects and addresses are checked free of line breaks: no header injection.
    std::int64_t add(Seconds now, const std::string& to, const std::string& subject, const std::string& body,
                     const std::string& purpose);
    std::vector<Message> list(int limit, int offset);
    std::int64_t count();

private:
    db::Connection& connection_;
};

}  // namespace pmi::outbox
