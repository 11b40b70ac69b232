// The memo keeps what a pure function returned, within its bounds.
#include <gtest/gtest.h>

#include "core/memo.hpp"

namespace pmi {
namespace {

TEST(Memo, ComputesAKeyOnceThenReturnsWhatItKept)
{
    Memo memo(10);
    int calls = 0;
    auto compute = [&] { ++calls; return std::string("value"); };
    EXPECT_EQ(memo.get("k", compute), "value");
    EXPECT_EQ(memo.get("k", compute), "value");
    EXPECT_EQ(calls, 1);
}

TEST(Memo, StartsAgainEmptyWhenFull)
{
    Memo memo(2);
    memo.get("a", [] { return std::string("1"); });
    memo.get("b", [] { return std::string("2"); });
    EXPECT_EQ(memo.size(), 2u);
    memo.get("c", [] { return std::string("3"); });
    EXPECT_EQ(memo.size(), 1u);
}

TEST(Memo, NeverKeepsMoreBytesThanItsBound)
{
    Memo memo(1000, 1600);
    int calls = 0;
    const std::string big(200, 'x');  // over a sixteenth of the bound: returned, never kept
    memo.get("big", [&] { ++calls; return big; });
    memo.get("big", [&] { ++calls; return big; });
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(memo.size(), 0u);
    for (int i = 0; i < 50; ++i) memo.get("k" + std::to_string(i), [] { return std::string(90, 'y'); });
    EXPECT_LE(memo.size() * 92, 1600u);
}

}  // namespace
}  // namespace pmi
