#pragma once
// SQL for budget lines and their amendments.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

class BudgetStore {
public:
    explicit BudgetStore(db::Connection& connection) : connection_(connection) {}

    // The partnership's lines by fiscal year, category and description.
    std::vector<BudgetLine> lines(PartnershipId partnership);
    std::optional<BudgetLine> line(BudgetLineId id);
    BudgetLineId insert_line(const BudgetLine& line, Seconds now);
    void update_line(const BudgetLine& line, Seconds now);

    // The partnership's amendments, newest first.
    std::vector<Amendment> amendments(PartnershipId partnership);
    std::optional<Amendment> amendment(AmendmentId id);
    AmendmentId insert_amendment(const Amendment& amendment);
    // Records the decision unless the amendment was decided already; true when recorded.
    bool decide(const Amendment& amendment);

private:
    db::Connection& connection_;
};

}  // namespace pmi::partnerships
