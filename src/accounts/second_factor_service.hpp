#pragma once
// Setting up a second factor (an authenticator app, with recovery codes for when the phone
// is lost), replacing the recovery codes, and an administrator's reset of another user's
// second factor. Signing in with it is AccountService's second step.
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace pmi::accounts {

struct Enrolment {
    bool confirmed = false;
    // Until it is confirmed: the secret to type into the app, and the same as an otpauth:// URI.
    std::string secret;
    std::string uri;
    int recovery_codes_left = 0;  // once confirmed
    bool required = false;  // the user's role requires it: it cannot be turned off
};

class SecondFactorService {
public:
    SecondFactorService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // The actor's second factor; before it is confirmed, a secret is chosen (once) and shown.
    Result<Enrolment> enrolment(const Actor& actor);
    // Confirms the shown secret with a current code from the app; returns the recovery
    // codes, which are shown this once and kept only as hashes.
    Result<std::vector<std::string>> confirm(const Actor& actor, const std::string& code);
    // New recovery codes in place of the old ones; the password is asked again.
    Result<std::vector<std::string>> replace_recovery_codes(const Actor& actor, const std::string& password);
    // Turns the second factor off, the password asked again; refused to the roles that
    // require one.
    Status turn_off(const Actor& actor, const std::string& password);
    // An administrator removes another user's second factor (a lost phone) and ends their
    // sessions; the user sets up a new one at their next sign-in.
    Status reset(const Actor& actor, UserId target);

private:
    Status check_password_again(const Actor& actor, const std::string& password);

    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::accounts
