#pragma once
// The program's distribution list: subscribers, the topics they receive, the consent
// ledger that proves each message was wanted (Canada's anti-spam law), and campaigns.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::mailing {

using SubscriberId = Id<struct SubscriberTag>;
using CampaignId = Id<struct CampaignTag>;

// pending: asked, not yet confirmed; active: receives mail; unsubscribed: withdrew every
// topic; bounced: the address does not exist (no mail until confirmed again).
enum class SubscriberStatus { Pending, Active, Unsubscribed, Bounced };
std::string_view subscriber_status_code(SubscriberStatus status);
SubscriberStatus subscriber_status_from_code(std::string_view code);

struct Subscriber {
    SubscriberId id;
    std::string email;
    std::string name;
    std::string language;
    std::string organisation;
    SubscriberStatus status = SubscriberStatus::Pending;
    Seconds created_at = 0;
    std::optional<Seconds> confirmed_at, left_at, bounced_at;
    std::string bounce_reply;
};

enum class SubscriptionState { Pending, Active };

struct Subscription {
    std::string topic;
    SubscriptionState state = SubscriptionState::Pending;
    Seconds since = 0;
    std::optional<Seconds> expires_at;  // implied consent ends then
};

enum class ConsentAction { Request, Grant, Withdraw };
std::string_view consent_action_code(ConsentAction action);
ConsentAction consent_action_from_code(std::string_view code);

// How consent was given or withdrawn.
enum class ConsentMethod {
    WebForm,         // the subscription form (a request until confirmed)
    ConfirmedLink,   // the single-use link of the confirmation mail
    Import,          // added by staff, with the stated source of the consent
    AccountSignUp,   // a signed-in account's own address, verified when the account was created
    Preferences,     // the preferences page, opened from a link in a message
    UnsubscribeLink, // the unsubscribe page, opened from a link in a message
    OneClick,        // RFC 8058 one-click unsubscribe from the reader's mail program
};
std::string_view consent_method_code(ConsentMethod method);
ConsentMethod consent_method_from_code(std::string_view code);
std::string_view consent_method_label(ConsentMethod method);  // English message id

enum class ConsentType { Express, Implied };

// The exact text a person was shown when asked for consent.
struct Wording {
    std::string hash;  // SHA-256 of the text
    std::string version;
    std::string language;
    std::string text;
};

struct ConsentEvent {
    std::int64_t id = 0;
    std::string topic;
    ConsentAction action = ConsentAction::Request;
    Seconds at = 0;
    ConsentMethod method = ConsentMethod::WebForm;
    std::optional<Wording> wording;
    std::string ip;
    std::string source;  // imports: where the address and its consent came from
    ConsentType consent_type = ConsentType::Express;
    std::optional<Seconds> expires_at;
    std::optional<CampaignId> campaign;
    std::string recorded_by;  // the staff member who recorded it, if not the subscriber
};

// Who sends: every message names them, gives a mailing address and a way to reach them.
struct SenderIdentity {
    std::string name;
    std::string postal_address;
    std::string email;
    std::string phone;
    std::string website;
    bool complete() const { return !name.empty() && !postal_address.empty() && (!email.empty() || !phone.empty() || !website.empty()); }
};

enum class CampaignKind { Message, CallAnnouncement, NewsDigest };
std::string_view campaign_kind_code(CampaignKind kind);
CampaignKind campaign_kind_from_code(std::string_view code);

// draft → scheduled (a moment, or now) → sent (its messages are in the outbox).
enum class CampaignStatus { Draft, Scheduled, Sent };
std::string_view campaign_status_code(CampaignStatus status);
CampaignStatus campaign_status_from_code(std::string_view code);

struct Campaign {
    CampaignId id;
    CampaignKind kind = CampaignKind::Message;
    CampaignStatus status = CampaignStatus::Draft;
    LocalizedText subject;  // one version per language
    LocalizedText body;     // Markdown
    std::vector<std::string> topics;
    std::vector<std::string> languages;  // recipients reading these languages receive it
    std::optional<std::int64_t> call_id;
    std::optional<Seconds> digest_until;  // news digests: the posts up to this moment
    std::optional<Seconds> scheduled_at;
    std::optional<Seconds> queued_at;
    int recipients = 0;
    Seconds created_at = 0;
    Seconds updated_at = 0;
};

// Space-separated lists, as stored.
std::string join_codes(const std::vector<std::string>& codes);
std::vector<std::string> split_codes(std::string_view text);

}  // namespace pmi::mailing
