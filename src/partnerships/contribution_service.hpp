#pragma once
// In-kind contribution use cases. The partnership's staff and officers read its
// contributions and enter them with their evidence, and change one until it is approved
// (reviews and reversals are LedgerService's). Officers read the program's totals by
// municipality, partnership, fiscal year and country. Nothing is written when a field is
// wrong; every change is in the audit log.
#include <map>
#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"
#include "partnerships/contribution.hpp"

namespace pmi::partnerships {

struct ContributionLedger {
    Partnership partnership;
    Access access = Access::Public;
    std::vector<Contribution> contributions;
    InKindTotals totals;
};

struct ProgramInKindReport {
    ProgramInKind totals;
    std::map<std::int64_t, Partnership> partnerships;  // by id, to name them
};

class ContributionService {
public:
    ContributionService(db::Database& database, const Clock& clock, files::FileStore& files)
        : database_(database), clock_(clock), files_(files) {}

    // Fails as find_for_members does (a ledger is never public).
    Result<ContributionLedger> ledger(const Actor& actor, PartnershipId id);
    // Staff and officers. Fails on the fields (read_contribution), on "date" when no hourly
    // rate for the role is in effect that day, and on "file" when the evidence breaks the
    // upload rules.
    Result<EntryId> enter(const Actor& actor, PartnershipId id, const ContributionInput& input, const std::optional<Upload>& evidence);
    // As enter, for a contribution waiting for review or returned; it waits for review again.
    // Fails with a conflict once approved.
    Status change(const Actor& actor, PartnershipId id, EntryId entry, const ContributionInput& input, const std::optional<Upload>& evidence);
    // Officers.
    Result<ProgramInKindReport> program(const Actor& actor);

private:
    Result<Contribution> prepared(db::Connection& connection, const Visible& found, const ContributionInput& input,
                                  const std::optional<Upload>& evidence);

    db::Database& database_;
    const Clock& clock_;
    files::FileStore& files_;
};

}  // namespace pmi::partnerships
