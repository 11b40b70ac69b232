#pragma once
// Pure account rules: what makes a name, an email, a password or a language acceptable,
// and when repeated failed sign-ins lock an account. No I/O: unit-tested directly.
#include <optional>
#include <string>
#include <vector>

#include "accounts/account.hpp"
#include "core/error.hpp"
#include "core/translator.hpp"

namespace pmi::accounts {

inline constexpr std::size_t kMinPasswordLength = 12;   // code points
inline constexpr std::size_t kMaxPasswordLength = 128;  // longer ones are refused, never cut
inline constexpr std::size_t kMaxNameLength = 100;
inline constexpr int kLockoutFailures = 10;
inline constexpr Seconds kLockoutWindow = 15 * 60;
inline constexpr Seconds kLockoutDuration = 15 * 60;
// Failed sign-ins from one network address in a minute, over every account: past it the
// address waits out the minute, whatever account it tries, before any password is hashed.
inline constexpr int kAddressFailures = 30;
inline constexpr Seconds kAddressWindow = 60;

std::optional<Error> check_name(const std::string& name, std::string_view field = "name");
std::optional<Error> check_email(const std::string& email, std::string_view field = "email");
std::optional<Error> check_password(const std::string& password, const std::string& email,
                                    std::string_view field = "password");
std::optional<Error> check_language(const std::string& language, const Translator& languages,
                                    std::string_view field = "language");
// Every problem of a sign-up at once, in form order.
std::vector<Error> check_sign_up(const SignUp& sign_up, const Translator& languages);

// Given the times of the most recent failed sign-ins for one email (newest first, at most
// kLockoutFailures of them), the moment until which further tries are refused, if any.
std::optional<Seconds> locked_until(const std::vector<Seconds>& recent_failures, Seconds now);

// The part of a client address one party holds, which the address limit counts by: an IPv4
// address whole, an IPv6 address by its /64 (a single host commonly has a whole /64 to
// choose from). Anything else is kept as it is.
std::string address_key(std::string_view address);

}  // namespace pmi::accounts
