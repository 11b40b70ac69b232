#pragma once
// The logic model's outputs as the workplans' OutputCatalog: a workplan activity links to a
// node of level "output", named by its code.
#include "partnerships/workplan_service.hpp"

namespace pmi::results {

class LogicModelOutputs final : public partnerships::OutputCatalog {
public:
    // True when the logic model has a node of level "output" with this code; false for an
    // unknown code or a node of another level.
    bool has_output(db::Connection& connection, std::string_view code) const override;
};

}  // namespace pmi::results
