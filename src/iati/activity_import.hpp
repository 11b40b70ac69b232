#pragma once
// IATI import: officers read an activity file published elsewhere. Each implementing
// organisation of an activity in one of the program's countries becomes a partner local
// government in the directory (its needs from the activity's sectors), and the activity's
// results go to the results module (results_import.hpp); everything the program has no
// place for is reported, element by element.
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/result.hpp"
#include "directory/directory_service.hpp"
#include "iati/activity_reader.hpp"
#include "iati/results_import.hpp"
#include "site/site_service.hpp"

namespace pmi::iati {

struct ImportedPartner {
    std::string activity;
    std::string key, name, country;
    bool added = false;  // false: a profile with this key was in the directory already, left as it was
};

struct ImportReport {
    std::size_t activities = 0;
    std::vector<ImportedPartner> partners;
    std::vector<ImportedResults> results;  // one per activity with results
    std::vector<Unmapped> unmapped;  // what the file says that was not imported, and why
};

// "bf-commune-de-sonreba" for ("BF", "Commune de Sonréba"): lowercase ASCII letters, digits
// and hyphens, accents dropped; at most 60 characters.
std::string partner_key(std::string_view country, std::string_view name);

class ActivityImport {
public:
    ActivityImport(directory::DirectoryService& directory, site::SiteService& site, ResultsImport& results)
        : directory_(directory), site_(site), results_(results) {}

    // Program officers. Fails on "file" when the file cannot be read (read_activities);
    // writes the partners and results it can (ResultsImport) and reports the rest.
    Result<ImportReport> import(const Actor& actor, std::string_view xml);

private:
    // The implementing organisations that are not Canadian `teams` become partners.
    void import_activity(const Actor& actor, const Activity& activity, const std::vector<directory::MunicipalTeam>& teams,
                         ImportReport& report);

    directory::DirectoryService& directory_;
    site::SiteService& site_;
    ResultsImport& results_;
};

}  // namespace pmi::iati
