// The visitor's address and scheme behind a reverse proxy: believed from the proxies the
// settings name, never from anyone else.
#include <gtest/gtest.h>

#include "web/forwarded.hpp"

namespace pmi::web {
namespace {

TrustedProxies trusting(std::vector<std::string> entries)
{
    auto proxies = TrustedProxies::parse(entries);
    EXPECT_TRUE(proxies.ok()) << (proxies.ok() ? "" : proxies.error().message);
    return proxies.ok() ? proxies.value() : TrustedProxies{};
}

Request from(std::string peer, std::vector<std::pair<std::string, std::string>> headers = {})
{
    Request request;
    request.remote_address = std::move(peer);
    request.client_address = request.remote_address;
    for (auto& [name, value] : headers) request.headers.add(name, value);
    return request;
}

TEST(TrustedProxies, NoneAreTrustedUnlessNamed)
{
    const TrustedProxies none;
    EXPECT_TRUE(none.empty());
    auto forged = from("127.0.0.1", {{"X-Forwarded-For", "203.0.113.9"}, {"X-Forwarded-Proto", "https"}});
    EXPECT_EQ(none.client_address(forged), "127.0.0.1");
    EXPECT_EQ(none.forwarded_scheme(forged), "");
}

TEST(TrustedProxies, ATrustedProxyTellsTheVisitorsAddressAndScheme)
{
    auto proxies = trusting({"10.0.0.5"});
    auto request = from("10.0.0.5", {{"X-Forwarded-For", "198.51.100.7"}, {"X-Forwarded-Proto", "https"}});
    EXPECT_EQ(proxies.client_address(request), "198.51.100.7");
    EXPECT_EQ(proxies.forwarded_scheme(request), "https");
}

TEST(TrustedProxies, AnyOtherPeerIsTheVisitorWhateverItWrites)
{
    auto proxies = trusting({"10.0.0.5"});
    auto request = from("198.51.100.7", {{"X-Forwarded-For", "10.0.0.5"}, {"X-Forwarded-Proto", "https"}});
    EXPECT_EQ(proxies.client_address(request), "198.51.100.7");
    EXPECT_EQ(proxies.forwarded_scheme(request), "");
}

TEST(TrustedProxies, WhatAVisitorWroteBeforeTheProxyAppendedIsNotBelieved)
{
    // nginx appends the address it saw to the X-Forwarded-For the visitor sent.
    auto proxies = trusting({"10.0.0.5"});
    auto request = from("10.0.0.5", {{"X-Forwarded-For", "203.0.113.9, 192.0.2.44"}});
    EXPECT_EQ(proxies.client_address(request), "192.0.2.44");
}

TEST(TrustedProxies, ChainedTrustedProxiesAreWalkedBackToTheFirstUntrustedHop)
{
    auto proxies = trusting({"10.0.0.0/8"});
    auto request = from("10.0.0.5", {{"X-Forwarded-For", "203.0.113.9, 192.0.2.44"}, {"x-forwarded-for", "10.1.2.3"}});
    EXPECT_EQ(proxies.client_address(request), "192.0.2.44");
}

TEST(TrustedProxies, AnUnreadableHopEndsTheWalk)
{
    auto proxies = trusting({"10.0.0.5"});
    EXPECT_EQ(proxies.client_address(from("10.0.0.5", {{"X-Forwarded-For", "unknown"}})), "10.0.0.5");
    EXPECT_EQ(proxies.client_address(from("10.0.0.5", {{"X-Forwarded-For", "192.0.2.1, 198.51.100.7:4711"}})), "10.0.0.5");
    EXPECT_EQ(proxies.client_address(from("10.0.0.5")), "10.0.0.5");
}

TEST(TrustedProxies, OnlyHttpOrHttpsIsTakenAsTheScheme)
{
    auto proxies = trusting({"10.0.0.5"});
    EXPECT_EQ(proxies.forwarded_scheme(from("10.0.0.5", {{"X-Forwarded-Proto", "HTTPS"}})), "https");
    EXPECT_EQ(proxies.forwarded_scheme(from("10.0.0.5", {{"X-Forwarded-Proto", "http"}})), "http");
    EXPECT_EQ(proxies.forwarded_scheme(from("10.0.0.5", {{"X-Forwarded-Proto", "javascript"}})), "");
}

TEST(TrustedProxies, IPv4MatchesInEitherFormAndNetworksByTheirPrefix)
{
    auto proxies = trusting({"192.168.10.0/23", "fd00::/8", "::1"});
    EXPECT_TRUE(proxies.trusts("192.168.11.200"));
    EXPECT_TRUE(proxies.trusts("::ffff:192.168.10.1"));  // as a dual-stack socket reports it
    EXPECT_FALSE(proxies.trusts("192.168.12.1"));
    EXPECT_TRUE(proxies.trusts("fd12:3456::1"));
    EXPECT_FALSE(proxies.trusts("fe80::1"));
    EXPECT_TRUE(proxies.trusts("[::1]"));
    EXPECT_FALSE(proxies.trusts("localhost"));
}

TEST(TrustedProxies, AnEntryThatIsNoAddressIsRefusedByName)
{
    for (std::string entry : {"proxy.example.org", "10.0.0.0/33", "fd00::/129", "10.0.0.5/", "10.0.0.0/8x", ""}) {
        auto parsed = TrustedProxies::parse({"127.0.0.1", entry});
        ASSERT_FALSE(parsed.ok()) << entry;
        EXPECT_EQ(parsed.error().field, "server.trusted_proxies");
        ASSERT_EQ(parsed.error().arguments.size(), 1u);
        EXPECT_EQ(parsed.error().arguments[0], entry);
    }
}

}  // namespace
}  // namespace pmi::web
