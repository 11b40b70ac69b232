#include "outbox/outbox.hpp"

#include <cassert>

namespace pmi::outbox {

std::int64_t Outbox::add(Seconds now, const std::string& to, const std::string& subject, const std::string& body,
                         const std::string& purpose)
{
    assert(to.find_first_of("\r\n") == std::string::npos && subject.find_first_of("\r\n") == std::string::npos &&
           "mail headers never carry line breaks");
    auto row = connection_.query_one(
        "INSERT INTO outbox (to_address, subject, body_text, purpose, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {to, subject, body, purpose, now});
    return row->integer(0);
}

std::vector<Message> Outbox::list(int limit, int offset)
{
    auto rows = connection_.query(
        "SELECT id, to_address, subject, body_text, purpose, created_at, sent_at, attempts, last_error"
        " FROM outbox ORDER BY id DESC LIMIT ? OFFSET ?",
        {limit, offset});
    std::vector<Message> messages;
    for (const auto& row : rows)
        messages.push_back(Message{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.integer(5),
                                   row.optional_integer(6), static_cast<int>(row.integer(7)), row.optional_text(8)});
    return messages;
}

std::int64_t Outbox::count()
{
    return connection_.query_one("SELECT COUNT(*) FROM outbox")->integer(0);
}

}  // namespace pmi::outbox
