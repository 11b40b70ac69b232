#pragma once
// SQL for the program envelope and the budget sums it is compared with.
#include <utility>
#include <vector>

#include "db/database.hpp"
#include "partnerships/envelope_dashboard.hpp"

namespace pmi::partnerships {

class EnvelopeStore {
public:
    explicit EnvelopeStore(db::Connection& connection) : connection_(connection) {}

    std::vector<EnvelopeYear> years();  // by fiscal year
    void replace(const std::vector<EnvelopeYear>& years, Seconds now);
    // The budget lines of partnerships that are not merely proposed, summed by fiscal year.
    std::vector<std::pair<int, Money>> budgeted_by_year();
    // The same lines summed by partnership and fiscal year.
    std::vector<CommittedYear> committed_by_partnership();

private:
    db::Connection& connection_;
};

}  // namespace pmi::partnerships
