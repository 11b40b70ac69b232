#include "accounts/account_service.hpp"

#include "accounts/organisation_store.hpp"
#include "accounts/rules.hpp"
#include "accounts/second_factor.hpp"
#include "accounts/second_factor_store.hpp"
#include "accounts/session_store.hpp"
#include "accounts/user_store.hpp"
#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/text.hpp"
#include "outbox/outbox.hpp"
#include "web/http.hpp"

namespace pmi::accounts {
namespace {

constexpr Seconds kSessionTouchInterval = 60;
constexpr Seconds kResendVerificationAfter = 5 * 60;

Error wrong_credentials()
{
    return Error(ErrorCode::Unauthenticated, "email", "The email address or the password is not right.", {});
}

Error locked_out()
{
    auto error = Error(ErrorCode::TooManyRequests, "email",
                       "Too many failed sign-ins for this account. Wait 15 minutes, or reset your password.", {});
    error.retry_after_seconds = static_cast<int>(kLockoutDuration);
    return error;
}

Error address_limited()
{
    auto error = Error(ErrorCode::TooManyRequests, "email",
                       "Too many failed sign-ins from your network in the last minute. Wait one minute, then try again.", {});
    error.retry_after_seconds = static_cast<int>(kAddressWindow);
    return error;
}

// Whether the address has used up its failed sign-ins for the minute; never for an unknown one.
bool address_spent(SignInFailures& failures, const std::string& address, Seconds now)
{
    return !address.empty() && failures.from_address(address, now - kAddressWindow + 1, kAddressFailures) >= kAddressFailures;
}

Actor actor_for(const User& user)
{
    return Actor{user.id, user.name, user.email, user.language, {}};
}

}  // namespace

std::string AccountService::link(std::string_view path, const std::string& token) const
{
    return settings_.public_origin + std::string(path) + "?token=" + web::percent_encode(token);
}

Status AccountService::sign_up(const SignUp& request)
{
    if (auto errors = check_sign_up(request, translator_); !errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    const std::string hash = crypto::hash_password(request.password);
    const std::string token = crypto::random_token();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        UserStore users(*connection);
        outbox::Outbox mail(*connection);
        const std::string email = text::trim(request.email);
        if (auto existing = users.find_by_email(text::normalize_email(email))) {
            const auto& language = existing->user.language;
            mail.add(now, existing->user.email, translator_.translate(language, "Someone tried to create an account with your email"),
                     translator_.format(language,
                                        "Hello {1},\n\nSomeone asked to create an account with this email address, which "
                                        "already has one. If it was you, sign in or reset your password at {2}.\n\n"
                                        "If it was not you, you can ignore this message.",
                                        {existing->user.name, settings_.public_origin + "/password/forgot"}),
                     "sign_up_existing");
            return Ok{};
        }
        UserId id = users.insert(request, hash, now, false);
        TokenStore(*connection).create(crypto::sha256_hex(token), id, TokenPurpose::VerifyEmail, std::nullopt, now,
                                       now + settings_.verification_lifetime);
        mail.add(now, email, translator_.translate(request.language, "Confirm your email address"),
                 translator_.format(request.language,
                                    "Hello {1},\n\nTo finish creating your account, open this link within 24 hours:\n{2}\n\n"
                                    "If you did not ask for an account, ignore this message.",
                                    {text::trim(request.name), link("/verify", token)}),
                 "verify_email");
        Actor self{id, text::trim(request.name), email, request.language, {}};
        audit::AuditLog(*connection).record(now, self, "user.sign_up", "user", std::to_string(id.value),
                                            "email " + email + ", language " + request.language);
        return Ok{};
    });
}

Status AccountService::verify_email(const std::string& token)
{
    if (token.empty() || token.size() > 200) return invalid("token", "This link is not complete. Open the whole link from the email.");
    const Seconds now = clock_.now();
    const std::string hash = crypto::sha256_hex(token);
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        TokenStore tokens(*connection);
        UserStore users(*connection);
        audit::AuditLog audit(*connection);
        if (auto found = tokens.find_usable(hash, TokenPurpose::VerifyEmail, now); found && tokens.use(hash, now)) {
            users.mark_verified(found->user_id, now);
            auto user = users.find(found->user_id);
            audit.record(now, actor_for(user->user), "user.verify_email", "user", std::to_string(found->user_id.value), "");
            return Ok{};
        }
        if (auto found = tokens.find_usable(hash, TokenPurpose::ChangeEmail, now); found && found->new_email) {
            if (auto owner = users.find_by_email(text::normalize_email(*found->new_email)); owner && owner->user.id != found->user_id)
                return conflict("email", "This email address now belongs to another account.");
            if (!tokens.use(hash, now)) return invalid("token", "This link was already used.");
            auto before = users.find(found->user_id);
            users.set_email(found->user_id, *found->new_email, now);
            audit.record(now, actor_for(before->user), "user.change_email", "user", std::to_string(found->user_id.value),
                         before->user.email + " → " + *found->new_email);
            return Ok{};
        }
        return invalid("token", "This link has expired or was already used. Sign in to get a new one.");
    });
}

Result<SignedIn> AccountService::sign_in(const std::string& email, const std::string& password,
                                         const std::string& client_address)
{
    if (email.size() > 254 || password.size() > 4 * kMaxPasswordLength) return wrong_credentials();
    const Seconds now = clock_.now();
    const std::string normalized = text::normalize_email(email);
    auto connection = database_.acquire();
    SignInFailures failures(*connection);
    const std::string address = address_key(client_address);
    if (address_spent(failures, address, now)) return address_limited();
    if (locked_until(failures.recent(normalized, kLockoutFailures), now)) return locked_out();

    UserStore users(*connection);
    auto stored = users.find_by_email(normalized);
    bool right = false;
    if (stored) right = crypto::verify_password(stored->password_hash, password);
    else crypto::spend_password_time(password);
    if (!right) {
        failures.add(normalized, address, now);
        return wrong_credentials();
    }
    if (!stored->user.verified) {
        TokenStore tokens(*connection);
        auto last = tokens.latest_created(stored->user.id, TokenPurpose::VerifyEmail);
        if (!last || now - *last >= kResendVerificationAfter) {
            const std::string token = crypto::random_token();
            auto resent = db::in_transaction(*connection, [&]() -> Status {
                tokens.create(crypto::sha256_hex(token), stored->user.id, TokenPurpose::VerifyEmail, std::nullopt, now,
                              now + settings_.verification_lifetime);
                const auto& language = stored->user.language;
                outbox::Outbox(*connection).add(
                    now, stored->user.email, translator_.translate(language, "Confirm your email address"),
                    translator_.format(language,
                                       "Hello {1},\n\nTo finish creating your account, open this link within 24 hours:\n{2}\n\n"
                                       "If you did not ask for an account, ignore this message.",
                                       {stored->user.name, link("/verify", token)}),
                    "verify_email");
                return Ok{};
            });
            (void)resent;
        }
        return Error(ErrorCode::Forbidden, "email",
                     "Confirm your email address first: open the link we sent to it. We have just sent a new one.", {});
    }
    if (auto factor = SecondFactorStore(*connection).find(stored->user.id); factor && factor->confirmed()) {
        // Failures are not cleared yet: wrong codes count towards the same lockout.
        const std::string pending = crypto::random_token();
        TokenStore(*connection).create(crypto::sha256_hex(pending), stored->user.id, TokenPurpose::SecondStep,
                                       std::nullopt, now, now + kSecondStepLifetime);
        return SignedIn{"", stored->user, pending};
    }
    return open_session(*connection, stored->user, "");
}

Result<SignedIn> AccountService::open_session(db::Connection& connection, const User& user, const std::string& how)
{
    const Seconds now = clock_.now();
    const std::string session_id = crypto::random_token();
    return db::in_transaction(connection, [&]() -> Result<SignedIn> {
        SignInFailures(connection).clear(text::normalize_email(user.email));
        SessionStore(connection).create(crypto::sha256_hex(session_id), user.id, now);
        audit::AuditLog(connection).record(now, actor_for(user), "user.sign_in", "user", std::to_string(user.id.value), how);
        return SignedIn{session_id, user, ""};
    });
}

Result<SignedIn> AccountService::complete_sign_in(const std::string& pending_token, const std::string& code,
                                                  const std::string& client_address)
{
    const auto expired = Error(ErrorCode::Unauthenticated, "code",
                               "This sign-in has expired. Sign in again with your email address and password.", {});
    if (pending_token.empty() || pending_token.size() > 100) return expired;
    const Seconds now = clock_.now();
    const std::string hash = crypto::sha256_hex(pending_token);
    auto connection = database_.acquire();
    TokenStore tokens(*connection);
    auto pending = tokens.find_usable(hash, TokenPurpose::SecondStep, now);
    if (!pending) return expired;
    auto stored = UserStore(*connection).find(pending->user_id);
    if (!stored) return expired;
    const std::string normalized = text::normalize_email(stored->user.email);
    SignInFailures failures(*connection);
    const std::string address = address_key(client_address);
    if (address_spent(failures, address, now)) return address_limited();
    if (locked_until(failures.recent(normalized, kLockoutFailures), now)) return locked_out();

    SecondFactorStore factors(*connection);
    auto factor = factors.find(pending->user_id);
    if (!factor || !factor->confirmed()) return expired;
    std::string how;
    if (code.size() <= 64 && is_authenticator_code(code)) {
        auto step = accepted_step(factor->secret, code, now, factor->last_used_step);
        if (step && factors.use_step(pending->user_id, *step)) how = "second factor";
    } else if (code.size() <= 64 && factors.use_recovery_code(pending->user_id, crypto::sha256_hex(normalize_recovery_code(code)), now)) {
        how = "recovery code";
    }
    if (how.empty()) {
        failures.add(normalized, address, now);
        return invalid("code", "The code is not right or was already used. Enter the code your authenticator app shows now, or one of your recovery codes.");
    }
    if (!tokens.use(hash, now)) return expired;
    return open_session(*connection, stored->user, how);
}

void AccountService::sign_out(const std::string& session_id)
{
    const std::string hash = crypto::sha256_hex(session_id);
    if (cache_) cache_->forget_session(hash);
    auto connection = database_.acquire();
    SessionStore(*connection).remove(hash);
}

void AccountService::forget_kept_sessions()
{
    if (cache_) cache_->forget_all();
}

std::optional<ResolvedSession> AccountService::resolve(const std::string& session_id)
{
    if (session_id.empty() || session_id.size() > 100) return std::nullopt;
    const Seconds now = clock_.now();
    const std::string hash = crypto::sha256_hex(session_id);
    // A kept session serves until it is due for its once-a-minute touch, which reads it again.
    if (cache_) {
        if (auto kept = cache_->find(hash);
            kept && !expired(kept->session, now) && now - kept->session.last_seen_at < kSessionTouchInterval)
            return resolved(std::move(*kept), hash);
    }
    const auto ticket = cache_ ? cache_->ticket() : 0;
    auto found = read_session(hash, now);
    if (!found) return std::nullopt;
    if (cache_) cache_->keep(ticket, hash, *found);
    return resolved(std::move(*found), hash);
}

// The session from the database: removed when it has expired, touched when due.
std::optional<SessionOfUser> AccountService::read_session(const std::string& hash, Seconds now)
{
    auto connection = database_.acquire();
    SessionStore sessions(*connection);
    auto found = sessions.find_signed_in(hash);
    if (!found) return std::nullopt;
    if (expired(found->session, now)) {
        sessions.remove(hash);
        return std::nullopt;
    }
    if (now - found->session.last_seen_at >= kSessionTouchInterval) {
        sessions.touch(hash, now);
        found->session.last_seen_at = now;
    }
    return found;
}

bool AccountService::expired(const StoredSession& session, Seconds now) const
{
    return now - session.last_seen_at > settings_.session_idle || now - session.created_at >= settings_.session_absolute;
}

ResolvedSession AccountService::resolved(SessionOfUser found, const std::string& hash) const
{
    Actor actor = actor_for(found.user);
    actor.memberships = std::move(found.memberships);
    const bool missing = needs_second_factor(actor) && !found.second_factor_confirmed;
    return ResolvedSession{std::move(actor), hash, missing};
}

Status AccountService::request_password_reset(const std::string& email, const std::string& language)
{
    if (auto error = check_email(email)) return *error;
    const Seconds now = clock_.now();
    const std::string token = crypto::random_token();
    auto connection = database_.acquire();
    auto stored = UserStore(*connection).find_by_email(text::normalize_email(email));
    if (!stored) return Ok{};
    (void)language;  // the mail goes out in the account's own language
    return db::in_transaction(*connection, [&]() -> Status {
        TokenStore tokens(*connection);
        tokens.retire_all(stored->user.id, TokenPurpose::ResetPassword, now);
        tokens.create(crypto::sha256_hex(token), stored->user.id, TokenPurpose::ResetPassword, std::nullopt, now,
                      now + settings_.reset_lifetime);
        const auto& lang = stored->user.language;
        outbox::Outbox(*connection).add(
            now, stored->user.email, translator_.translate(lang, "Reset your password"),
            translator_.format(lang,
                               "Hello {1},\n\nTo choose a new password, open this link within one hour:\n{2}\n\n"
                               "If you did not ask for this, ignore this message: your password stays the same.",
                               {stored->user.name, link("/password/reset", token)}),
            "reset_password");
        audit::AuditLog(*connection).record(now, actor_for(stored->user), "user.password_reset_requested", "user",
                                            std::to_string(stored->user.id.value), "");
        return Ok{};
    });
}

Status AccountService::reset_password(const std::string& token, const std::string& password)
{
    if (token.empty() || token.size() > 200) return invalid("token", "This link is not complete. Open the whole link from the email.");
    const Seconds now = clock_.now();
    const std::string hash = crypto::sha256_hex(token);
    auto connection = database_.acquire();
    TokenStore tokens(*connection);
    auto found = tokens.find_usable(hash, TokenPurpose::ResetPassword, now);
    if (!found) return invalid("token", "This link has expired or was already used. Ask for a new one.");
    UserStore users(*connection);
    auto stored = users.find(found->user_id);
    if (!stored) return invalid("token", "This link has expired or was already used. Ask for a new one.");
    if (auto error = check_password(password, stored->user.email)) return *error;
    const std::string password_hash = crypto::hash_password(password);
    return db::in_transaction(*connection, [&]() -> Status {
        if (!tokens.use(hash, now)) return invalid("token", "This link was already used.");
        users.set_password(found->user_id, password_hash, now);
        users.mark_verified(found->user_id, now);  // the reset link proves the address
        SessionStore(*connection).remove_others(found->user_id, "");
        SignInFailures(*connection).clear(text::normalize_email(stored->user.email));
        const auto& lang = stored->user.language;
        outbox::Outbox(*connection).add(now, stored->user.email, translator_.translate(lang, "Your password was changed"),
                                        translator_.format(lang,
                                                           "Hello {1},\n\nThe password of your account was just changed. "
                                                           "If you did not do this, reset it now at {2} and tell the program office.",
                                                           {stored->user.name, settings_.public_origin + "/password/forgot"}),
                                        "password_changed");
        audit::AuditLog(*connection).record(now, actor_for(stored->user), "user.password_reset", "user",
                                            std::to_string(found->user_id.value), "");
        return Ok{};
    });
}

Status AccountService::change_password(const Actor& actor, const std::string& session_id, const std::string& current,
                                       const std::string& replacement)
{
    if (!actor.signed_in()) return unauthenticated();
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    UserStore users(*connection);
    auto stored = users.find(actor.user_id);
    if (!stored) return unauthenticated();
    if (current.size() > 4 * kMaxPasswordLength || !crypto::verify_password(stored->password_hash, current))
        return invalid("current_password", "The current password is not right.");
    if (auto error = check_password(replacement, stored->user.email, "new_password")) return *error;
    const std::string hash = crypto::hash_password(replacement);
    return db::in_transaction(*connection, [&]() -> Status {
        users.set_password(actor.user_id, hash, now);
        SessionStore(*connection).remove_others(actor.user_id, crypto::sha256_hex(session_id));
        TokenStore(*connection).retire_all(actor.user_id, TokenPurpose::ResetPassword, now);
        const auto& lang = stored->user.language;
        outbox::Outbox(*connection).add(now, stored->user.email, translator_.translate(lang, "Your password was changed"),
                                        translator_.format(lang,
                                                           "Hello {1},\n\nThe password of your account was just changed. "
                                                           "If you did not do this, reset it now at {2} and tell the program office.",
                                                           {stored->user.name, settings_.public_origin + "/password/forgot"}),
                                        "password_changed");
        audit::AuditLog(*connection).record(now, actor, "user.change_password", "user", std::to_string(actor.user_id.value), "");
        return Ok{};
    });
}

Status AccountService::request_email_change(const Actor& actor, const std::string& password, const std::string& new_email)
{
    if (!actor.signed_in()) return unauthenticated();
    if (auto error = check_email(new_email)) return *error;
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    UserStore users(*connection);
    auto stored = users.find(actor.user_id);
    if (!stored) return unauthenticated();
    if (password.size() > 4 * kMaxPasswordLength || !crypto::verify_password(stored->password_hash, password))
        return invalid("password", "The password is not right.");
    const std::string email = text::trim(new_email);
    if (auto owner = users.find_by_email(text::normalize_email(email))) {
        if (owner->user.id == actor.user_id) return invalid("email", "This is already your email address.");
        return conflict("email", "This email address belongs to another account.");
    }
    const std::string token = crypto::random_token();
    return db::in_transaction(*connection, [&]() -> Status {
        TokenStore tokens(*connection);
        tokens.retire_all(actor.user_id, TokenPurpose::ChangeEmail, now);
        tokens.create(crypto::sha256_hex(token), actor.user_id, TokenPurpose::ChangeEmail, email, now,
                      now + settings_.verification_lifetime);
        const auto& lang = stored->user.language;
        outbox::Outbox mail(*connection);
        mail.add(now, email, translator_.translate(lang, "Confirm your new email address"),
                 translator_.format(lang,
                                    "Hello {1},\n\nTo use this address for your account, open this link within 24 hours:\n{2}",
                                    {stored->user.name, link("/verify", token)}),
                 "change_email");
        mail.add(now, stored->user.email, translator_.translate(lang, "A change of email address was requested"),
                 translator_.format(lang,
                                    "Hello {1},\n\nSomeone signed in to your account asked to use {2} as its email address. "
                                    "If this was not you, change your password now.",
                                    {stored->user.name, email}),
                 "change_email_notice");
        audit::AuditLog(*connection).record(now, actor, "user.change_email_requested", "user",
                                            std::to_string(actor.user_id.value), "to " + email);
        return Ok{};
    });
}

Status AccountService::change_language(const Actor& actor, const std::string& language)
{
    if (!actor.signed_in()) return unauthenticated();
    if (auto error = check_language(language, translator_)) return *error;
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        UserStore(*connection).set_language(actor.user_id, language, now);
        audit::AuditLog(*connection).record(now, actor, "user.change_language", "user",
                                            std::to_string(actor.user_id.value), actor.language + " → " + language);
        return Ok{};
    });
}

Result<UserId> AccountService::ensure_user(const SignUp& request, Role role, OrganisationId organisation)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    UserStore users(*connection);
    auto existing = users.find_by_email(text::normalize_email(request.email));
    std::string hash;
    if (!existing) {
        if (auto errors = check_sign_up(request, translator_); !errors.empty()) return combine(std::move(errors));
        hash = crypto::hash_password(request.password);
    }
    return db::in_transaction(*connection, [&]() -> Result<UserId> {
        Actor system{UserId{}, "command line", "", "en", {}};
        UserId id = existing ? existing->user.id : users.insert(request, hash, now, true);
        audit::AuditLog audit(*connection);
        if (!existing) audit.record(now, system, "user.create", "user", std::to_string(id.value), "email " + request.email);
        if (OrganisationStore(*connection).grant(id, organisation, role, now))
            audit.record(now, system, "membership.grant", "user", std::to_string(id.value),
                         std::string(role_code(role)) + " in organisation " + std::to_string(organisation.value));
        return id;
    });
}

}  // namespace pmi::accounts
