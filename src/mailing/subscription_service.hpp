#pragma once
// What readers do with the list, without an account: subscribe (double opt-in),
// confirm, unsubscribe from a link (or in one click from their mail program), change their
// preferences. Every grant and withdrawal goes into the consent ledger with its evidence,
// in the same transaction as the change.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "mailing/link_token.hpp"
#include "mailing/mailing.hpp"
#include "mailing/topics.hpp"
#include "mailing/wording.hpp"

namespace pmi::mailing {

inline constexpr Seconds kConfirmationLifetime = 7 * 24 * 60 * 60;
// The outbox purpose of the mail answering a subscription request.
inline constexpr std::string_view kConfirmationPurpose = "mailing_confirm";
// At most one confirmation mail per address in this time: the form cannot flood a mailbox.
inline constexpr Seconds kConfirmationInterval = 10 * 60;

struct MailingSettings {
    std::string public_origin;  // links in mail start with it
    std::string link_secret;    // signs the links in messages
    SenderIdentity configured;  // from the configuration file
};

struct SubscriptionRequest {
    std::string email, name, language, organisation;
    std::vector<std::string> topics;
    bool consent = false;  // the consent box was ticked
    std::string shown_in;  // the language the form (and its wording) was shown in
    std::string ip;
    // The address of the signed-in account that sends the form, verified when the account
    // was created: subscribing that address needs no confirmation mail.
    std::string account_email;
    // Where the form was sent (method and route), kept with the consent as its source.
    std::string source;
};

enum class Subscribed { ConfirmationSent, AtOnce };

struct PendingConfirmation {
    Subscriber subscriber;
    std::vector<std::string> topics;
};

// The subscription a link from a message controls; no subscriber when it was erased.
struct LinkedSubscription {
    LinkToken token;
    std::optional<Subscriber> subscriber;
    std::vector<Subscription> subscriptions;
};

enum class UnsubscribeScope { LinkTopics, Everything };

struct PreferencesChange {
    std::string name, language, organisation;
    std::vector<std::string> topics;  // the topics wanted from now on; none unsubscribes
    bool consent = false;             // required when topics are added
    std::string shown_in;
    std::string ip;
};

class SubscriptionService {
public:
    SubscriptionService(db::Database& database, const Clock& clock, const Translator& translator, MailingSettings settings)
        : database_(database), clock_(clock), translator_(translator), settings_(std::move(settings)) {}

    // The list's topics now (one per region of the program).
    std::vector<Topic> topics();

    // Records the request in the ledger and mails a single-use confirmation link (or, when
    // the address receives every topic asked already, a link to its preferences). The
    // answer is the same whether or not the address is on the list. A signed-in account's
    // own address is subscribed at once. Fails with every field problem at once.
    Result<Subscribed> subscribe(const SubscriptionRequest& request);
    // What a confirmation link would confirm. Fails when it is unknown, used or expired.
    Result<PendingConfirmation> confirmation(const std::string& token);
    // Activates the topics asked for. Fails as confirmation() does.
    Result<PendingConfirmation> confirm(const std::string& token, const std::string& ip);

    // The subscription behind a link from a message. Fails when the link is broken or expired.
    Result<LinkedSubscription> linked(const std::string& token);
    // Withdraws consent for the link's topics or for everything, at once; returns the
    // topics withdrawn (none when there was nothing left to withdraw).
    Result<std::vector<std::string>> unsubscribe(const std::string& token, UnsubscribeScope scope, ConsentMethod method,
                                                 const std::string& ip);
    Status update_preferences(const std::string& token, const PreferencesChange& change);

    // The hash under which an erased address stays suppressed.
    std::string address_hash(std::string_view email) const;

private:
    void grant_to_account(db::Connection& connection, const Subscriber& subscriber, const std::vector<std::string>& topics,
                          const Wording& wording, const SubscriptionRequest& request, Seconds now);
    Status send_confirmation(db::Connection& connection, const Subscriber& subscriber, const std::string& language,
                             const std::vector<std::string>& topics, bool already_subscribed, Seconds now);

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    MailingSettings settings_;
};

}  // namespace pmi::mailing
