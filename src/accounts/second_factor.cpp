#include "accounts/second_factor.hpp"

#include <cctype>

#include "core/crypto.hpp"
#include "core/totp.hpp"

namespace pmi::accounts {

bool needs_second_factor(const Actor& actor)
{
    return actor.signed_in() && actor.runs_program();
}

std::optional<std::int64_t> accepted_step(std::string_view base32_secret, std::string_view code, Seconds now,
                                          std::int64_t last_used_step)
{
    if (!is_authenticator_code(code)) return std::nullopt;
    std::string digits;
    for (char c : code)
        if (c != ' ') digits.push_back(c);
    auto key = totp::base32_decode(base32_secret);
    if (!key || key->empty()) return std::nullopt;
    const std::int64_t now_step = totp::step_at(now);
    for (std::int64_t step = now_step - 1; step <= now_step + 1; ++step) {
        if (step <= last_used_step) continue;
        if (crypto::constant_time_equal(totp::hotp(*key, std::uint64_t(step)), digits)) return step;
    }
    return std::nullopt;
}

bool is_authenticator_code(std::string_view code)
{
    int digits = 0;
    for (char c : code) {
        if (c == ' ') continue;
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        ++digits;
    }
    return digits == totp::kDigits && code.size() <= 12;
}

std::string normalize_recovery_code(std::string_view code)
{
    std::string out;
    for (char c : code.substr(0, 64)) {
        if (c == ' ' || c == '-') continue;
        out.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string new_secret()
{
    return totp::base32_encode(crypto::random_bytes(totp::kSecretBytes));
}

std::vector<std::string> new_recovery_codes()
{
    std::vector<std::string> codes;
    for (int i = 0; i < kRecoveryCodeCount; ++i) {
        std::string letters = normalize_recovery_code(totp::base32_encode(crypto::random_bytes(8)).substr(0, 12));
        codes.push_back(letters.substr(0, 4) + "-" + letters.substr(4, 4) + "-" + letters.substr(8, 4));
    }
    return codes;
}

}  // namespace pmi::accounts
