// The public page cache: a kept page is served until a change or its lifetime, and each
// visitor's token goes into the slots of the one kept copy.
#include <gtest/gtest.h>

#include <thread>

#include "web/page_cache.hpp"

namespace pmi::web {
namespace {

using namespace std::chrono_literals;

Response page_with_slots(std::string_view slot)
{
    Response response;
    response.headers.add("Content-Language", "fr");
    response.body = "<form><input value=\"" + std::string(slot) + "\"></form><footer>" + std::string(slot) + "</footer>";
    return response;
}

TEST(PageCache, ServesAKeptPageWithEachVisitorsToken)
{
    PageCache cache(10s);
    const auto key = PageCache::key("fr", "/news?page=2");
    EXPECT_EQ(cache.find(key), nullptr);
    cache.store(key, page_with_slots("SLOT"), "SLOT", cache.generation());
    auto page = cache.find(key);
    ASSERT_NE(page, nullptr);
    auto response = page->respond("token-a", false);
    EXPECT_EQ(response.body, "<form><input value=\"token-a\"></form><footer>token-a</footer>");
    EXPECT_EQ(response.headers.get("Content-Language"), "fr");
    EXPECT_EQ(page->respond("token-b", true).headers.get("Content-Encoding"), "gzip");
    EXPECT_EQ(cache.find(PageCache::key("en", "/news?page=2")), nullptr) << "another language is another page";
}

TEST(PageCache, AChangeMakesEveryKeptPageStale)
{
    PageCache cache(10s);
    cache.store("en /", page_with_slots("S"), "S", cache.generation());
    cache.invalidate();
    EXPECT_EQ(cache.find("en /"), nullptr);
}

TEST(PageCache, APageRenderedWhileSomethingChangedIsStaleAtOnce)
{
    PageCache cache(10s);
    const auto before_rendering = cache.generation();
    cache.invalidate();  // a change lands while the page renders
    cache.store("en /", page_with_slots("S"), "S", before_rendering);
    EXPECT_EQ(cache.find("en /"), nullptr);
}

TEST(PageCache, APageIsKeptNoLongerThanItsLifetime)
{
    PageCache cache(30ms);
    cache.store("en /", page_with_slots("S"), "S", cache.generation());
    EXPECT_NE(cache.find("en /"), nullptr);
    std::this_thread::sleep_for(40ms);
    EXPECT_EQ(cache.find("en /"), nullptr);
}

TEST(PageCache, AFullCacheStartsAgainEmpty)
{
    PageCache cache(10s, 2);
    cache.store("a", page_with_slots("S"), "S", 0);
    cache.store("b", page_with_slots("S"), "S", 0);
    cache.store("c", page_with_slots("S"), "S", 0);
    EXPECT_EQ(cache.find("a"), nullptr);
    EXPECT_NE(cache.find("c"), nullptr);
}

TEST(PageCache, AZeroLifetimeTurnsItOff)
{
    EXPECT_FALSE(PageCache(0ms).enabled());
    EXPECT_TRUE(PageCache(1ms).enabled());
}

TEST(FillSlots, ReplacesEverySlot)
{
    EXPECT_EQ(fill_slots("aXbXc", "X", "tok"), "atokbtokc");
    EXPECT_EQ(fill_slots("none", "X", "tok"), "none");
}

}  // namespace
}  // namespace pmi::web
