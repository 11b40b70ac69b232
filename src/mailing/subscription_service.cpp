#include "mailing/subscription_service.hpp"

#include <algorithm>
#include <map>

#include "core/crypto.hpp"
#include "core/text.hpp"
#include "mailing/consent_ledger.hpp"
#include "mailing/message_composer.hpp"
#include "mailing/rules.hpp"
#include "mailing/sender_identity.hpp"
#include "mailing/subscriber_store.hpp"
#include "mailing/wording.hpp"
#include "outbox/outbox.hpp"
#include "site/site_store.hpp"
#include "web/http.hpp"

namespace pmi::mailing {
namespace {

constexpr std::size_t kMaxTokenBytes = 200;

bool has(const std::vector<std::string>& codes, std::string_view code)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::vector<std::string> topics_in(const std::vector<Subscription>& subscriptions, std::optional<SubscriptionState> state)
{
    std::vector<std::string> codes;
    for (const auto& subscription : subscriptions)
        if (!state || subscription.state == *state) codes.push_back(subscription.topic);
    return codes;
}

Error unusable_confirmation()
{
    return invalid("token", "This confirmation link has expired or was already used. Subscribe again to receive a new one.");
}

ConsentEvent event(std::string topic, ConsentAction action, Seconds at, ConsentMethod method, std::string ip)
{
    ConsentEvent e;
    e.topic = std::move(topic);
    e.action = action;
    e.at = at;
    e.method = method;
    e.ip = std::move(ip);
    return e;
}

}  // namespace

std::vector<Topic> SubscriptionService::topics()
{
    auto connection = database_.acquire();
    return mailing::topics(site::SiteStore(*connection).regions());
}

std::string SubscriptionService::address_hash(std::string_view email) const
{
    return crypto::hmac(settings_.link_secret, "address:" + text::normalize_email(email));
}

Result<Subscribed> SubscriptionService::subscribe(const SubscriptionRequest& request)
{
    const auto all = topics();
    std::vector<Error> errors;
    check_email(errors, request.email);
    check_profile(errors, request.name, request.language, request.organisation, translator_);
    check_topics(errors, request.topics, all, NoTopics::Refused);
    if (!request.consent) errors.push_back(invalid("consent", "Tick the box to give your consent; nothing is sent without it."));
    if (!errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    const std::string shown_in = translator_.supports(request.shown_in) ? request.shown_in : request.language;
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<Subscribed> {
        auto program = site::SiteStore(*connection).program();
        if (!program) return invalid("email", "Subscriptions open once the program is set up.");
        const Wording wording = consent_wording(translator_, shown_in, *program);
        ConsentLedger ledger(*connection);
        ledger.keep_wording(wording, now);
        SubscriberStore store(*connection);
        const std::string email = text::trim(request.email);
        Subscriber subscriber;
        if (auto existing = store.find_by_email(text::normalize_email(email))) {
            subscriber = *existing;
        } else {
            subscriber = Subscriber{SubscriberId{}, email, text::trim(request.name), request.language, text::trim(request.organisation),
                                    SubscriberStatus::Pending, now, {}, {}, {}, {}};
            subscriber.id = store.insert(subscriber, now);
        }
        const auto asked = unique_codes(request.topics);
        if (!request.account_email.empty() && text::normalize_email(request.account_email) == text::normalize_email(email)) {
            grant_to_account(*connection, subscriber, asked, wording, request, now);
            return Subscribed::AtOnce;
        }
        const auto current = store.subscriptions(subscriber.id);
        const auto active = subscriber.status == SubscriberStatus::Active ? topics_in(current, SubscriptionState::Active)
                                                                          : std::vector<std::string>{};
        std::vector<std::string> wanted;
        for (const auto& topic : asked) {
            if (has(active, topic)) continue;
            wanted.push_back(topic);
            auto request_event = event(topic, ConsentAction::Request, now, ConsentMethod::WebForm, request.ip);
            request_event.wording = wording;
            request_event.source = request.source;
            ledger.append(subscriber.id, request_event);
            store.set_subscription(subscriber.id, {topic, SubscriptionState::Pending, now, std::nullopt});
        }
        const bool already = wanted.empty();
        TRY(send_confirmation(*connection, subscriber, request.language, already ? asked : wanted, already, now));
        return Subscribed::ConfirmationSent;
    });
}

// The account's address was verified when the account was created: that stands for the
// confirmation mail.
void SubscriptionService::grant_to_account(db::Connection& connection, const Subscriber& subscriber,
                                           const std::vector<std::string>& topics, const Wording& wording,
                                           const SubscriptionRequest& request, Seconds now)
{
    SubscriberStore store(connection);
    ConsentLedger ledger(connection);
    const auto current = store.subscriptions(subscriber.id);
    const bool active = subscriber.status == SubscriberStatus::Active;
    for (const auto& topic : topics) {
        if (active && has(topics_in(current, SubscriptionState::Active), topic)) continue;
        store.set_subscription(subscriber.id, {topic, SubscriptionState::Active, now, std::nullopt});
        auto grant = event(topic, ConsentAction::Grant, now, ConsentMethod::AccountSignUp, request.ip);
        grant.wording = wording;
        grant.source = request.source;
        ledger.append(subscriber.id, grant);
    }
    store.set_status(subscriber.id, SubscriberStatus::Active, now);
    store.unsuppress(address_hash(subscriber.email));
}

Status SubscriptionService::send_confirmation(db::Connection& connection, const Subscriber& subscriber, const std::string& language,
                                              const std::vector<std::string>& topics, bool already_subscribed, Seconds now)
{
    SubscriberStore store(connection);
    // The link of the last mail still works; a new mail would only fill the mailbox.
    if (auto last = store.confirmation_sent_at(subscriber.id); last && now - *last < kConfirmationInterval) return Ok{};
    auto program = site::SiteStore(connection).program();
    const auto sender = effective_identity(stored_identity(connection), settings_.configured, program);
    const auto names = topic_names(mailing::topics(site::SiteStore(connection).regions()), topics, translator_, language);
    ComposedMessage message;
    if (already_subscribed) {
        const std::string token = sign_link(settings_.link_secret, {subscriber.id, {}, now, std::nullopt});
        message = compose_already_subscribed(translator_, language, subscriber.name, sender, names,
                                             settings_.public_origin + "/mailing/preferences?token=" + web::percent_encode(token));
        store.note_mail_sent(subscriber.id, now);
    } else {
        const std::string token = crypto::random_token();
        store.set_confirmation(subscriber.id, crypto::sha256_hex(token), now, now + kConfirmationLifetime);
        message = compose_confirmation(translator_, language, subscriber.name, sender, names,
                                       settings_.public_origin + "/mailing/confirm?token=" + web::percent_encode(token));
    }
    outbox::Outbox(connection).add(now, {subscriber.email, message.subject, message.text, std::string(kConfirmationPurpose), message.html, {},
                                         std::nullopt, {}, std::nullopt});
    return Ok{};
}

Result<PendingConfirmation> SubscriptionService::confirmation(const std::string& token)
{
    if (token.empty() || token.size() > kMaxTokenBytes) return unusable_confirmation();
    auto connection = database_.acquire();
    SubscriberStore store(*connection);
    auto subscriber = store.find_by_confirmation(crypto::sha256_hex(token), clock_.now());
    if (!subscriber) return unusable_confirmation();
    return PendingConfirmation{*subscriber, topics_in(store.subscriptions(subscriber->id), SubscriptionState::Pending)};
}

Result<PendingConfirmation> SubscriptionService::confirm(const std::string& token, const std::string& ip)
{
    if (token.empty() || token.size() > kMaxTokenBytes) return unusable_confirmation();
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<PendingConfirmation> {
        SubscriberStore store(*connection);
        auto subscriber = store.find_by_confirmation(crypto::sha256_hex(token), now);
        if (!subscriber) return unusable_confirmation();
        ConsentLedger ledger(*connection);
        // Each grant keeps the wording of the request it confirms.
        std::map<std::string, Wording> asked_with;
        for (const auto& past : ledger.events(subscriber->id))
            if (past.action == ConsentAction::Request && past.wording) asked_with.insert_or_assign(past.topic, *past.wording);
        const auto pending = topics_in(store.subscriptions(subscriber->id), SubscriptionState::Pending);
        for (const auto& topic : pending) {
            store.set_subscription(subscriber->id, {topic, SubscriptionState::Active, now, std::nullopt});
            auto grant = event(topic, ConsentAction::Grant, now, ConsentMethod::ConfirmedLink, ip);
            if (auto found = asked_with.find(topic); found != asked_with.end()) grant.wording = found->second;
            ledger.append(subscriber->id, grant);
        }
        store.set_status(subscriber->id, SubscriberStatus::Active, now);
        store.clear_confirmation(subscriber->id);
        store.unsuppress(address_hash(subscriber->email));
        subscriber->status = SubscriberStatus::Active;
        return PendingConfirmation{*subscriber, pending};
    });
}

Result<LinkedSubscription> SubscriptionService::linked(const std::string& token)
{
    auto parsed = TRY(verify_link(settings_.link_secret, token, clock_.now()));
    auto connection = database_.acquire();
    SubscriberStore store(*connection);
    LinkedSubscription result{parsed, store.find(parsed.subscriber), {}};
    if (result.subscriber) result.subscriptions = store.subscriptions(parsed.subscriber);
    return result;
}

Result<std::vector<std::string>> SubscriptionService::unsubscribe(const std::string& token, UnsubscribeScope scope,
                                                                  ConsentMethod method, const std::string& ip)
{
    const Seconds now = clock_.now();
    auto parsed = TRY(verify_link(settings_.link_secret, token, now));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<std::vector<std::string>> {
        SubscriberStore store(*connection);
        auto subscriber = store.find(parsed.subscriber);
        if (!subscriber) return std::vector<std::string>{};  // erased: its address is suppressed already
        const auto current = store.subscriptions(subscriber->id);
        const bool everything = scope == UnsubscribeScope::Everything || parsed.topics.empty();
        std::vector<std::string> withdrawn;
        ConsentLedger ledger(*connection);
        for (const auto& topic : topics_in(current, std::nullopt)) {
            if (!everything && !has(parsed.topics, topic)) continue;
            auto withdrawal = event(topic, ConsentAction::Withdraw, now, method, ip);
            withdrawal.campaign = parsed.campaign;
            ledger.append(subscriber->id, withdrawal);
            store.remove_subscription(subscriber->id, topic);
            withdrawn.push_back(topic);
        }
        const bool any_left = std::any_of(current.begin(), current.end(), [&](const Subscription& s) {
            return s.state == SubscriptionState::Active && !has(withdrawn, s.topic);
        });
        if (!any_left && subscriber->status != SubscriberStatus::Unsubscribed)
            store.set_status(subscriber->id, SubscriberStatus::Unsubscribed, now);
        return withdrawn;
    });
}

Status SubscriptionService::update_preferences(const std::string& token, const PreferencesChange& change)
{
    const Seconds now = clock_.now();
    auto parsed = TRY(verify_link(settings_.link_secret, token, now));
    const auto all = topics();
    std::vector<Error> errors;
    check_profile(errors, change.name, change.language, change.organisation, translator_);
    check_topics(errors, change.topics, all, NoTopics::Allowed);
    if (!errors.empty()) return combine(std::move(errors));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        SubscriberStore store(*connection);
        auto subscriber = store.find(parsed.subscriber);
        if (!subscriber) return not_found("This subscription no longer exists, so there is nothing to change.");
        const auto wanted = unique_codes(change.topics);
        const auto current = store.subscriptions(subscriber->id);
        const auto active = subscriber->status == SubscriberStatus::Active ? topics_in(current, SubscriptionState::Active)
                                                                           : std::vector<std::string>{};
        std::vector<std::string> added;
        for (const auto& topic : wanted)
            if (!has(active, topic)) added.push_back(topic);
        if (!added.empty() && !change.consent)
            return invalid("consent", "Tick the box to give your consent to the topics you added.");
        ConsentLedger ledger(*connection);
        std::optional<Wording> wording;
        if (auto program = site::SiteStore(*connection).program(); program && !added.empty()) {
            wording = consent_wording(translator_, translator_.supports(change.shown_in) ? change.shown_in : change.language, *program);
            ledger.keep_wording(*wording, now);
        }
        for (const auto& topic : added) {
            store.set_subscription(subscriber->id, {topic, SubscriptionState::Active, now, std::nullopt});
            auto grant = event(topic, ConsentAction::Grant, now, ConsentMethod::Preferences, change.ip);
            grant.wording = wording;
            grant.campaign = parsed.campaign;
            ledger.append(subscriber->id, grant);
        }
        for (const auto& topic : topics_in(current, std::nullopt)) {
            if (has(wanted, topic)) continue;
            auto withdrawal = event(topic, ConsentAction::Withdraw, now, ConsentMethod::Preferences, change.ip);
            withdrawal.campaign = parsed.campaign;
            ledger.append(subscriber->id, withdrawal);
            store.remove_subscription(subscriber->id, topic);
        }
        store.update_profile(subscriber->id, text::trim(change.name), change.language, text::trim(change.organisation), now);
        if (!wanted.empty()) store.set_status(subscriber->id, SubscriberStatus::Active, now);
        else if (subscriber->status != SubscriberStatus::Unsubscribed) store.set_status(subscriber->id, SubscriberStatus::Unsubscribed, now);
        return Ok{};
    });
}

}  // namespace pmi::mailing
