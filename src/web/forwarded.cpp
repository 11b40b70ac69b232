#include "web/forwarded.hpp"

#include <arpa/inet.h>

#include <charconv>

#include "core/text.hpp"

namespace pmi::web {
namespace {

using Bytes = std::array<std::uint8_t, 16>;

// An IPv6 or IPv4 address as 16 bytes (IPv4 mapped into IPv6, as a dual-stack socket
// reports it), so that 127.0.0.1 and ::ffff:127.0.0.1 are one address.
std::optional<Bytes> address_bytes(std::string_view written)
{
    if (written.size() > 2 && written.front() == '[' && written.back() == ']') written = written.substr(1, written.size() - 2);
    if (written.empty() || written.size() > 45) return std::nullopt;
    const std::string text(written);
    Bytes bytes{};
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) == 1) return bytes;
    std::array<std::uint8_t, 4> v4{};
    if (inet_pton(AF_INET, text.c_str(), v4.data()) != 1) return std::nullopt;
    bytes[10] = bytes[11] = 0xff;
    std::copy(v4.begin(), v4.end(), bytes.begin() + 12);
    return bytes;
}

bool is_mapped_v4(const Bytes& bytes)
{
    for (int i = 0; i < 10; ++i)
        if (bytes[i] != 0) return false;
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

bool within(const Bytes& address, const Bytes& network, int prefix)
{
    for (int bit = 0; bit < prefix; bit += 8) {
        const int bits = std::min(8, prefix - bit);
        const std::uint8_t mask = static_cast<std::uint8_t>(0xff00 >> bits);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) return false;
    }
    return true;
}

// Every value of the header, in the order the hops wrote them (several header lines are one
// list, RFC 9110 section 5.3).
std::vector<std::string> list_values(const Request& request, std::string_view name)
{
    std::vector<std::string> values;
    for (const auto& [key, value] : request.headers.entries()) {
        if (text::lowercase_ascii(key) != name) continue;
        for (std::string_view rest = value; !rest.empty();) {
            const auto comma = rest.find(',');
            values.push_back(text::trim(rest.substr(0, comma)));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    return values;
}

}  // namespace

Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& entries)
{
    TrustedProxies proxies;
    for (const auto& entry : entries) {
        const std::string written = text::trim(entry);
        const auto slash = written.find('/');
        auto bytes = address_bytes(std::string_view(written).substr(0, slash));
        int prefix = 128;
        if (bytes && slash != std::string::npos) {
            const std::string_view length = std::string_view(written).substr(slash + 1);
            const int most = is_mapped_v4(*bytes) ? 32 : 128;
            auto [end, problem] = std::from_chars(length.data(), length.data() + length.size(), prefix);
            if (problem != std::errc{} || end != length.data() + length.size() || length.empty() || prefix < 0 || prefix > most)
                bytes.reset();
            else if (most == 32)
                prefix += 96;
        }
        if (!bytes)
            return invalid("server.trusted_proxies",
                           "The trusted proxy \"{1}\" is not an address or a network. Write an address such as 10.0.0.5, or a network such as 10.0.0.0/24.",
                           {written});
        proxies.networks_.push_back(Network{*bytes, prefix});
    }
    return proxies;
}

bool TrustedProxies::trusts(std::string_view address) const
{
    auto bytes = address_bytes(address);
    if (!bytes) return false;
    for (const auto& network : networks_)
        if (within(*bytes, network.bytes, network.prefix)) return true;
    return false;
}

std::string TrustedProxies::client_address(const Request& request) const
{
    std::string client = request.remote_address;
    if (!trusts(client)) return client;
    const auto hops = list_values(request, "x-forwarded-for");
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        // A hop no address can be read from ends what can be believed: the trusted proxy
        // that passed it is the nearest known client.
        if (!address_bytes(*hop)) break;
        client = *hop;
        if (!trusts(client)) break;
    }
    return client;
}

std::string TrustedProxies::forwarded_scheme(const Request& request) const
{
    if (!trusts(request.remote_address)) return {};
    const auto schemes = list_values(request, "x-forwarded-proto");
    if (schemes.empty()) return {};
    const std::string scheme = text::lowercase_ascii(schemes.back());
    return scheme == "https" || scheme == "http" ? scheme : std::string{};
}

}  // namespace pmi::web
