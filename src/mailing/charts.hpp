#pragma once
// SVG charts drawn on the server (pages work without JavaScript; the content policy allows
// no inline style, so bars take their colour from classes in the style sheet).
#include <ctemplate/template.h>

#include <cstdint>
#include <string>
#include <vector>

namespace pmi::mailing {

struct ChartValue {
    std::string label;
    std::int64_t value = 0;
    std::string kind;  // CSS class of the bar: "bar", "bar-failed", ...
};

// Horizontal bars, one per value: CHART_HEIGHT, and BAR sections with LABEL, VALUE, KIND,
// LABEL_Y, BAR_Y, WIDTH and VALUE_X.
void horizontal_bars(ctemplate::TemplateDictionary& dictionary, const std::vector<ChartValue>& values);
// Columns, one per value, left to right: CHART_WIDTH, and COLUMN sections with LABEL, VALUE,
// X, Y, HEIGHT, LABEL_X and VALUE_Y.
void columns(ctemplate::TemplateDictionary& dictionary, const std::vector<ChartValue>& values);

}  // namespace pmi::mailing
