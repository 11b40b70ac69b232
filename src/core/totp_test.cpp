// One-time passwords against the published test vectors: SHA-1 (RFC 3174), HMAC-SHA-1
// (RFC 2202), HOTP (RFC 4226 appendix D) and TOTP (RFC 6238 appendix B, SHA-1 rows).
#include <gtest/gtest.h>

#include <sodium.h>

#include <string>

#include "core/totp.hpp"

namespace pmi::totp {
namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest)
{
    char out[41];
    sodium_bin2hex(out, sizeof out, digest.data(), digest.size());
    return out;
}

TEST(Sha1, MatchesRfc3174)
{
    EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    EXPECT_EQ(hex(sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(HmacSha1, MatchesRfc2202)
{
    EXPECT_EQ(hex(hmac_sha1(std::string(20, '\x0b'), "Hi There")), "b617318655057264e28bc0b6fb378c8ef146be00");
    EXPECT_EQ(hex(hmac_sha1("Jefe", "what do ya want for nothing?")), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    EXPECT_EQ(hex(hmac_sha1(std::string(20, '\xaa'), std::string(50, '\xdd'))), "125d7342b9ac11cd91a39af48aa17b4f63f175d3");
    // A key longer than the block is hashed first.
    EXPECT_EQ(hex(hmac_sha1(std::string(80, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First")),
              "aa4ae5e15272d00e95705637ce8a3b55ed402112");
}

TEST(Hotp, MatchesRfc4226)
{
    const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
    for (std::uint64_t counter = 0; counter < 10; ++counter)
        EXPECT_EQ(hotp("12345678901234567890", counter), expected[counter]) << "counter " << counter;
}

TEST(Totp, MatchesRfc6238Sha1Rows)
{
    const std::string key = "12345678901234567890";
    EXPECT_EQ(code_at(key, 59, 8), "94287082");
    EXPECT_EQ(code_at(key, 1111111109, 8), "07081804");
    EXPECT_EQ(code_at(key, 1111111111, 8), "14050471");
    EXPECT_EQ(code_at(key, 1234567890, 8), "89005924");
    EXPECT_EQ(code_at(key, 2000000000, 8), "69279037");
    EXPECT_EQ(code_at(key, 20000000000, 8), "65353130");
    // Six digits are the last six of the eight.
    EXPECT_EQ(code_at(key, 59), "287082");
}

TEST(Totp, StepsAreThirtySeconds)
{
    EXPECT_EQ(step_at(0), 0);
    EXPECT_EQ(step_at(29), 0);
    EXPECT_EQ(step_at(30), 1);
    EXPECT_EQ(step_at(1111111109), 37037036);
}

TEST(Base32, RoundTripsAndMatchesRfc4648)
{
    EXPECT_EQ(base32_encode("foobar"), "MZXW6YTBOI");
    EXPECT_EQ(base32_encode("12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    EXPECT_EQ(base32_decode("mzxw 6ytb oi"), std::optional<std::string>("foobar"));
    EXPECT_EQ(base32_decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), std::optional<std::string>("12345678901234567890"));
    EXPECT_FALSE(base32_decode("MZXW1"));  // 1 is not in the alphabet
}

TEST(OtpauthUri, NamesIssuerAccountAndSecret)
{
    EXPECT_EQ(otpauth_uri("PMI", "officer@pmi.example", "MZXW6YTBOI"),
              "otpauth://totp/PMI:officer@pmi.example?secret=MZXW6YTBOI&issuer=PMI&algorithm=SHA1&digits=6&period=30");
    EXPECT_EQ(otpauth_uri("A B", "x&y", "MZ"), "otpauth://totp/A%20B:x%26y?secret=MZ&issuer=A%20B&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace pmi::totp
