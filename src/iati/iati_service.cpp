#include "iati/iati_service.hpp"

#include <algorithm>
#include <chrono>

#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "partnerships/budget_store.hpp"
#include "partnerships/partnership_store.hpp"

namespace pmi::iati {
namespace {

Error officers_only() { return forbidden("Only program officers see and publish the IATI file."); }

partnerships::Date day_of(Seconds at)
{
    return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at))));
}

}  // namespace

std::string iso_date_time(Seconds at)
{
    const auto time = std::chrono::sys_seconds(std::chrono::seconds(at));
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::hh_mm_ss clock(time - day);
    char text[64];  // room for any int year, so the compiler can prove no truncation
    const std::chrono::year_month_day date(day);
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<long>(clock.hours().count()), static_cast<long>(clock.minutes().count()),
                  static_cast<long>(clock.seconds().count()));
    return text;
}

int ActivityFile::count(Severity severity) const
{
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [&](const Problem& p) { return p.severity == severity; }));
}

std::vector<Activity> IatiService::activities()
{
    auto loaded = site_.program();
    // Before the program is loaded its activity has no title: the schema check says so.
    const auto program = loaded.ok() ? loaded.value() : site::Program{};
    std::vector<std::string> countries, areas;
    for (const auto& country : site_.countries().countries) countries.push_back(country.code);
    for (const auto& area : site_.areas()) areas.push_back(area.code);
    std::vector<Activity> list{program_activity(publisher_, program, countries, areas)};
    const auto today = day_of(clock_.now());
    auto connection = database_.acquire();
    partnerships::BudgetStore budgets(*connection);
    for (const auto& partnership : partnerships::PartnershipStore(*connection).all()) {
        if (!partnership.published) continue;  // the file is public: only what the public pages show
        const auto lines = budgets.lines(partnership.id);
        list.push_back(partnership_activity(publisher_, program,
                                            {partnership, lines, sources_.transactions(partnership.id), sources_.results(partnership.id)},
                                            translator_, today));
        list.back().last_updated = iso_date_time(partnership.updated_at);
    }
    return list;
}

ActivityFile IatiService::export_file(const Progress& progress)
{
    ActivityFile file;
    file.activities = activities();
    file.xml = activities_xml(file.activities, iso_date_time(clock_.now()), progress);
    file.problems = validate(file.activities, file.xml);
    return file;
}

Result<ActivityFile> IatiService::preview(const Actor& actor)
{
    if (!actor.runs_program()) return actor.signed_in() ? officers_only() : unauthenticated();
    return export_file();
}

Result<Publication> IatiService::publish(const Actor& actor)
{
    auto file = TRY(preview(actor));
    if (const int blocking = file.count(Severity::Critical) + file.count(Severity::Error); blocking > 0)
        return Error(ErrorCode::Conflict, "publish", "The file has {1} critical problems or errors; fix them before publishing.",
                     {std::to_string(blocking)});
    Publication publication{0, clock_.now(), actor.name, static_cast<int>(file.activities.size()), file.count(Severity::Warning),
                            "\"" + crypto::sha256_hex(file.xml).substr(0, 32) + "\"", std::move(file.xml)};
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<Publication> {
        publication.id = IatiStore(*connection).insert(publication);
        audit::AuditLog(*connection).record(publication.published_at, actor, "iati.publish", "iati_publication", std::to_string(publication.id),
                                            std::to_string(publication.activity_count) + " activities, " +
                                                std::to_string(publication.warning_count) + " warnings");
        return publication;
    });
}

std::optional<Publication> IatiService::published(IatiStore::WithFile with_file)
{
    auto connection = database_.acquire();
    return IatiStore(*connection).latest(with_file);
}

}  // namespace pmi::iati
