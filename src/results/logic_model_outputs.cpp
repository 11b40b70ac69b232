#include "results/logic_model_outputs.hpp"

#include "results/results_store.hpp"

namespace pmi::results {

bool LogicModelOutputs::has_output(db::Connection& connection, std::string_view code) const
{
    const auto node = ResultsStore(connection).node_by_code(std::string(code));
    return node && node->level == Level::Output;
}

}  // namespace pmi::results
