// What the server takes from a request the HTTP parser has read: pmi's Request, and the
// framing it refuses before any route sees the request.
#include <gtest/gtest.h>

#include "web/incoming_request.hpp"

namespace pmi::web {
namespace {

restinio::http_request_header_t header(std::string target, std::vector<std::pair<std::string, std::string>> fields)
{
    restinio::http_request_header_t parsed{restinio::http_method_post(), std::move(target)};
    for (auto& [name, value] : fields) parsed.add_field(std::move(name), std::move(value));
    return parsed;
}

TEST(IncomingRequest, SplitsTheTargetAndDecodesOnlyThePath)
{
    const auto request = to_request(header("/calls/%C3%A9t%C3%A9+1?q=a%20b&lang=fr?x", {{"Host", "pmi.example"}}), "body", "203.0.113.9");
    EXPECT_EQ(request.method, Method::Post);
    EXPECT_EQ(request.method_text, "POST");
    EXPECT_EQ(request.path, "/calls/été+1");  // a plus in a path is a plus
    EXPECT_EQ(request.query_string, "q=a%20b&lang=fr?x");
    EXPECT_EQ(request.query().get("q"), "a b");
    EXPECT_EQ(request.body, "body");
    EXPECT_EQ(request.remote_address, "203.0.113.9");
}

TEST(IncomingRequest, KeepsEveryHeaderInOrderRepeatsIncluded)
{
    const auto request = to_request(header("/", {{"Host", "a"}, {"Cookie", "x=1"}, {"cookie", "pmi_lang=fr"}}), "", "");
    ASSERT_EQ(request.headers.entries().size(), 3u);
    EXPECT_EQ(request.headers.entries()[2].first, "cookie");
    EXPECT_EQ(request.headers.get("Cookie"), "x=1");  // the first of a repeated header
}

TEST(IncomingRequest, AnEncodedQuestionMarkStaysInThePath)
{
    const auto request = to_request(header("/resources/a%3Fb", {{"Host", "a"}}), "", "");
    EXPECT_EQ(request.path, "/resources/a?b");
    EXPECT_EQ(request.query_string, "");
}

TEST(FramingProblem, WantsExactlyOneHost)
{
    EXPECT_EQ(framing_problem(to_request(header("/", {{"HOST", "a"}}), "", "")), 0);
    EXPECT_EQ(framing_problem(to_request(header("/", {}), "", "")), 400);
    EXPECT_EQ(framing_problem(to_request(header("/", {{"Host", "a"}, {"host", "evil.example"}}), "", "")), 400);
}

TEST(FramingProblem, RefusesWhiteSpaceInAFieldName)
{
    EXPECT_EQ(framing_problem(to_request(header("/", {{"Host", "a"}, {"Content-Length ", "5"}}), "", "")), 400);
    EXPECT_EQ(framing_problem(to_request(header("/", {{"Host", "a"}, {"X\tY", "1"}}), "", "")), 400);
}

TEST(MessageLimits, AreTheServerOptions)
{
    ServerOptions options;
    options.max_url_size = 100, options.max_header_name_size = 20, options.max_header_value_size = 300;
    options.max_header_count = 7, options.max_body_size = 4096;
    const auto limits = message_limits(options);
    EXPECT_EQ(limits.max_url_size(), 100u);
    EXPECT_EQ(limits.max_field_name_size(), 20u);
    EXPECT_EQ(limits.max_field_value_size(), 300u);
    EXPECT_EQ(limits.max_field_count(), 7u);
    EXPECT_EQ(limits.max_body_size(), 4096u);
}

}  // namespace
}  // namespace pmi::web
