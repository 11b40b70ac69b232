#pragma once
// The links in every list message (unsubscribe, preferences) carry a token that names the
// subscriber, the topics it concerns and when it was issued, signed with HMAC-SHA-256 under
// a secret the program keeps: it cannot be guessed or altered, needs no sign-in, and works
// for kLinkLifetime after the message was written (CASL asks for at least 60 days).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "mailing/mailing.hpp"

namespace pmi::mailing {

inline constexpr Seconds kLinkLifetime = 180 * 24 * 60 * 60;

struct LinkToken {
    SubscriberId subscriber;
    std::vector<std::string> topics;  // empty: every topic
    Seconds issued_at = 0;
    std::optional<CampaignId> campaign;  // the campaign whose message carried it
};

std::string sign_link(std::string_view secret, const LinkToken& token);
// Fails (field "token") when the token is malformed, altered or past its lifetime, with a
// message that says what to do.
Result<LinkToken> verify_link(std::string_view secret, std::string_view token, Seconds now);

}  // namespace pmi::mailing
