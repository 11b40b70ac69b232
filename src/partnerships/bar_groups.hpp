#pragma once
// The SVG chart of groups of bars (a fiscal year, a country, an area: cash committed,
// spent, in kind...) that the envelope pages show beside their tables
// (views/bar_groups.tpl, included as the given name). Each group's label sits above its bars.
#include <ctemplate/template.h>

#include <functional>
#include <string>
#include <vector>

#include "core/money.hpp"

namespace pmi::partnerships {

struct Bar {
    Money amount;
    std::string css_class;  // "bar", "bar bar-done", "bar bar-overdue", "bar bar-waiting"
};
struct BarGroup {
    std::string label;
    std::vector<Bar> bars;
};

// `id` makes the chart's title id unique on the page; `title` is translated already and says
// what each bar of a group is: it is shown under the chart as its legend and names the chart. Bars are scaled in integer cents to the largest amount of the
// chart; negative amounts draw no bar.
void bar_groups_chart(ctemplate::TemplateDictionary& dictionary, const std::string& include, const std::string& id, const std::string& title,
                      const std::vector<BarGroup>& groups, const std::function<std::string(Money)>& money);

}  // namespace pmi::partnerships
