#include "web/notices.hpp"

#include "core/translator.hpp"

#include <array>
#include <utility>

namespace pmi::web {

std::optional<std::string_view> notice_message(std::string_view code)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 31> kNotices = {{
        {"signed-up", N_("Check your email: we sent you a link to confirm your address.")},
        {"signed-in", N_("You are signed in.")},
        {"signed-out", N_("You are signed out.")},
        {"reset-sent", N_("If an account uses that address, we sent it a link to choose a new password.")},
        {"password-reset", N_("Your password was changed. Sign in with the new one.")},
        {"password-changed", N_("Your password was changed. Your other sessions were signed out.")},
        {"email-change-sent", N_("We sent a link to the new address. Your email changes when you open it.")},
        {"language-changed", N_("Your preferred language was saved.")},
        {"saved", N_("Your changes were saved.")},
        {"iati-published", N_("The IATI activity file was published.")},
        {"published", N_("The news post was published.")},
        {"role-granted", N_("The role was granted.")},
        {"role-revoked", N_("The role was removed.")},
        {"second-factor-needed", N_("Your role requires two-step sign-in. Set it up here to continue.")},
        {"second-factor-off", N_("Two-step sign-in is off. Your password alone signs you in.")},
        {"second-factor-reset", N_("Two-step sign-in was reset for this user. They set it up again at their next sign-in.")},
        {"subscription-requested", N_("Check your email. We sent a link to confirm your subscription; nothing is sent to you before you open it.")},
        {"subscribed", N_("You are subscribed with your account's address. Every message has a link to unsubscribe.")},
        {"preferences-saved", N_("Your preferences were saved.")},
        {"campaign-scheduled", N_("The campaign is scheduled. Its messages are queued when its moment comes.")},
        {"campaign-cancelled", N_("The schedule was cancelled; the campaign is a draft again.")},
        {"campaign-test-sent", N_("A test message is on its way to your address.")},
        {"event-registered", N_("You are registered. A confirmation is on its way to your email.")},
        {"event-waiting", N_("The event is full. You are on the waiting list, and we will write to you if a place frees up.")},
        {"event-registration-cancelled", N_("Your registration was cancelled.")},
        {"event-cancelled", N_("The event was cancelled and everyone registered was told.")},
        {"story-submitted", N_("The story was sent to the program officers, who approve it before it is published.")},
        {"story-decided", N_("Your decision on the story was recorded.")},
        {"photo-added", N_("The photo was added. Only resized copies without its metadata are kept.")},
        {"photo-removed", N_("The photo was removed from the story.")},
        {"subscriber-erased", N_("The subscriber was erased. Only a hash of the address is kept, so that it is never written to again.")},
    }};
    for (const auto& [key, message] : kNotices)
        if (key == code) return message;
    return std::nullopt;
}

}  // namespace pmi::web
