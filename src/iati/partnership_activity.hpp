#pragma once
// How the program and its partnerships become IATI activities: identifiers, organisations and
// their roles, status, dates, country, sectors (DAC codes of the programming areas), budgets
// by fiscal year, and the transactions and results other modules supply. Pure: the service
// gathers the facts, this maps them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/translator.hpp"
#include "iati/activity.hpp"
#include "partnerships/partnership.hpp"
#include "site/content.hpp"

namespace pmi::iati {

// Who publishes: the program office as reporting organisation, and the funder.
struct Publisher {
    std::string org_ref;         // the office's IATI organisation identifier (iati.reporting_org_ref)
    std::string org_type = "22";  // OrganisationType: national NGO
    std::string funder_ref = "CA-3";  // Global Affairs Canada
    std::string funder_type = "10";   // government
};

// What the partnership modules that are not this one add to a partnership's activity. The
// export asks for each partnership's transactions (expenses as type 4, disbursements as
// type 3, in cents of CAD) and results (the logic model mapped with result_type_of); the
// default supplies none.
class ActivitySources {
public:
    virtual ~ActivitySources() = default;
    virtual std::vector<Transaction> transactions(partnerships::PartnershipId) const { return {}; }
    virtual std::vector<ActivityResult> results(partnerships::PartnershipId) const { return {}; }
};

struct PartnershipFacts {
    const partnerships::Partnership& partnership;
    const std::vector<partnerships::BudgetLine>& budget;
    std::vector<Transaction> transactions;
    std::vector<ActivityResult> results;
};

// The logic model's levels: ultimate → impact, intermediate and immediate → outcome,
// output → output. Nullopt for any other level.
std::optional<ResultType> result_type_of(std::string_view level);

// The DAC 5-digit sector of a programming area (see README.md for the reasons); "" when the
// area has none.
std::string_view sector_of_area(std::string_view area);
// The programming area of a DAC sector, the inverse of sector_of_area; "" when none.
std::string_view area_of_sector(std::string_view sector);

// The program's own activity: the parent of the partnerships.
Activity program_activity(const Publisher& publisher, const site::Program& program, const std::vector<std::string>& countries,
                          const std::vector<std::string>& areas);
// A partnership's activity, titled in English, French and Spanish; `today` decides whether its dates are planned or actual.
Activity partnership_activity(const Publisher& publisher, const site::Program& program, PartnershipFacts facts,
                              const Translator& translator, partnerships::Date today);

}  // namespace pmi::iati
