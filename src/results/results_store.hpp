#pragma once
// SQL for the logic model, indicators (with their yearly targets) and reporting periods.
// These read functions are what other modules (the IATI export) read results through.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "results/results.hpp"

namespace pmi::results {

class ResultsStore {
public:
    explicit ResultsStore(db::Connection& connection) : connection_(connection) {}

    // Every node, ordered by code (so parents come before their children).
    std::vector<Node> nodes();
    std::optional<Node> node_by_code(const std::string& code);
    // Throws db::UniqueViolation when the code is taken.
    NodeId insert_node(const Node& node, Seconds now);
    void update_node(const Node& node, Seconds now);

    // Every indicator with its targets, ordered by code: two queries.
    std::vector<Indicator> indicators();
    std::optional<Indicator> indicator(IndicatorId id);
    // Throws db::UniqueViolation when the code is taken. Writes the targets too.
    IndicatorId insert_indicator(const Indicator& indicator, Seconds now);
    void update_indicator(const Indicator& indicator, Seconds now);
    // Locks the indicator's row until the transaction ends (PostgreSQL), so that approvals of
    // its values update its summary one at a time.
    void lock_indicator(IndicatorId id);
    // Locks every indicator's row, in id order, for a change that moves figures of many.
    void lock_indicators();

    // Every period, by frequency, fiscal year and number.
    std::vector<Period> periods();
    std::optional<Period> period(PeriodId id);
    // Adds the periods that do not exist yet; returns how many were added.
    int add_periods(const std::vector<Period>& periods);
    void set_locked(PeriodId id, bool locked);

private:
    void write_targets(const Indicator& indicator);

    db::Connection& connection_;
};

}  // namespace pmi::results
