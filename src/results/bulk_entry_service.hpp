#pragma once
// Bulk entry use cases: the template of a partnership's values for one period, and the
// entry of a filled template, first previewed (nothing written) and then confirmed. A file
// is written whole or not at all: any problem in any row leaves every value as it was.
// The partnership's staff and program officers only; the entry is in the audit log.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/csv.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "results/bulk_entry.hpp"
#include "results/measurement_service.hpp"

namespace pmi::results {

struct BulkTemplate {
    partnerships::Partnership partnership;
    Period period;
    std::vector<Indicator> indicators;
    std::vector<TemplateRow> rows;
};

enum class BulkStep { Preview, Confirm };

struct BulkOutcome {
    Period period;
    BulkPlan plan;
    bool written = false;
};

class BulkEntryService {
public:
    BulkEntryService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Whether the actor may enter the partnership's values (its staff and officers); fails
    // as the other use cases do, before anything of an upload is read.
    Status may_enter(const Actor& actor, PartnershipId partnership);
    // Staff and officers. Fails on "period" when the period is unknown.
    Result<BulkTemplate> bulk_template(const Actor& actor, PartnershipId partnership, PeriodId period);
    // Staff and officers. Plans the table against the values already there; on Confirm,
    // writes every cell as a draft in one transaction when the plan has no problem. Fails
    // on "period" when it is unknown and on "file" when a required column is missing
    // (checked after who may enter values); the problems of rows are in the outcome.
    Result<BulkOutcome> enter(const Actor& actor, PartnershipId partnership, PeriodId period, const csv::Table& table, BulkMode mode,
                              BulkStep step);

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::results
