#pragma once
// Who the visitor is when a reverse proxy stands in front: the proxy connects from its own
// address and passes the visitor's in X-Forwarded-For, and the scheme the visitor used in
// X-Forwarded-Proto. Anyone can write those headers, so they are believed only from peers
// the configuration names (server.trusted_proxies); with none named, never.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "web/http.hpp"

namespace pmi::web {

class TrustedProxies {
public:
    // Each entry an address ("10.0.0.5", "::1") or a network ("10.0.0.0/24", "fd00::/8").
    // Invalid names the entry and says how to write it.
    static Result<TrustedProxies> parse(const std::vector<std::string>& entries);

    bool empty() const { return networks_.empty(); }
    bool trusts(std::string_view address) const;
    // The peer's address, or, when the peer is trusted, the nearest address in
    // X-Forwarded-For that is not a trusted proxy (proxies append, so the right end is the
    // part trusted hops wrote).
    std::string client_address(const Request& request) const;
    // "https" or "http" as a trusted peer says the visitor used; empty when it says nothing
    // or is not trusted.
    std::string forwarded_scheme(const Request& request) const;

private:
    struct Network {
        std::array<std::uint8_t, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
        int prefix = 128;
    };
    std::vector<Network> networks_;
};

}  // namespace pmi::web
