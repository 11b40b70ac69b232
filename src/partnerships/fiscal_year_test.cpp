// The fiscal year runs April 1 to March 31: March 31 and April 1 fall in different years.
#include "partnerships/fiscal_year.hpp"

#include <gtest/gtest.h>

namespace pmi::partnerships {
namespace {

TEST(FiscalYear, MarchThirtyFirstAndAprilFirstFallInDifferentYears)
{
    struct Case {
        const char* date;
        int fiscal_year;
    };
    for (auto [date, year] : {Case{"2027-03-31", 2026}, {"2027-04-01", 2027}, {"2026-04-01", 2026}, {"2026-12-31", 2026},
                              {"2027-01-01", 2026}, {"2028-02-29", 2027}}) {
        auto parsed = parse_date(date);
        ASSERT_TRUE(parsed) << date;
        EXPECT_EQ(fiscal_year_of(*parsed), year) << date;
        EXPECT_EQ(date_text(*parsed), date);
    }
    EXPECT_EQ(date_text(fiscal_year_start(2026)), "2026-04-01");
    EXPECT_EQ(date_text(fiscal_year_end(2026)), "2027-03-31");
}

TEST(FiscalYear, ReadsAndWritesItsName)
{
    EXPECT_EQ(fiscal_year_label(2026), "2026-27");
    EXPECT_EQ(fiscal_year_label(2099), "2099-00");
    EXPECT_EQ(parse_fiscal_year("2026-27"), 2026);
    EXPECT_EQ(parse_fiscal_year("2026"), 2026);
    for (const char* wrong : {"2026-28", "26-27", "2026/27", "", "1999-00", "abcd-ef", "2026-2027"}) EXPECT_FALSE(parse_fiscal_year(wrong)) << wrong;
}

TEST(FiscalYear, RefusesDatesThatDoNotExist)
{
    for (const char* wrong : {"2027-02-29", "2026-13-01", "2026-4-1", "01/04/2026", "", "2026-04-01T00"}) EXPECT_FALSE(parse_date(wrong)) << wrong;
}

}  // namespace
}  // namespace pmi::partnerships
