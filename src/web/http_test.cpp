// Our HTTP types: form and query decoding, percent-encoding, cookies in and out, headers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "web/http.hpp"

namespace pmi::web {
namespace {

using Views = std::vector<std::string_view>;

TEST(FieldsParse, DecodesPlusAsSpaceAndPercentEscapes)
{
    auto fields = Fields::parse("name=Jean+Dupont&city=Qu%C3%A9bec&sum=1%2B1%3D2");
    EXPECT_EQ(fields.get("name"), "Jean Dupont");
    EXPECT_EQ(fields.get("city"), "Québec");
    EXPECT_EQ(fields.get("sum"), "1+1=2");  // an encoded '+' stays a plus
    EXPECT_EQ(fields.size(), 3u);
}

TEST(FieldsParse, DecodesNamesToo)
{
    auto fields = Fields::parse("first+name=A&t%C3%A9l=1");
    EXPECT_TRUE(fields.has("first name"));
    EXPECT_EQ(fields.get("tél"), "1");
}

TEST(FieldsParse, KeepsInvalidOrIncompleteEscapesLiterally)
{
    auto fields = Fields::parse("a=%ZZ&b=100%&c=%4&d=%4g");
    EXPECT_EQ(fields.get("a"), "%ZZ");
    EXPECT_EQ(fields.get("b"), "100%");
    EXPECT_EQ(fields.get("c"), "%4");
    EXPECT_EQ(fields.get("d"), "%4g");
}

TEST(FieldsParse, SkipsEmptyPairs)
{
    auto fields = Fields::parse("&&a=1&&b=2&");
    ASSERT_EQ(fields.size(), 2u);
    EXPECT_EQ(fields.entries()[0].first, "a");
    EXPECT_EQ(fields.entries()[1].first, "b");
    EXPECT_EQ(Fields::parse("").size(), 0u);
    EXPECT_EQ(Fields::parse("&").size(), 0u);
}

TEST(FieldsParse, RepeatedNamesKeepEveryValueInOrderAndGetReturnsTheFirst)
{
    auto fields = Fields::parse("role=admin&x=1&role=officer&role=");
    EXPECT_EQ(fields.get("role"), "admin");
    EXPECT_EQ(fields.all("role"), (Views{"admin", "officer", ""}));
    EXPECT_TRUE(fields.all("missing").empty());
}

TEST(FieldsParse, ANameWithoutEqualsIsPresentWithAnEmptyValue)
{
    auto fields = Fields::parse("publish&title=T&empty=");
    EXPECT_TRUE(fields.has("publish"));
    EXPECT_EQ(fields.get("publish"), "");
    EXPECT_TRUE(fields.has("empty"));
    EXPECT_FALSE(fields.has("absent"));
    EXPECT_EQ(fields.get("absent"), "");
}

TEST(FieldsParse, OnlyTheFirstEqualsSeparates)
{
    EXPECT_EQ(Fields::parse("next=/a?b=c").get("next"), "/a?b=c");
}

TEST(PercentEncoding, EncodesEverythingButUnreservedCharacters)
{
    EXPECT_EQ(percent_encode("aZ09-_.~"), "aZ09-_.~");
    EXPECT_EQ(percent_encode("a b/c?d=e&f#g+h%"), "a%20b%2Fc%3Fd%3De%26f%23g%2Bh%25");
    EXPECT_EQ(percent_encode("é"), "%C3%A9");
}

TEST(PercentEncoding, RoundTripsUtf8)
{
    for (std::string text : {"", "Côte d'Ivoire", "año € \xF0\x9F\x98\x80", "a+b c%20d", "/news/é?x=1&y=2",
                             "\x01\x7F"}) {
        auto encoded = percent_encode(text);
        EXPECT_EQ(encoded.find_first_not_of(
                      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~%"),
                  std::string::npos)
            << encoded;
        EXPECT_EQ(percent_decode(encoded, true), text);
        EXPECT_EQ(percent_decode(encoded, false), text);
    }
}

TEST(PercentDecoding, PlusIsASpaceOnlyInForms)
{
    EXPECT_EQ(percent_decode("a+b", true), "a b");
    EXPECT_EQ(percent_decode("a+b", false), "a+b");
    EXPECT_EQ(percent_decode("%c3%a9", false), "é");  // lowercase hex digits too
}

Request with_header(std::string name, std::string value)
{
    Request request;
    request.headers.add(std::move(name), std::move(value));
    return request;
}

TEST(RequestCookie, FindsEachOfSeveralCookiesAndTrimsSpaces)
{
    auto request = with_header("Cookie", "theme=dark;  session = abc123 ;lang=fr;flag");
    EXPECT_EQ(request.cookie("theme"), "dark");
    EXPECT_EQ(request.cookie("session"), "abc123");
    EXPECT_EQ(request.cookie("lang"), "fr");
}

TEST(RequestCookie, MissingCookiesAreNullopt)
{
    auto request = with_header("Cookie", "theme=dark; flag");
    EXPECT_EQ(request.cookie("session"), std::nullopt);
    EXPECT_EQ(request.cookie("flag"), std::nullopt);  // no '=': not a cookie
    EXPECT_EQ(request.cookie("them"), std::nullopt);  // a prefix of a name is not the name
    EXPECT_EQ(Request{}.cookie("theme"), std::nullopt);
}

TEST(RequestCookie, TheHeaderNameIsCaseInsensitive)
{
    EXPECT_EQ(with_header("cookie", "a=1").cookie("a"), "1");
}

TEST(Headers, GetIsCaseInsensitiveAndTheFirstValueWins)
{
    Headers headers;
    headers.add("Content-Type", "text/html");
    headers.add("X-Thing", "one");
    headers.add("x-thing", "two");
    EXPECT_EQ(headers.get("content-type"), "text/html");
    EXPECT_EQ(headers.get("CONTENT-TYPE"), "text/html");
    EXPECT_EQ(headers.get("X-THING"), "one");
    EXPECT_EQ(headers.get("Content-Length"), std::nullopt);
}

TEST(Headers, SetReplacesEveryValueWhateverItsCase)
{
    Headers headers;
    headers.add("X-Thing", "one");
    headers.add("x-thing", "two");
    headers.add("Other", "kept");
    headers.set("X-THING", "three");
    EXPECT_EQ(headers.get("x-thing"), "three");
    ASSERT_EQ(headers.entries().size(), 2u);
    EXPECT_EQ(headers.get("other"), "kept");
}

TEST(CookieHeader, ASessionCookieDefaultsToHttpOnlyAndLax)
{
    Cookie cookie{"session", "abc"};
    EXPECT_EQ(cookie.to_header(), "session=abc; Path=/; HttpOnly; SameSite=Lax");
}

TEST(CookieHeader, WritesMaxAgeSecureAndStrict)
{
    Cookie cookie{"session", "abc"};
    cookie.max_age = 3600;
    cookie.secure = true;
    cookie.same_site = SameSite::Strict;
    EXPECT_EQ(cookie.to_header(), "session=abc; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict");
}

TEST(CookieHeader, MaxAgeZeroDeletesAndHttpOnlyCanBeOff)
{
    Cookie cookie{"csrf", ""};
    cookie.max_age = 0;
    cookie.http_only = false;
    EXPECT_EQ(cookie.to_header(), "csrf=; Path=/; Max-Age=0; SameSite=Lax");
}

Request post(std::string content_type, std::string body)
{
    Request request;
    request.method = Method::Post;
    if (!content_type.empty()) request.headers.add("Content-Type", std::move(content_type));
    request.body = std::move(body);
    return request;
}

TEST(RequestForm, ReadsAUrlencodedBody)
{
    auto form = post("application/x-www-form-urlencoded", "title=Hello+world&slug=hello").form();
    EXPECT_EQ(form.get("title"), "Hello world");
    EXPECT_EQ(form.get("slug"), "hello");
    // A charset parameter does not change the type.
    EXPECT_EQ(post("application/x-www-form-urlencoded; charset=UTF-8", "a=1").form().get("a"), "1");
}

TEST(RequestForm, IgnoresAnyOtherContentType)
{
    // A JSON or multipart body that happens to look like fields must not be read as a form.
    EXPECT_EQ(post("application/json", "a=1").form().size(), 0u);
    EXPECT_EQ(post("multipart/form-data; boundary=x", "a=1").form().size(), 0u);
    EXPECT_EQ(post("text/plain", "a=1").form().size(), 0u);
    EXPECT_EQ(post("", "a=1").form().size(), 0u);
}

TEST(Methods, NamesRoundTripAndSafeMethodsChangeNothing)
{
    for (auto method : {Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch, Method::Delete,
                        Method::Options})
        EXPECT_EQ(method_from_name(method_name(method)), method);
    EXPECT_EQ(method_from_name("get"), Method::Other);  // methods are case-sensitive
    EXPECT_EQ(method_from_name("BREW"), Method::Other);
    EXPECT_TRUE(is_safe(Method::Get));
    EXPECT_TRUE(is_safe(Method::Head));
    EXPECT_TRUE(is_safe(Method::Options));
    EXPECT_FALSE(is_safe(Method::Post));
    EXPECT_FALSE(is_safe(Method::Delete));
}

TEST(Response, RedirectIsSeeOtherWithALocation)
{
    auto response = Response::redirect("/news");
    EXPECT_EQ(response.status, 303);
    EXPECT_EQ(response.headers.get("location"), "/news");
}

}  // namespace
}  // namespace pmi::web
