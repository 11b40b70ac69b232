#include "core/crypto.hpp"

#include <sodium.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace pmi::crypto {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19 * 1024 * 1024;
constexpr int kMaxConcurrentHashes = 4;

class HashSlots {
public:
    void acquire()
    {
        std::unique_lock lock(mutex_);
        free_.wait(lock, [this] { return used_ < kMaxConcurrentHashes; });
        ++used_;
    }
    void release()
    {
        {
            std::lock_guard lock(mutex_);
            --used_;
        }
        free_.notify_one();
    }

private:
    std::mutex mutex_;
    std::condition_variable free_;
    int used_ = 0;
};

HashSlots& slots()
{
    static HashSlots instance;
    return instance;
}

struct SlotGuard {
    SlotGuard() { slots().acquire(); }
    ~SlotGuard() { slots().release(); }
};

std::string to_base64(const unsigned char* data, std::size_t size)
{
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

}  // namespace

void initialise()
{
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string random_token(std::size_t bytes)
{
    std::vector<unsigned char> buffer(bytes);
    randombytes_buf(buffer.data(), buffer.size());
    return to_base64(buffer.data(), buffer.size());
}

std::string random_bytes(std::size_t count)
{
    std::string buffer(count, '\0');
    randombytes_buf(buffer.data(), buffer.size());
    return buffer;
}

std::string sha256_hex(std::string_view text)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string(hex);
}

std::string hmac(std::string_view key, std::string_view message)
{
    unsigned char digest[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&state, digest);
    return to_base64(digest, sizeof digest);
}

bool constant_time_equal(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hash_password(std::string_view password)
{
    SlotGuard slot;
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, password.data(), password.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return std::string(encoded);
}

bool verify_password(std::string_view encoded_hash, std::string_view password)
{
    SlotGuard slot;
    std::string hash(encoded_hash);
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void spend_password_time(std::string_view password)
{
    static const std::string dummy = hash_password("a password nobody has, for timing");
    (void)verify_password(dummy, password);
}

}  // namespace pmi::crypto
