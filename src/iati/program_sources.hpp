#pragma once
// The program's own ActivitySources: each partnership's approved expenses and disbursements
// from the partnerships module's ledgers, and its approved results on the results module's
// logic model, read from the database at each export.
#include "db/database.hpp"
#include "iati/partnership_activity.hpp"

namespace pmi::iati {

class ProgramSources final : public ActivitySources {
public:
    // `database` must outlive this.
    explicit ProgramSources(db::Database& database) : database_(database) {}

    // Approved expenses (reversals as negative values) as type 4 and disbursements as type 3,
    // in cents of CAD on the day of each; expenses waiting for review or returned stay out.
    std::vector<Transaction> transactions(partnerships::PartnershipId partnership) const override;
    // Every node of the logic model with an indicator the partnership has approved values on:
    // each indicator with its baseline, and per period its target (annual periods: the
    // year's target) and its approved actuals, the total and each sex and age cell.
    std::vector<ActivityResult> results(partnerships::PartnershipId partnership) const override;

private:
    db::Database& database_;
};

}  // namespace pmi::iati
