#pragma once
// Logic model, indicator and reporting period use cases. Everyone reads the logic model and
// the indicators; program officers change them, generate periods and lock or unlock them.
// Every change is in the audit log; nothing is written when a field is wrong.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "results/results.hpp"

namespace pmi::results {

struct LogicModel {
    std::vector<Node> nodes;            // by code
    std::vector<Indicator> indicators;  // by code
};

enum class Lock { Locked, Unlocked };

class ResultsService {
public:
    ResultsService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    LogicModel logic_model();
    std::vector<Period> periods();

    // Officers. Creates the node with this code, or changes it. Fails on the fields of the
    // node (read_node), on "parent" when the parent is unknown or not one level up, and on
    // "area" when an intermediate outcome names no programming area. Nodes under an
    // intermediate outcome take its area.
    Result<NodeId> save_node(const Actor& actor, const NodeInput& input);
    // Officers. Creates the indicator with this code, or changes it. Fails on the fields of
    // the indicator (read_indicator) and on "node" when it names no node.
    Result<IndicatorId> save_indicator(const Actor& actor, const IndicatorInput& input);
    // Officers. Adds the periods of every frequency from fiscal year `first` to `last` that
    // do not exist yet; returns how many were added. Fails on "last" when the span is
    // backwards or longer than kMostProgramYears, and on "first" when either year is missing
    // (checked after who may generate them).
    Result<int> generate_periods(const Actor& actor, std::optional<int> first, std::optional<int> last);
    // Officers. A locked period takes no new values and no changes.
    Status lock_period(const Actor& actor, PeriodId id, Lock lock);

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::results
