#include "partnerships/year_chart.hpp"

#include <algorithm>

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

constexpr long kChartWidth = 400;  // of the longest bar
constexpr long kRowHeight = 28;

}  // namespace

void year_chart(ctemplate::TemplateDictionary& body, const std::string& id, const std::string& title, const std::map<int, Money>& by_year,
                const std::function<std::string(Money)>& money)
{
    auto* chart = body.AddIncludeDictionary("YEAR_CHART");
    chart->SetFilename("partnerships/views/year_chart.tpl");
    chart->SetValue("CHART_ID", id);
    chart->SetValue("CHART_TITLE", title);
    Money largest;
    for (const auto& [year, sum] : by_year) largest = std::max(largest, sum);
    long row = 0;
    for (const auto& [year, sum] : by_year) {
        auto* bar = chart->AddSectionDictionary("YEAR_BAR");
        bar->SetValue("YEAR", fiscal_year_label(year));
        bar->SetValue("AMOUNT", money(sum));
        const auto cents = std::max<std::int64_t>(sum.in_cents(), 0);
        bar->SetIntValue("WIDTH", largest.in_cents() > 0 ? static_cast<long>(static_cast<__int128>(cents) * kChartWidth / largest.in_cents()) : 0);
        bar->SetIntValue("Y", row * kRowHeight + 4);
        bar->SetIntValue("TEXT_Y", row * kRowHeight + 18);
        ++row;
    }
    chart->SetIntValue("CHART_HEIGHT", std::max(row, 1L) * kRowHeight + 8);
}

}  // namespace pmi::partnerships
