#include "mailing/list_guard.hpp"

#include "core/text.hpp"
#include "mailing/subscriber_store.hpp"

namespace pmi::mailing {

std::optional<std::string> ListGuard::withhold_reason(db::Connection& connection, const outbox::Message& message, Seconds now)
{
    const auto topics = split_codes(message.topics);
    if (!message.subscriber_id || topics.empty()) return "list mail without a subscriber or a topic";
    if (!SubscriberStore(connection).receives(SubscriberId{*message.subscriber_id}, topics, now))
        return "no consent at send time for " + message.topics;
    return std::nullopt;
}

void ListGuard::hard_bounced(db::Connection& connection, const std::string& address, const std::string& reply, Seconds now)
{
    SubscriberStore(connection).mark_bounced(text::normalize_email(address), reply, now);
}

}  // namespace pmi::mailing
