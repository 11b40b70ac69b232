#pragma once
// What a node, an indicator and a measurement must be before they are saved, checked without
// I/O. Each error names the field the form names ("statement-en", "value-women").
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "results/results.hpp"

namespace pmi::results {

inline constexpr std::size_t kMostTextBytes = 2000;
inline constexpr std::size_t kMostTargets = kMostTextBytes;

// A code of a node or an indicator: 1 to 20 letters, digits, dots or dashes.
bool valid_code(std::string_view code);

// The node's level, code, area and statement (the service finds its parent). Fails with every
// problem found: an unknown level, a code that is not 1 to 20 letters, digits, dots or dashes,
// no statement in any language, text too long.
Result<Node> read_node(const NodeInput& input);
// Whether `level` may sit under `parent` (nullopt: no parent). Fails on "parent" otherwise.
Status check_parent(Level level, std::optional<Level> parent);

// The indicator without its node. Fails with every problem found: unknown codes, no name, a
// percentage added up, a weighted average without a named denominator, a yes/no or text
// indicator disaggregated, a baseline or target that is not a figure, a date or fiscal year
// badly written.
Result<Indicator> read_indicator(const IndicatorInput& input);

struct MeasurementValues {
    std::vector<CellValue> values;  // the total first, then every cell when cells are entered
    std::string narrative, comment;
};
// The figures of one report on `indicator`. Fails on the field of each problem: a missing
// total (or text, for a qualitative indicator), some cells entered and others not, a missing
// denominator for a weighted average, a percentage outside 0 to 100, a yes/no other than 0
// or 1, and a total that disagrees with its cells (the sum of the cells, or for a weighted
// average their weighted average and the sum of their denominators).
Result<MeasurementValues> read_measurement(const Indicator& indicator, const MeasurementInput& input);

}  // namespace pmi::results
