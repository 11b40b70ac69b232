// TextMemo: makes each text once, stays within its capacity, and is safe on several threads.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "site/text_memo.hpp"

namespace pmi::site {
namespace {

TEST(TextMemo, MakesEachTextOnceAndKeepsIt)
{
    TextMemo memo(8);
    int made = 0;
    auto make = [&] {
        ++made;
        return std::string("<p>Hello</p>");
    };
    EXPECT_EQ(*memo.get("Hello", make), "<p>Hello</p>");
    EXPECT_EQ(*memo.get("Hello", make), "<p>Hello</p>");
    EXPECT_EQ(made, 1);
    EXPECT_EQ(*memo.get("Other", [] { return std::string("<p>Other</p>"); }), "<p>Other</p>");
}

TEST(TextMemo, EmptiesWhenFullAndStillAnswers)
{
    TextMemo memo(2);
    int made = 0;
    auto make_for = [&](std::string text) {
        return [&made, text] {
            ++made;
            return text;
        };
    };
    memo.get("a", make_for("A"));
    memo.get("b", make_for("B"));
    EXPECT_EQ(*memo.get("c", make_for("C")), "C");  // full: emptied, then kept
    EXPECT_EQ(*memo.get("a", make_for("A")), "A");  // made again
    EXPECT_EQ(made, 4);
}

TEST(TextMemo, SeveralThreadsGetTheSameTexts)
{
    TextMemo memo(16);
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                std::string key = std::to_string(i % 40);
                if (*memo.get(key, [&] { return "text " + key; }) != "text " + key) ++wrong;
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(wrong, 0);
}

}  // namespace
}  // namespace pmi::site
