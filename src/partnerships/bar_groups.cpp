#include "partnerships/bar_groups.hpp"

#include <algorithm>

namespace pmi::partnerships {
namespace {

constexpr long kChartWidth = 520;  // of the longest bar
constexpr long kLabelHeight = 20;
constexpr long kBarHeight = 22;  // a bar and its gap
constexpr long kGroupGap = 10;

long scaled(Money amount, Money largest)
{
    const auto cents = std::max<std::int64_t>(amount.in_cents(), 0);
    return largest.in_cents() > 0 ? static_cast<long>(static_cast<__int128>(cents) * kChartWidth / largest.in_cents()) : 0;
}

}  // namespace

void bar_groups_chart(ctemplate::TemplateDictionary& dictionary, const std::string& include, const std::string& id, const std::string& title,
                      const std::vector<BarGroup>& groups, const std::function<std::string(Money)>& money)
{
    auto* chart = dictionary.AddIncludeDictionary(include);
    chart->SetFilename("partnerships/views/bar_groups.tpl");
    chart->SetValue("CHART_ID", id);
    chart->SetValue("CHART_TITLE", title);
    Money largest;
    for (const auto& group : groups)
        for (const auto& bar : group.bars) largest = std::max(largest, bar.amount);
    long y = 0;
    for (const auto& group : groups) {
        auto* row = chart->AddSectionDictionary("GROUP");
        row->SetValue("LABEL", group.label);
        row->SetIntValue("LABEL_Y", y + 14);
        y += kLabelHeight;
        for (const auto& bar : group.bars) {
            auto* drawn = row->AddSectionDictionary("BAR");
            drawn->SetIntValue("Y", y);
            drawn->SetIntValue("TEXT_Y", y + 14);
            drawn->SetIntValue("WIDTH", scaled(bar.amount, largest));
            drawn->SetValue("CLASS", bar.css_class);
            drawn->SetValue("AMOUNT", money(bar.amount));
            y += kBarHeight;
        }
        y += kGroupGap;
    }
    chart->SetIntValue("CHART_HEIGHT", std::max(y, 1L) + 4);
}

}  // namespace pmi::partnerships
