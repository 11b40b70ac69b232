// The route table: which handler a method and path reach, the parameters it captures, and
// what the pipeline learns when nothing matches (404 versus 405 with Allow).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "web/route_table.hpp"
#include "web/router.hpp"

namespace pmi::web {
namespace {

// A handler that says which route it is, so a match can be checked by calling it.
Handler named(std::string name)
{
    return [name](Exchange&) { return Response::text(200, name); };
}

std::string call(const Match& match)
{
    if (!match.route) return "<no route>";
    Request request;
    Exchange exchange(request, "test");
    return match.route->handler(exchange).body;
}

class RouterTest : public ::testing::Test {
protected:
    RouterTest()
    {
        router.get("/", named("home"));
        router.get("/news", named("news list"));
        router.get("/news/:slug", named("news post"));
        router.get("/manage/news/:id/edit", named("edit form"));
        router.post("/manage/news/:id/edit", named("save"));
        router.add(Method::Delete, "/manage/news/:id/edit", named("delete"));
        router.get("/countries/:country/areas/:area", named("country area"));
        router.get("/news/archive", named("archive"));
    }
    Router router;
};

// A route added twice would answer with whichever comes first; the table refuses it.
TEST_F(RouterTest, TheSameMethodAndPatternCannotBeAddedTwice)
{
    EXPECT_THROW(router.get("/news/:slug", named("again")), std::logic_error);
    EXPECT_NO_THROW(router.post("/news/:slug", named("another method")));
}

TEST_F(RouterTest, StaticRoutesMatchExactly)
{
    EXPECT_EQ(call(router.match(Method::Get, "/")), "home");
    EXPECT_EQ(call(router.match(Method::Get, "/news")), "news list");
    EXPECT_TRUE(router.match(Method::Get, "/news").parameters.empty());
}

TEST_F(RouterTest, ParameterSegmentsAreCaptured)
{
    auto match = router.match(Method::Get, "/news/hello-world");
    EXPECT_EQ(call(match), "news post");
    ASSERT_EQ(match.parameters.size(), 1u);
    EXPECT_EQ(match.parameters[0].first, "slug");
    EXPECT_EQ(match.parameters[0].second, "hello-world");
}

TEST_F(RouterTest, SeveralParametersAreCapturedInOrder)
{
    auto match = router.match(Method::Get, "/countries/bo/areas/3");
    EXPECT_EQ(call(match), "country area");
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(match.parameters, (Pairs{{"country", "bo"}, {"area", "3"}}));
}

TEST_F(RouterTest, TheFirstRouteAddedWinsOverALaterStaticOne)
{
    // "/news/:slug" was added before "/news/archive", so it takes the path: order matters,
    // and a static route must be added before a parameter route that covers it.
    auto match = router.match(Method::Get, "/news/archive");
    EXPECT_EQ(call(match), "news post");
    EXPECT_EQ(match.parameters[0].second, "archive");
}

TEST_F(RouterTest, TheMethodChoosesTheHandlerOnOnePath)
{
    EXPECT_EQ(call(router.match(Method::Get, "/manage/news/7/edit")), "edit form");
    EXPECT_EQ(call(router.match(Method::Post, "/manage/news/7/edit")), "save");
    EXPECT_EQ(call(router.match(Method::Delete, "/manage/news/7/edit")), "delete");
}

TEST_F(RouterTest, HeadIsAnsweredByTheGetRoute)
{
    auto match = router.match(Method::Head, "/news/hello");
    EXPECT_EQ(call(match), "news post");
    EXPECT_EQ(match.parameters[0].second, "hello");
}

TEST_F(RouterTest, AnUnknownPathHasNoRouteAndIsNotKnown)
{
    for (std::string path : {"/nothing", "/news/a/b", "/manage/news/7", "/countries/bo/areas"}) {
        auto match = router.match(Method::Get, path);
        EXPECT_EQ(match.route, nullptr) << path;
        EXPECT_FALSE(match.path_known) << path;
        EXPECT_TRUE(match.allowed.empty()) << path;
    }
}

TEST_F(RouterTest, AKnownPathWithAnotherMethodIsKnownAndListsTheAllowedMethods)
{
    auto match = router.match(Method::Put, "/manage/news/7/edit");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_TRUE(match.path_known);
    EXPECT_EQ(match.allowed, (std::vector<Method>{Method::Get, Method::Post, Method::Delete}));

    auto post_to_get_only = router.match(Method::Post, "/news/x");
    EXPECT_EQ(post_to_get_only.route, nullptr);
    EXPECT_TRUE(post_to_get_only.path_known);
    EXPECT_EQ(post_to_get_only.allowed, std::vector<Method>{Method::Get});
}

TEST_F(RouterTest, ATrailingSlashIsAnotherPath)
{
    // "/news/" splits into the segments "news" and "": it matches neither "/news" nor
    // "/news/:slug" (a parameter never captures an empty segment). No redirect, just 404.
    auto match = router.match(Method::Get, "/news/");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_FALSE(match.path_known);
}

TEST_F(RouterTest, EmptySegmentsAreNotSkipped)
{
    // A doubled slash leaves an empty segment: "//news" is not "/news", and an empty
    // segment cannot fill a parameter.
    EXPECT_EQ(router.match(Method::Get, "//news").route, nullptr);
    EXPECT_EQ(router.match(Method::Get, "/news//").route, nullptr);
    EXPECT_EQ(router.match(Method::Get, "/manage/news//edit").route, nullptr);
    EXPECT_FALSE(router.match(Method::Get, "/manage/news//edit").path_known);
    EXPECT_EQ(router.match(Method::Get, "//").route, nullptr);
}

TEST_F(RouterTest, TheRootIsOnlyTheRoot)
{
    // An empty path is treated like "/": both have no segments.
    EXPECT_EQ(call(router.match(Method::Get, "")), "home");
    EXPECT_EQ(router.match(Method::Post, "/").route, nullptr);
    EXPECT_TRUE(router.match(Method::Post, "/").path_known);
}

TEST_F(RouterTest, EveryRouteIsListedWithItsMethodPatternAndSegments)
{
    const auto& routes = router.routes();
    ASSERT_EQ(routes.size(), 8u);
    EXPECT_EQ(routes[0].method, Method::Get);
    EXPECT_EQ(routes[0].pattern, "/");
    EXPECT_TRUE(routes[0].segments.empty());
    EXPECT_EQ(routes[4].method, Method::Post);
    EXPECT_EQ(routes[4].pattern, "/manage/news/:id/edit");
    EXPECT_EQ(routes[4].segments, (std::vector<std::string>{"manage", "news", ":id", "edit"}));
    EXPECT_TRUE(std::all_of(routes.begin(), routes.end(), [](const Route& r) { return static_cast<bool>(r.handler); }));
}

TEST(Router, TheRouteTableListsMethodPatternAndCsrfExemption)
{
    Router router;
    router.get("/news/:slug", named("news post"));
    router.post("/news/:slug", named("save"), 1024);
    router.post("/mailing/one-click", named("one click"), 0, Csrf::Exempt);
    std::ostringstream table;
    write_route_table(router, table);
    EXPECT_EQ(table.str(), "GET\t/news/:slug\nPOST\t/news/:slug\nPOST\t/mailing/one-click\tcsrf-exempt\n");
}

TEST(Router, AnEmptyRouterMatchesNothing)
{
    Router router;
    auto match = router.match(Method::Get, "/");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_FALSE(match.path_known);
}

}  // namespace
}  // namespace pmi::web
