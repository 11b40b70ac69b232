#include "mailing/charts.hpp"

#include <algorithm>

namespace pmi::mailing {
namespace {

constexpr long kBarRow = 28;
constexpr long kBarLeft = 200;
constexpr long kBarWidth = 360;
constexpr long kColumnWidth = 44;
constexpr long kColumnHeight = 160;

std::int64_t largest(const std::vector<ChartValue>& values)
{
    std::int64_t top = 1;
    for (const auto& value : values) top = std::max(top, value.value);
    return top;
}

}  // namespace

void horizontal_bars(ctemplate::TemplateDictionary& dictionary, const std::vector<ChartValue>& values)
{
    const std::int64_t top = largest(values);
    dictionary.SetIntValue("CHART_HEIGHT", static_cast<long>(values.size()) * kBarRow + 8);
    long row = 0;
    for (const auto& value : values) {
        auto* bar = dictionary.AddSectionDictionary("BAR");
        const long width = std::max(1L, static_cast<long>(value.value * kBarWidth / top));
        bar->SetValue("LABEL", value.label);
        bar->SetIntValue("VALUE", static_cast<long>(value.value));
        bar->SetValue("KIND", value.kind);
        bar->SetIntValue("LABEL_Y", row * kBarRow + 20);
        bar->SetIntValue("BAR_Y", row * kBarRow + 6);
        bar->SetIntValue("WIDTH", width);
        bar->SetIntValue("VALUE_X", kBarLeft + width + 6);
        ++row;
    }
}

void columns(ctemplate::TemplateDictionary& dictionary, const std::vector<ChartValue>& values)
{
    const std::int64_t top = largest(values);
    dictionary.SetIntValue("CHART_WIDTH", static_cast<long>(values.size()) * kColumnWidth + 8);
    long index = 0;
    for (const auto& value : values) {
        auto* column = dictionary.AddSectionDictionary("COLUMN");
        const long height = std::max(1L, static_cast<long>(value.value * kColumnHeight / top));
        column->SetValue("LABEL", value.label);
        column->SetIntValue("VALUE", static_cast<long>(value.value));
        column->SetIntValue("X", index * kColumnWidth + 8);
        column->SetIntValue("Y", 20 + kColumnHeight - height);
        column->SetIntValue("HEIGHT", height);
        column->SetIntValue("LABEL_X", index * kColumnWidth + 8 + kColumnWidth / 2 - 4);
        column->SetIntValue("VALUE_Y", 14 + kColumnHeight - height);
        ++index;
    }
}

}  // namespace pmi::mailing
