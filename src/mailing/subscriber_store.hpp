#pragma once
// Subscribers, what each receives now, and erased addresses, in SQL.
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "mailing/mailing.hpp"

namespace pmi::mailing {

struct Recipient {
    SubscriberId id;
    std::string email;
    std::string name;
    std::string language;
    std::vector<std::string> topics;  // the campaign's topics this subscriber receives
};

struct SubscriberCounts {
    std::int64_t pending = 0, active = 0, unsubscribed = 0, bounced = 0;
};

// When a subscriber joined and left the list, for the growth chart.
struct ListSpan {
    Seconds joined = 0;
    std::optional<Seconds> left;
};

class SubscriberStore {
public:
    explicit SubscriberStore(db::Connection& connection) : connection_(connection) {}

    std::optional<Subscriber> find(SubscriberId id);
    std::optional<Subscriber> find_by_email(std::string_view email_normalized);
    std::optional<Subscriber> find_by_confirmation(std::string_view token_hash, Seconds now);
    // Throws db::UniqueViolation when the address is on the list already.
    SubscriberId insert(const Subscriber& subscriber, Seconds now);
    void update_profile(SubscriberId id, const std::string& name, const std::string& language,
                        const std::string& organisation, Seconds now);
    void set_status(SubscriberId id, SubscriberStatus status, Seconds now);
    void set_confirmation(SubscriberId id, const std::string& token_hash, Seconds sent_at, Seconds expires_at);
    // When the last mail answering a subscription request went out.
    std::optional<Seconds> confirmation_sent_at(SubscriberId id);
    void note_mail_sent(SubscriberId id, Seconds at);
    void clear_confirmation(SubscriberId id);
    // Marks the subscriber with this address bounced; false when there is none.
    bool mark_bounced(std::string_view email_normalized, const std::string& reply, Seconds now);
    // Deletes the subscriber, its subscriptions and its ledger.
    void erase(SubscriberId id);

    std::vector<Subscription> subscriptions(SubscriberId id);
    void set_subscription(SubscriberId id, const Subscription& subscription);
    void remove_subscription(SubscriberId id, std::string_view topic);

    // By address, name or organisation (case-insensitive substring), newest first.
    std::vector<Subscriber> search(std::string_view query, int limit, int offset);
    SubscriberCounts counts();
    std::vector<ListSpan> spans();

    // Active subscribers who read one of `languages` and receive one of `topics` now.
    std::vector<Recipient> recipients(const std::vector<std::string>& topics, const std::vector<std::string>& languages,
                                      Seconds now);
    // Whether the subscriber is active and receives one of `topics` at `now`.
    bool receives(SubscriberId id, const std::vector<std::string>& topics, Seconds now);

    bool suppressed(std::string_view email_hash);
    void suppress(std::string_view email_hash, std::string_view reason, Seconds now);
    void unsuppress(std::string_view email_hash);

private:
    db::Connection& connection_;
};

}  // namespace pmi::mailing
