// What the budget page and its exports show: amounts with their cents in the reader's
// locale, and export rows whose totals are the budget's totals.
#include "partnerships/view_helpers.hpp"

#include <gtest/gtest.h>

namespace pmi::partnerships {
namespace {

TEST(BudgetViews, AmountsKeepTheirCentsInEveryLanguage)
{
    web::I18n i18n;
    EXPECT_EQ(money_text(i18n, "en", Money::cents(123456789)), "$1,234,567.89");
    EXPECT_EQ(money_text(i18n, "en", Money::cents(5)), "$0.05");
    EXPECT_EQ(money_text(i18n, "en", Money::cents(-120000)), "-$1,200.00");
    // Large figures that a double would round: ten billion dollars less one cent.
    EXPECT_EQ(money_text(i18n, "en", Money::cents(Money::kMostCents - 1)), "$9,999,999,999.99");
    const auto french = money_text(i18n, "fr", Money::cents(123456789));
    EXPECT_NE(french.find("567,89"), std::string::npos) << french;
    EXPECT_NE(french.find("$"), std::string::npos) << french;
}

TEST(BudgetViews, ExportRowsEndWithTheTotalsOfEachYearAndOfTheBudget)
{
    Budget budget;
    budget.lines = {{BudgetLineId{1}, {}, 2026, Category::Travel, "Trip", Money::cents(1050), 0},
                    {BudgetLineId{2}, {}, 2027, Category::Training, "Course", Money::cents(7), 0},
                    {BudgetLineId{3}, {}, 2026, Category::Other, "Print", Money::cents(100), 0}};
    budget.totals = totals(budget.lines);
    auto table = budget_table(budget);
    ASSERT_EQ(table.rows.size(), 9u);
    EXPECT_EQ(table.rows[0], (std::vector<std::string>{"2026-27", "travel", "Trip", "10.50"}));
    EXPECT_EQ(table.rows[3], (std::vector<std::string>{"2026-27", "total", "", "11.50"}));
    EXPECT_EQ(table.rows[4], (std::vector<std::string>{"2027-28", "total", "", "0.07"}));
    EXPECT_EQ(table.rows[5], (std::vector<std::string>{"total", "travel", "", "10.50"}));
    EXPECT_EQ(table.rows[8], (std::vector<std::string>{"total", "total", "", "11.57"}));
}

}  // namespace
}  // namespace pmi::partnerships
