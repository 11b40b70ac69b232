#include "mailing/subscriber_store.hpp"

#include <cctype>

#include "core/text.hpp"

namespace pmi::mailing {
namespace {

constexpr std::string_view kColumns =
    "id, email, name, language, organisation, status, created_at, confirmed_at, left_at, bounced_at, bounce_reply";

Subscriber subscriber_from(const db::Row& row)
{
    Subscriber subscriber;
    subscriber.id = SubscriberId{row.integer(0)};
    subscriber.email = row.text(1);
    subscriber.name = row.text(2);
    subscriber.language = row.text(3);
    subscriber.organisation = row.text(4);
    subscriber.status = subscriber_status_from_code(row.text(5));
    subscriber.created_at = row.integer(6);
    subscriber.confirmed_at = row.optional_integer(7);
    subscriber.left_at = row.optional_integer(8);
    subscriber.bounced_at = row.optional_integer(9);
    subscriber.bounce_reply = row.text(10);
    return subscriber;
}

// "?, ?, ?" for `count` values, and the values appended to `parameters`.
std::string placeholders(const std::vector<std::string>& values, db::Parameters& parameters)
{
    std::string list;
    for (const auto& value : values) {
        list += list.empty() ? "?" : ", ?";
        parameters.emplace_back(value);
    }
    return list.empty() ? "NULL" : list;
}

std::string like_pattern(std::string_view text)
{
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return pattern + "%";
}

}  // namespace

std::optional<Subscriber> SubscriberStore::find(SubscriberId id)
{
    auto row = connection_.query_one("SELECT " + std::string(kColumns) + " FROM mailing_subscribers WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return subscriber_from(*row);
}

std::optional<Subscriber> SubscriberStore::find_by_email(std::string_view email_normalized)
{
    auto row = connection_.query_one("SELECT " + std::string(kColumns) + " FROM mailing_subscribers WHERE email_normalized = ?",
                                     {email_normalized});
    if (!row) return std::nullopt;
    return subscriber_from(*row);
}

std::optional<Subscriber> SubscriberStore::find_by_confirmation(std::string_view token_hash, Seconds now)
{
    auto row = connection_.query_one("SELECT " + std::string(kColumns) +
                                         " FROM mailing_subscribers WHERE confirm_token_hash = ? AND confirm_expires_at > ?",
                                     {token_hash, now});
    if (!row) return std::nullopt;
    return subscriber_from(*row);
}

SubscriberId SubscriberStore::insert(const Subscriber& subscriber, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO mailing_subscribers (email, email_normalized, name, language, organisation, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {subscriber.email, text::normalize_email(subscriber.email), subscriber.name, subscriber.language, subscriber.organisation,
         subscriber_status_code(subscriber.status), now, now});
    return SubscriberId{row->integer(0)};
}

void SubscriberStore::update_profile(SubscriberId id, const std::string& name, const std::string& language,
                                     const std::string& organisation, Seconds now)
{
    connection_.execute("UPDATE mailing_subscribers SET name = ?, language = ?, organisation = ?, updated_at = ? WHERE id = ?",
                        {name, language, organisation, now, id.value});
}

void SubscriberStore::set_status(SubscriberId id, SubscriberStatus status, Seconds now)
{
    switch (status) {
    case SubscriberStatus::Active:
        connection_.execute("UPDATE mailing_subscribers SET confirmed_at = CASE WHEN status = 'active' THEN confirmed_at ELSE ? END,"
                            " status = 'active', left_at = NULL, bounced_at = NULL, bounce_reply = NULL, updated_at = ? WHERE id = ?",
                            {now, now, id.value});
        return;
    case SubscriberStatus::Unsubscribed:
        connection_.execute("UPDATE mailing_subscribers SET status = 'unsubscribed', left_at = ?, updated_at = ? WHERE id = ?",
                            {now, now, id.value});
        return;
    case SubscriberStatus::Pending:
    case SubscriberStatus::Bounced:
        connection_.execute("UPDATE mailing_subscribers SET status = ?, updated_at = ? WHERE id = ?",
                            {subscriber_status_code(status), now, id.value});
        return;
    }
}

void SubscriberStore::set_confirmation(SubscriberId id, const std::string& token_hash, Seconds sent_at, Seconds expires_at)
{
    connection_.execute("UPDATE mailing_subscribers SET confirm_token_hash = ?, confirm_sent_at = ?, confirm_expires_at = ? WHERE id = ?",
                        {token_hash, sent_at, expires_at, id.value});
}

std::optional<Seconds> SubscriberStore::confirmation_sent_at(SubscriberId id)
{
    auto row = connection_.query_one("SELECT confirm_sent_at FROM mailing_subscribers WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return row->optional_integer(0);
}

void SubscriberStore::note_mail_sent(SubscriberId id, Seconds at)
{
    connection_.execute("UPDATE mailing_subscribers SET confirm_sent_at = ? WHERE id = ?", {at, id.value});
}

void SubscriberStore::clear_confirmation(SubscriberId id)
{
    connection_.execute("UPDATE mailing_subscribers SET confirm_token_hash = NULL, confirm_expires_at = NULL WHERE id = ?", {id.value});
}

bool SubscriberStore::mark_bounced(std::string_view email_normalized, const std::string& reply, Seconds now)
{
    return connection_.execute("UPDATE mailing_subscribers SET status = 'bounced', bounced_at = ?, bounce_reply = ?, updated_at = ?"
                               " WHERE email_normalized = ? AND status <> 'unsubscribed'",
                               {now, reply.substr(0, 300), now, email_normalized}) > 0;
}

void SubscriberStore::erase(SubscriberId id)
{
    connection_.execute("DELETE FROM mailing_subscribers WHERE id = ?", {id.value});
}

std::vector<Subscription> SubscriberStore::subscriptions(SubscriberId id)
{
    std::vector<Subscription> list;
    for (const auto& row : connection_.query(
             "SELECT topic, state, since, expires_at FROM mailing_subscriptions WHERE subscriber_id = ? ORDER BY topic", {id.value}))
        list.push_back({row.text(0), row.text(1) == "active" ? SubscriptionState::Active : SubscriptionState::Pending,
                        row.integer(2), row.optional_integer(3)});
    return list;
}

void SubscriberStore::set_subscription(SubscriberId id, const Subscription& subscription)
{
    connection_.execute(
        "INSERT INTO mailing_subscriptions (subscriber_id, topic, state, since, expires_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (subscriber_id, topic) DO UPDATE SET state = excluded.state, since = excluded.since, expires_at = excluded.expires_at",
        {id.value, subscription.topic, subscription.state == SubscriptionState::Active ? "active" : "pending", subscription.since,
         subscription.expires_at});
}

void SubscriberStore::remove_subscription(SubscriberId id, std::string_view topic)
{
    connection_.execute("DELETE FROM mailing_subscriptions WHERE subscriber_id = ? AND topic = ?", {id.value, topic});
}

std::vector<Subscriber> SubscriberStore::search(std::string_view query, int limit, int offset)
{
    std::vector<Subscriber> found;
    const std::string pattern = like_pattern(query);
    for (const auto& row : connection_.query(
             "SELECT " + std::string(kColumns) + " FROM mailing_subscribers WHERE email_normalized LIKE ? ESCAPE '\\'"
             " OR lower(name) LIKE ? ESCAPE '\\' OR lower(organisation) LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ? OFFSET ?",
             {pattern, pattern, pattern, limit, offset}))
        found.push_back(subscriber_from(row));
    return found;
}

SubscriberCounts SubscriberStore::counts()
{
    SubscriberCounts counts;
    for (const auto& row : connection_.query("SELECT status, COUNT(*) FROM mailing_subscribers GROUP BY status")) {
        switch (subscriber_status_from_code(row.text(0))) {
        case SubscriberStatus::Pending: counts.pending = row.integer(1); break;
        case SubscriberStatus::Active: counts.active = row.integer(1); break;
        case SubscriberStatus::Unsubscribed: counts.unsubscribed = row.integer(1); break;
        case SubscriberStatus::Bounced: counts.bounced = row.integer(1); break;
        }
    }
    return counts;
}

std::vector<ListSpan> SubscriberStore::spans()
{
    std::vector<ListSpan> list;
    for (const auto& row : connection_.query(
             "SELECT confirmed_at, CASE WHEN status = 'active' THEN NULL ELSE COALESCE(left_at, bounced_at, updated_at) END"
             " FROM mailing_subscribers WHERE confirmed_at IS NOT NULL"))
        list.push_back({row.integer(0), row.optional_integer(1)});
    return list;
}

std::vector<Recipient> SubscriberStore::recipients(const std::vector<std::string>& topics, const std::vector<std::string>& languages,
                                                   Seconds now)
{
    db::Parameters parameters{now};
    const std::string topic_list = placeholders(topics, parameters);
    const std::string language_list = placeholders(languages, parameters);
    std::vector<Recipient> list;
    for (const auto& row : connection_.query(
             "SELECT s.id, s.email, s.name, s.language, t.topic FROM mailing_subscribers s"
             " JOIN mailing_subscriptions t ON t.subscriber_id = s.id"
             " WHERE s.status = 'active' AND t.state = 'active' AND (t.expires_at IS NULL OR t.expires_at > ?)"
             " AND t.topic IN (" + topic_list + ") AND s.language IN (" + language_list + ") ORDER BY s.id, t.topic",
             parameters)) {
        const SubscriberId id{row.integer(0)};
        if (list.empty() || list.back().id != id) list.push_back({id, row.text(1), row.text(2), row.text(3), {}});
        list.back().topics.push_back(row.text(4));
    }
    return list;
}

bool SubscriberStore::receives(SubscriberId id, const std::vector<std::string>& topics, Seconds now)
{
    db::Parameters parameters{id.value, now};
    const std::string topic_list = placeholders(topics, parameters);
    return connection_
        .query_one("SELECT 1 FROM mailing_subscribers s JOIN mailing_subscriptions t ON t.subscriber_id = s.id"
                   " WHERE s.id = ? AND s.status = 'active' AND t.state = 'active' AND (t.expires_at IS NULL OR t.expires_at > ?)"
                   " AND t.topic IN (" + topic_list + ")",
                   parameters)
        .has_value();
}

bool SubscriberStore::suppressed(std::string_view email_hash)
{
    return connection_.query_one("SELECT 1 FROM mailing_suppressions WHERE email_hash = ?", {email_hash}).has_value();
}

void SubscriberStore::suppress(std::string_view email_hash, std::string_view reason, Seconds now)
{
    connection_.execute("INSERT INTO mailing_suppressions (email_hash, reason, at) VALUES (?, ?, ?) ON CONFLICT (email_hash) DO NOTHING",
                        {email_hash, reason, now});
}

void SubscriberStore::unsuppress(std::string_view email_hash)
{
    connection_.execute("DELETE FROM mailing_suppressions WHERE email_hash = ?", {email_hash});
}

}  // namespace pmi::mailing
