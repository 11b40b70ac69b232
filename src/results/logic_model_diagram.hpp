#pragma once
// The logic model drawn as an SVG tree: one row per level, each result a box with its code
// and the start of its statement, linked to its full statement in the list under the diagram.
#include <ctemplate/template.h>

#include <string_view>

#include "results/results_service.hpp"

namespace pmi::results {

// Sets BOX (X, Y, TEXT_X, CODE, LINE, ANCHOR) and LINK (X1, Y1, X2, Y2) sections, WIDTH and HEIGHT.
void draw_logic_model(ctemplate::TemplateDictionary& body, const LogicModel& model, std::string_view language);

}  // namespace pmi::results
