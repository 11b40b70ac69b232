#include "outbox/outbox.hpp"

#include <array>
#include <cassert>

#include "core/crypto.hpp"

namespace pmi::outbox {
namespace {

constexpr std::array<std::pair<Status, std::string_view>, 5> kStatusCodes = {{
    {Status::Queued, "queued"},
    {Status::Sending, "sending"},
    {Status::Sent, "sent"},
    {Status::Failed, "failed"},
    {Status::Withheld, "withheld"},
}};

std::optional<std::string> optional_text(const std::string& text)
{
    if (text.empty()) return std::nullopt;
    return text;
}

}  // namespace

const std::string_view kMessageColumns =
    "id, to_address, subject, body_text, purpose, created_at, sent_at, attempts, last_error, body_html, message_id,"
    " list_unsubscribe, subscriber_id, topics, campaign_id, status";

std::string_view status_code(Status status)
{
    for (const auto& [value, code] : kStatusCodes)
        if (value == status) return code;
    return "queued";
}

Status status_from_code(std::string_view code)
{
    for (const auto& [value, name] : kStatusCodes)
        if (name == code) return value;
    return Status::Queued;
}

Message message_from_row(const db::Row& row)
{
    Message message;
    message.id = row.integer(0);
    message.to_address = row.text(1);
    message.subject = row.text(2);
    message.body_text = row.text(3);
    message.purpose = row.text(4);
    message.created_at = row.integer(5);
    message.sent_at = row.optional_integer(6);
    message.attempts = static_cast<int>(row.integer(7));
    message.last_error = row.optional_text(8);
    message.body_html = row.text(9);
    message.message_id = row.text(10);
    message.list_unsubscribe = row.text(11);
    message.subscriber_id = row.optional_integer(12);
    message.topics = row.text(13);
    message.campaign_id = row.optional_integer(14);
    message.status = status_from_code(row.text(15));
    return message;
}

std::int64_t Outbox::add(Seconds now, const std::string& to, const std::string& subject, const std::string& body,
                         const std::string& purpose)
{
    return add(now, OutgoingMail{to, subject, body, purpose, {}, {}, std::nullopt, {}, std::nullopt});
}

std::int64_t Outbox::add(Seconds now, const OutgoingMail& mail)
{
    assert(mail.to.find_first_of("\r\n") == std::string::npos && mail.subject.find_first_of("\r\n") == std::string::npos &&
           mail.list_unsubscribe.find_first_of("\r\n") == std::string::npos && "mail headers never carry line breaks");
    auto row = connection_.query_one(
        "INSERT INTO outbox (to_address, subject, body_text, purpose, created_at, body_html, message_id, list_unsubscribe,"
        " subscriber_id, topics, campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {mail.to, mail.subject, mail.body_text, mail.purpose, now, optional_text(mail.body_html), crypto::random_token(15),
         optional_text(mail.list_unsubscribe), mail.subscriber_id, optional_text(mail.topics), mail.campaign_id});
    return row->integer(0);
}

std::vector<Message> Outbox::list(int limit, int offset)
{
    auto rows = connection_.query("SELECT " + std::string(kMessageColumns) + " FROM outbox ORDER BY id DESC LIMIT ? OFFSET ?",
                                  {limit, offset});
    std::vector<Message> messages;
    messages.reserve(rows.size());
    for (const auto& row : rows) messages.push_back(message_from_row(row));
    return messages;
}

std::int64_t Outbox::count()
{
    return connection_.query_one("SELECT COUNT(*) FROM outbox")->integer(0);
}

StatusCounts Outbox::campaign_counts(std::int64_t campaign_id)
{
    StatusCounts counts;
    for (const auto& row : connection_.query("SELECT status, COUNT(*) FROM outbox WHERE campaign_id = ? GROUP BY status",
                                             {campaign_id})) {
        const std::int64_t n = row.integer(1);
        switch (status_from_code(row.text(0))) {
        case Status::Queued: counts.queued += n; break;
        case Status::Sending: counts.sending += n; break;
        case Status::Sent: counts.sent += n; break;
        case Status::Failed: counts.failed += n; break;
        case Status::Withheld: counts.withheld += n; break;
        }
    }
    return counts;
}

std::vector<Message> Outbox::for_subscriber(std::int64_t subscriber_id)
{
    std::vector<Message> messages;
    for (const auto& row : connection_.query("SELECT " + std::string(kMessageColumns) + " FROM outbox WHERE subscriber_id = ? ORDER BY id DESC",
                                             {subscriber_id}))
        messages.push_back(message_from_row(row));
    return messages;
}

void Outbox::erase_for_subscriber(std::int64_t subscriber_id)
{
    connection_.execute("DELETE FROM outbox WHERE subscriber_id = ?", {subscriber_id});
}

void Outbox::erase_addressed(std::string_view address, std::string_view purpose)
{
    connection_.execute("DELETE FROM outbox WHERE lower(to_address) = lower(?) AND purpose = ?", {address, purpose});
}

}  // namespace pmi::outbox
