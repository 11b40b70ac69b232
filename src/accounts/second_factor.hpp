#pragma once
// Pure second-factor rules: who must have one, which codes are accepted, and what recovery
// codes look like. No I/O: unit-tested directly.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"

namespace pmi::accounts {

inline constexpr int kRecoveryCodeCount = 10;
inline constexpr Seconds kSecondStepLifetime = 5 * 60;
inline constexpr std::string_view kAuthenticatorIssuer = "PMI";

// Administrators and program officers hold the program's data: they must use a second factor.
bool needs_second_factor(const Actor& actor);

// The time step at which `code` is the code of `base32_secret`, among the step of `now` and
// the one on either side (clocks drift), provided it is later than `last_used_step`: a code
// works once. Nothing when the code is wrong, replayed or the secret unreadable.
std::optional<std::int64_t> accepted_step(std::string_view base32_secret, std::string_view code, Seconds now,
                                          std::int64_t last_used_step);

// Six digits (spaces allowed): a code from the authenticator app rather than a recovery code.
bool is_authenticator_code(std::string_view code);
// A recovery code as stored before hashing: lower case, without spaces or dashes.
std::string normalize_recovery_code(std::string_view code);

// A new authenticator secret: 160 random bits, base32.
std::string new_secret();
// kRecoveryCodeCount new codes, each 60 random bits written "xxxx-xxxx-xxxx".
std::vector<std::string> new_recovery_codes();

}  // namespace pmi::accounts
