#include "mailing/link_token.hpp"

#include <charconv>

#include "core/crypto.hpp"

namespace pmi::mailing {
namespace {

constexpr std::string_view kVersion = "v1";
constexpr std::string_view kEveryTopic = "all";
constexpr std::size_t kMaxTokenBytes = 600;

std::optional<std::int64_t> number(std::string_view text)
{
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

std::vector<std::string_view> parts(std::string_view text, char separator)
{
    std::vector<std::string_view> out;
    while (true) {
        auto at = text.find(separator);
        out.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return out;
        text.remove_prefix(at + 1);
    }
}

Error broken()
{
    return invalid("token", "This link is not complete or was changed. Open the whole link from the email again.");
}

}  // namespace

std::string sign_link(std::string_view secret, const LinkToken& token)
{
    std::string scope;
    for (const auto& topic : token.topics) scope += (scope.empty() ? "" : "~") + topic;
    if (scope.empty()) scope = kEveryTopic;
    const std::string payload = std::string(kVersion) + "." + std::to_string(token.subscriber.value) + "." + scope + "." +
                                std::to_string(token.issued_at) + "." +
                                std::to_string(token.campaign ? token.campaign->value : 0);
    return payload + "." + crypto::hmac(secret, payload);
}

Result<LinkToken> verify_link(std::string_view secret, std::string_view token, Seconds now)
{
    if (token.empty() || token.size() > kMaxTokenBytes) return broken();
    auto last_dot = token.rfind('.');
    if (last_dot == std::string_view::npos) return broken();
    const std::string_view payload = token.substr(0, last_dot);
    if (!crypto::constant_time_equal(crypto::hmac(secret, payload), token.substr(last_dot + 1))) return broken();
    auto fields = parts(payload, '.');
    if (fields.size() != 5 || fields[0] != kVersion) return broken();
    auto subscriber = number(fields[1]);
    auto issued = number(fields[3]);
    auto campaign = number(fields[4]);
    if (!subscriber || !issued || !campaign || fields[2].empty()) return broken();
    if (now > *issued + kLinkLifetime)
        return invalid("token", "This link has expired. Links work for 180 days after their message; use the link in a more "
                                "recent message, or subscribe again to receive a new one.");
    LinkToken result{SubscriberId{*subscriber}, {}, *issued, std::nullopt};
    if (fields[2] != kEveryTopic)
        for (auto topic : parts(fields[2], '~')) result.topics.emplace_back(topic);
    if (*campaign > 0) result.campaign = CampaignId{*campaign};
    return result;
}

}  // namespace pmi::mailing
