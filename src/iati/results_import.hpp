#pragma once
// The results of an imported activity in the results module: each result on a node of the
// logic model (matched by the publisher's code or its title, else added under the parent its
// code names), each indicator on an indicator of that node (matched or added, with its
// baseline and yearly targets), and the actual values of a partnership of the program as
// approved measurements in the reporting periods they line up with. What has no place is
// reported element by element; importing the same file again adds nothing.
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "iati/activity.hpp"
#include "iati/activity_reader.hpp"

namespace pmi::iati {

// What the import did with one activity's results.
struct ImportedResults {
    std::string activity;
    long long partnership = 0;  // the partnership whose values these are; 0 when none of the program
    int nodes_added = 0, indicators_added = 0, targets_added = 0;
    int values_added = 0;  // approved measurements added
    int values_kept = 0;   // measurements the program already held with the same values
    friend bool operator==(const ImportedResults&, const ImportedResults&) = default;
};

// The cell of our disaggregation a value's dimensions name: "total" for none, "women",
// "youth", "women/youth"; empty when a dimension is not sex or age or its value is not one
// of ours. Sex values are read as our codes, in words (female, male...) or ISO 5218 codes
// (1 male, 2 female, 9 not applicable; 0 not known); ages as our codes or ranges in years.
std::string cell_of(const std::vector<Dimension>& dimensions);

class ResultsImport {
public:
    // `reporting_org_ref` is the program office's IATI identifier: activities it published
    // ("<ref>-<partnership id>") are the program's partnerships.
    ResultsImport(db::Database& database, const Clock& clock, std::string reporting_org_ref)
        : database_(database), clock_(clock), reporting_org_ref_(std::move(reporting_org_ref)) {}

    // Program officers. Imports the activity's results in one transaction and adds what it
    // leaves out to `unmapped`.
    Result<ImportedResults> import(const Actor& actor, const Activity& activity, std::vector<Unmapped>& unmapped);

private:
    db::Database& database_;
    const Clock& clock_;
    const std::string reporting_org_ref_;
};

}  // namespace pmi::iati
