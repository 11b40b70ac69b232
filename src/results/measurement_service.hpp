#pragma once
// Reporting results: the staff of a partnership (and program officers) enter values per
// indicator, period and disaggregation cell, save them as a draft or submit them; program
// officers approve them or return them with a reason. Whoever entered the values never
// approves them. An approved value changes only through a new revision, approved in turn;
// the summary of approved values is kept current in the approving transaction. A locked
// period takes no new values and no changes. Every step is in the audit log.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/access.hpp"
#include "results/results.hpp"

namespace pmi::results {

struct PartnershipResults {
    partnerships::Partnership partnership;
    partnerships::Access access = partnerships::Access::Public;
    std::vector<Indicator> indicators;
    std::vector<Period> periods;
    std::vector<Measurement> measurements;  // every revision, by indicator, period and revision
};

enum class Submission { Draft, Submit };
enum class Verdict { Approve, Return };

class MeasurementService {
public:
    MeasurementService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // The partnership's staff and officers; not found for anyone else.
    Result<PartnershipResults> partnership_results(const Actor& actor, PartnershipId partnership);
    // Staff and officers. Writes the values of one indicator and period: the open revision
    // when there is one, else a new one (a correction when the latest was approved). Fails
    // on "indicator" or "period" when unknown or of another frequency, with a conflict on
    // "period" when it is locked, and on the fields of the values (read_measurement).
    Result<MeasurementId> save(const Actor& actor, PartnershipId partnership, const MeasurementInput& input, Submission submission);
    // Officers other than whoever entered the values. Fails with a conflict unless the
    // measurement is submitted, on "verdict" when there is none (checked after who may
    // decide), and on "reason" when returning without one.
    Status decide(const Actor& actor, MeasurementId id, std::optional<Verdict> verdict, const std::string& reason);

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::results
