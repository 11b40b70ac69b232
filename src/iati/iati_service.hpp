#pragma once
// IATI use cases: officers see the activity file as it would be published now and its
// problems, and publish it; anyone reads the published file. The file holds the program's
// activity and one per published partnership.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "iati/activity_xml.hpp"
#include "iati/iati_store.hpp"
#include "iati/partnership_activity.hpp"
#include "iati/validation.hpp"
#include "site/site_service.hpp"

namespace pmi::iati {

struct ActivityFile {
    std::vector<Activity> activities;
    std::string xml;
    std::vector<Problem> problems;  // critical first
    int count(Severity severity) const;
};

class IatiService {
public:
    // `sources` supplies each partnership's transactions and results; it must outlive this.
    IatiService(db::Database& database, const Clock& clock, site::SiteService& site, const Translator& translator, Publisher publisher,
                const ActivitySources& sources)
        : database_(database), clock_(clock), site_(site), translator_(translator), publisher_(std::move(publisher)), sources_(sources) {}

    // The activities as they stand, written and validated. Program officers only.
    Result<ActivityFile> preview(const Actor& actor);
    // Writes, validates and stores the file the public address serves. Program officers only;
    // fails with a conflict naming the count when the file has critical problems or errors.
    Result<Publication> publish(const Actor& actor);
    // The latest publication (for anyone: the file is public); none before the first.
    std::optional<Publication> published(IatiStore::WithFile with_file);

    // The file written and validated without authorisation, for the command line
    // (`pmi iati export`); `progress` hears of each activity written.
    ActivityFile export_file(const Progress& progress = {});

private:
    std::vector<Activity> activities();

    db::Database& database_;
    const Clock& clock_;
    site::SiteService& site_;
    const Translator& translator_;
    const Publisher publisher_;
    const ActivitySources& sources_;
};

// "2026-11-29T16:45:00Z"
std::string iso_date_time(Seconds at);

}  // namespace pmi::iati
