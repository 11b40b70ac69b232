#include "web/notices.hpp"

#include <array>
#include <utility>

namespace pmi::web {

std::optional<std::string_view> notice_message(std::string_view code)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kNotices = {{
        {"signed-up", "Check your email: we sent you a link to confirm your address."},
        {"signed-in", "You are signed in."},
        {"signed-out", "You are signed out."},
        {"reset-sent", "If an account uses that address, we sent it a link to choose a new password."},
        {"password-reset", "Your password was changed. Sign in with the new one."},
        {"password-changed", "Your password was changed. Your other sessions were signed out."},
        {"email-change-sent", "We sent a link to the new address. Your email changes when you open it."},
        {"language-changed", "Your preferred language was saved."},
        {"saved", "Your changes were saved."},
        {"published", "The news post was published."},
        {"role-granted", "The role was granted."},
        {"role-revoked", "The role was removed."},
    }};
    for (const auto& [key, message] : kNotices)
        if (key == code) return message;
    return std::nullopt;
}

}  // namespace pmi::web
