#include "mailing/mailing.hpp"

#include <array>
#include <utility>

#include "core/translator.hpp"

namespace pmi::mailing {
namespace {

template <typename Enum, std::size_t N>
std::string_view code_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [entry, code] : table)
        if (entry == value) return code;
    return table.front().second;
}

template <typename Enum, std::size_t N>
Enum value_of(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view code)
{
    for (const auto& [entry, name] : table)
        if (name == code) return entry;
    return table.front().first;
}

constexpr std::array<std::pair<SubscriberStatus, std::string_view>, 4> kStatuses = {{
    {SubscriberStatus::Pending, "pending"},
    {SubscriberStatus::Active, "active"},
    {SubscriberStatus::Unsubscribed, "unsubscribed"},
    {SubscriberStatus::Bounced, "bounced"},
}};

constexpr std::array<std::pair<ConsentAction, std::string_view>, 3> kActions = {{
    {ConsentAction::Request, "request"},
    {ConsentAction::Grant, "grant"},
    {ConsentAction::Withdraw, "withdraw"},
}};

constexpr std::array<std::pair<ConsentMethod, std::string_view>, 7> kMethods = {{
    {ConsentMethod::WebForm, "web_form"},
    {ConsentMethod::ConfirmedLink, "confirmed_link"},
    {ConsentMethod::Import, "import"},
    {ConsentMethod::AccountSignUp, "account_sign_up"},
    {ConsentMethod::Preferences, "preferences"},
    {ConsentMethod::UnsubscribeLink, "unsubscribe_link"},
    {ConsentMethod::OneClick, "one_click"},
}};

constexpr std::array<std::pair<CampaignKind, std::string_view>, 3> kKinds = {{
    {CampaignKind::Message, "message"},
    {CampaignKind::CallAnnouncement, "call"},
    {CampaignKind::NewsDigest, "digest"},
}};

constexpr std::array<std::pair<CampaignStatus, std::string_view>, 3> kCampaignStatuses = {{
    {CampaignStatus::Draft, "draft"},
    {CampaignStatus::Scheduled, "scheduled"},
    {CampaignStatus::Sent, "sent"},
}};

}  // namespace

std::string_view subscriber_status_code(SubscriberStatus status) { return code_of(kStatuses, status); }
SubscriberStatus subscriber_status_from_code(std::string_view code) { return value_of(kStatuses, code); }
std::string_view consent_action_code(ConsentAction action) { return code_of(kActions, action); }
ConsentAction consent_action_from_code(std::string_view code) { return value_of(kActions, code); }
std::string_view consent_method_code(ConsentMethod method) { return code_of(kMethods, method); }
ConsentMethod consent_method_from_code(std::string_view code) { return value_of(kMethods, code); }
std::string_view campaign_kind_code(CampaignKind kind) { return code_of(kKinds, kind); }
CampaignKind campaign_kind_from_code(std::string_view code) { return value_of(kKinds, code); }
std::string_view campaign_status_code(CampaignStatus status) { return code_of(kCampaignStatuses, status); }
CampaignStatus campaign_status_from_code(std::string_view code) { return value_of(kCampaignStatuses, code); }

std::string_view consent_method_label(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::WebForm: return N_("Subscription form");
    case ConsentMethod::ConfirmedLink: return N_("Confirmation link");
    case ConsentMethod::Import: return N_("Imported");
    case ConsentMethod::AccountSignUp: return N_("Account, its address verified at sign-up");
    case ConsentMethod::Preferences: return N_("Preferences page");
    case ConsentMethod::UnsubscribeLink: return N_("Unsubscribe link");
    case ConsentMethod::OneClick: return N_("One-click unsubscribe");
    }
    return N_("Subscription form");
}

std::string join_codes(const std::vector<std::string>& codes)
{
    std::string text;
    for (const auto& code : codes) text += (text.empty() ? "" : " ") + code;
    return text;
}

std::vector<std::string> split_codes(std::string_view text)
{
    std::vector<std::string> codes;
    while (!text.empty()) {
        auto space = text.find(' ');
        if (space != 0) codes.emplace_back(text.substr(0, space));
        if (space == std::string_view::npos) break;
        text.remove_prefix(space + 1);
    }
    return codes;
}

}  // namespace pmi::mailing
