#include "accounts/second_factor_service.hpp"

#include "accounts/rules.hpp"
#include "accounts/second_factor.hpp"
#include "accounts/second_factor_store.hpp"
#include "accounts/session_store.hpp"
#include "accounts/user_store.hpp"
#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/totp.hpp"

namespace pmi::accounts {
namespace {

std::vector<std::string> store_new_recovery_codes(SecondFactorStore& factors, UserId user, Seconds now)
{
    auto codes = new_recovery_codes();
    std::vector<std::string> hashes;
    for (const auto& code : codes) hashes.push_back(crypto::sha256_hex(normalize_recovery_code(code)));
    factors.replace_recovery_codes(user, hashes, now);
    return codes;
}

}  // namespace

Result<Enrolment> SecondFactorService::enrolment(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    auto connection = database_.acquire();
    SecondFactorStore factors(*connection);
    auto factor = factors.find(actor.user_id);
    const bool required = needs_second_factor(actor);
    if (factor && factor->confirmed())
        return Enrolment{true, "", "", factors.unused_recovery_codes(actor.user_id), required};
    if (!factor) {
        factors.start(actor.user_id, new_secret(), clock_.now());
        factor = factors.find(actor.user_id);
    }
    return Enrolment{false, factor->secret, totp::otpauth_uri(kAuthenticatorIssuer, actor.email, factor->secret), 0, required};
}

Result<std::vector<std::string>> SecondFactorService::confirm(const Actor& actor, const std::string& code)
{
    if (!actor.signed_in()) return unauthenticated();
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<std::vector<std::string>> {
        SecondFactorStore factors(*connection);
        auto factor = factors.find(actor.user_id);
        if (!factor) return invalid("code", "Open this page again to get the secret for your authenticator app.");
        if (factor->confirmed()) return conflict("code", "Two-step sign-in is already set up for your account.");
        auto step = code.size() <= 64 ? accepted_step(factor->secret, code, now, 0) : std::nullopt;
        if (!step)
            return invalid("code", "The code is not right. Enter the 6-digit code your authenticator app shows now for this account.");
        factors.confirm(actor.user_id, *step, now);
        auto codes = store_new_recovery_codes(factors, actor.user_id, now);
        audit::AuditLog(*connection).record(now, actor, "user.second_factor_enable", "user",
                                            std::to_string(actor.user_id.value), "");
        return codes;
    });
}

Result<std::vector<std::string>> SecondFactorService::replace_recovery_codes(const Actor& actor, const std::string& password)
{
    TRY(check_password_again(actor, password));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<std::vector<std::string>> {
        SecondFactorStore factors(*connection);
        auto factor = factors.find(actor.user_id);
        if (!factor || !factor->confirmed())
            return invalid("password", "Set up two-step sign-in first; recovery codes come with it.");
        auto codes = store_new_recovery_codes(factors, actor.user_id, now);
        audit::AuditLog(*connection).record(now, actor, "user.recovery_codes_replace", "user",
                                            std::to_string(actor.user_id.value), "");
        return codes;
    });
}

Status SecondFactorService::turn_off(const Actor& actor, const std::string& password)
{
    if (!actor.signed_in()) return unauthenticated();
    if (needs_second_factor(actor)) return forbidden("Your role requires two-step sign-in, so it stays on.");
    TRY(check_password_again(actor, password));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        SecondFactorStore(*connection).remove(actor.user_id);
        audit::AuditLog(*connection).record(now, actor, "user.second_factor_disable", "user",
                                            std::to_string(actor.user_id.value), "");
        return Ok{};
    });
}

Status SecondFactorService::check_password_again(const Actor& actor, const std::string& password)
{
    if (!actor.signed_in()) return unauthenticated();
    auto connection = database_.acquire();
    auto stored = UserStore(*connection).find(actor.user_id);
    if (!stored) return unauthenticated();
    if (password.size() > 4 * kMaxPasswordLength || !crypto::verify_password(stored->password_hash, password))
        return invalid("password", "The password is not right.");
    return Ok{};
}

Status SecondFactorService::reset(const Actor& actor, UserId target)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.has_role(Role::Admin)) return forbidden("Only administrators can do this.");
    if (!target.valid()) return not_found();
    if (target == actor.user_id)
        return forbidden("Another administrator must reset your own two-step sign-in.");
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto user = UserStore(*connection).find(target);
        if (!user) return not_found();
        SecondFactorStore(*connection).remove(target);
        SessionStore(*connection).remove_others(target, "");
        audit::AuditLog(*connection).record(now, actor, "user.second_factor_reset", "user", std::to_string(target.value),
                                            user->user.email);
        return Ok{};
    });
}

}  // namespace pmi::accounts
