#include "core/totp.hpp"

#include <cctype>
#include <vector>

namespace pmi::totp {
namespace {

constexpr std::string_view kBase32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::uint32_t rotate_left(std::uint32_t value, int bits) { return (value << bits) | (value >> (32 - bits)); }

void sha1_block(std::array<std::uint32_t, 5>& h, const std::uint8_t* block)
{
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i)
        w[i] = std::uint32_t(block[4 * i]) << 24 | std::uint32_t(block[4 * i + 1]) << 16 |
               std::uint32_t(block[4 * i + 2]) << 8 | std::uint32_t(block[4 * i + 3]);
    for (int i = 16; i < 80; ++i) w[i] = rotate_left(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
        std::uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
        else f = b ^ c ^ d, k = 0xCA62C1D6;
        std::uint32_t next = rotate_left(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rotate_left(b, 30), b = a, a = next;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

std::string as_string(const std::array<std::uint8_t, 20>& digest)
{
    return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view message)
{
    std::array<std::uint32_t, 5> h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::vector<std::uint8_t> padded(message.begin(), message.end());
    const std::uint64_t bit_length = std::uint64_t(message.size()) * 8;
    padded.push_back(0x80);
    while (padded.size() % 64 != 56) padded.push_back(0);
    for (int shift = 56; shift >= 0; shift -= 8) padded.push_back(std::uint8_t(bit_length >> shift));
    for (std::size_t offset = 0; offset < padded.size(); offset += 64) sha1_block(h, padded.data() + offset);
    std::array<std::uint8_t, 20> digest{};
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j) digest[4 * i + j] = std::uint8_t(h[i] >> (24 - 8 * j));
    return digest;
}

std::array<std::uint8_t, 20> hmac_sha1(std::string_view key, std::string_view message)
{
    constexpr std::size_t kBlock = 64;
    std::string block_key = key.size() > kBlock ? as_string(sha1(key)) : std::string(key);
    block_key.resize(kBlock, '\0');
    std::string inner(kBlock, '\0'), outer(kBlock, '\0');
    for (std::size_t i = 0; i < kBlock; ++i) {
        inner[i] = char(block_key[i] ^ 0x36);
        outer[i] = char(block_key[i] ^ 0x5c);
    }
    inner.append(message);
    outer.append(as_string(sha1(inner)));
    return sha1(outer);
}

std::string hotp(std::string_view key, std::uint64_t counter, int digits)
{
    std::string message(8, '\0');
    for (int i = 7; i >= 0; --i, counter >>= 8) message[i] = char(counter & 0xff);
    const auto mac = hmac_sha1(key, message);
    const int offset = mac[19] & 0x0f;
    const std::uint32_t binary = (std::uint32_t(mac[offset] & 0x7f) << 24) | (std::uint32_t(mac[offset + 1]) << 16) |
                                 (std::uint32_t(mac[offset + 2]) << 8) | std::uint32_t(mac[offset + 3]);
    std::uint32_t modulus = 1;
    for (int i = 0; i < digits; ++i) modulus *= 10;
    std::string code = std::to_string(binary % modulus);
    return std::string(std::size_t(digits) - code.size(), '0') + code;
}

std::int64_t step_at(Seconds now) { return now / kStepSeconds; }

std::string code_at(std::string_view key, Seconds now, int digits)
{
    return hotp(key, std::uint64_t(step_at(now)), digits);
}

std::string base32_encode(std::string_view bytes)
{
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out.push_back(kBase32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) out.push_back(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<std::string> base32_decode(std::string_view text)
{
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == ' ' || c == '=' || c == '-') continue;
        auto index = kBase32Alphabet.find(char(std::toupper(static_cast<unsigned char>(c))));
        if (index == std::string_view::npos) return std::nullopt;
        buffer = (buffer << 5) | std::uint32_t(index);
        bits += 5;
        if (bits >= 8) {
            out.push_back(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret)
{
    auto encode = [](std::string_view text) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        std::string out;
        for (unsigned char c : text) {
            if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') out.push_back(char(c));
            else out += {'%', kHex[c >> 4], kHex[c & 15]};
        }
        return out;
    };
    return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + std::string(base32_secret) +
           "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

}  // namespace pmi::totp
