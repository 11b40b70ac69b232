#pragma once
// SQL for matching runs, the pinned and forbidden pairs, and partnerships.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "matching/run.hpp"

namespace pmi::matching {

class RunStore {
public:
    explicit RunStore(db::Connection& connection) : connection_(connection) {}

    RunId insert(const RunSummary& summary, const nlohmann::json& input, const nlohmann::json& result, UserId by);
    std::vector<RunSummary> list(int limit);
    std::optional<Run> find(RunId id);
    // Marks the run accepted unless one was; false when it already was.
    bool accept(RunId id, UserId by, Seconds now);

    std::vector<RuledPair> rules();
    std::vector<std::pair<RuledPair, Seconds>> rules_with_dates();
    void set_rule(const RuledPair& pair, UserId by, Seconds now);
    bool remove_rule(const std::string& team, const std::string& partner);

    // Adds the partnership unless the pair has one; true when added.
    bool add_partnership(const PartnershipRow& row, Seconds now);
    std::vector<PartnershipRow> partnerships();

private:
    db::Connection& connection_;
};

}  // namespace pmi::matching
