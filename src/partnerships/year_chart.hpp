#pragma once
// The SVG bar chart of amounts by fiscal year that the budget, expense and in-kind pages
// show beside their tables (views/year_chart.tpl, included as YEAR_CHART).
#include <ctemplate/template.h>

#include <functional>
#include <map>
#include <string>

#include "core/money.hpp"

namespace pmi::partnerships {

// `id` makes the chart's title id unique on the page; `title` is translated already. Bars
// are scaled in integer cents; negative totals draw no bar.
void year_chart(ctemplate::TemplateDictionary& body, const std::string& id, const std::string& title, const std::map<int, Money>& by_year,
                const std::function<std::string(Money)>& money);

}  // namespace pmi::partnerships
