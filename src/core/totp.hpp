#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA-1), the codes
// authenticator apps show, and the base32 their secrets are written in. libsodium has no
// SHA-1, and authenticator apps know no other hash, so SHA-1 is here (checked against
// the RFC 3174/2202/4226/6238 test vectors).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace pmi::totp {

inline constexpr Seconds kStepSeconds = 30;
inline constexpr int kDigits = 6;
inline constexpr std::size_t kSecretBytes = 20;  // 160 bits, as RFC 4226 recommends

std::array<std::uint8_t, 20> sha1(std::string_view message);
std::array<std::uint8_t, 20> hmac_sha1(std::string_view key, std::string_view message);
// The RFC 4226 code for `counter`, `digits` long with leading zeros.
std::string hotp(std::string_view key, std::uint64_t counter, int digits = kDigits);
// The time step that `now` falls in.
std::int64_t step_at(Seconds now);
std::string code_at(std::string_view key, Seconds now, int digits = kDigits);

// RFC 4648 base32, upper case, without padding; decoding ignores spaces and case.
std::string base32_encode(std::string_view bytes);
std::optional<std::string> base32_decode(std::string_view text);

// The otpauth:// address an authenticator app reads: label "issuer:account".
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret);

}  // namespace pmi::totp
