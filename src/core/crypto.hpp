#pragma once
// Secrets: random tokens, hashes of tokens, password hashes (Argon2id), all from libsodium.
#include <string>
#include <string_view>

namespace pmi::crypto {

// Calls sodium_init once; throws std::runtime_error if libsodium cannot start.
void initialise();

// `bytes` random bytes from the system CSPRNG, as URL-safe base64 without padding.
std::string random_token(std::size_t bytes = 32);
// `count` raw random bytes from the system CSPRNG.
std::string random_bytes(std::size_t count);
// SHA-256 of `text` as lowercase hex: how tokens and session ids are stored.
std::string sha256_hex(std::string_view text);
// HMAC-SHA-256 of `message` under `key`, URL-safe base64.
std::string hmac(std::string_view key, std::string_view message);
bool constant_time_equal(std::string_view a, std::string_view b);

// Argon2id (t=2, m=19 MiB, p=1, as OWASP recommends), in the standard encoded form.
// At most four hashes run at once so a burst of sign-ins cannot exhaust memory.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view encoded_hash, std::string_view password);
// Runs a hash of a fixed password, so an unknown account costs the same time as a known one.
void spend_password_time(std::string_view password);

}  // namespace pmi::crypto
