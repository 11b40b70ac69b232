// The approved values behind a figure of the dashboard or the PMF (PmfService::sources).
#include <map>

#include "partnerships/access.hpp"
#include "partnerships/partnership_store.hpp"
#include "results/pmf.hpp"
#include "results/results_store.hpp"

namespace pmi::results {
namespace {

// Codes of areas and cells are letters, digits, dashes (and a slash between crossed cells):
// anything else names nothing, and must not reach a LIKE pattern.
bool plain_code(std::string_view code)
{
    if (code.size() > 60) return false;
    for (char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/')) return false;
    return true;
}

std::optional<std::string> optional_code(const std::string& code)
{
    if (code.empty()) return std::nullopt;
    return plain_code(code) ? code : std::string("-");
}

}  // namespace

Result<FigureSources> PmfService::sources(const Actor& actor, const FigureFilter& filter)
{
    auto connection = database_.acquire();
    ResultsStore results(*connection);
    auto indicator = results.indicator(filter.indicator);
    if (!indicator) return invalid("indicator", "Choose an indicator of the logic model.");
    partnerships::PartnershipStore partnership_store(*connection);
    if (filter.partnership.valid()) {
        auto own = partnership_store.find(filter.partnership);
        if (!own || (!own->published && partnerships::access_of(*connection, actor, *own) == partnerships::Access::Public)) return not_found();
    }
    ApprovedFilter approved{indicator->id, filter.partnership.valid() ? std::optional(filter.partnership) : std::nullopt,
                            filter.country.empty() ? std::nullopt : std::optional(filter.country), filter.fiscal_year};
    auto values = MeasurementStore(*connection).values_behind(approved, {optional_code(filter.area), optional_code(filter.cell)}, kMostSourceValues + 1);
    FigureSources sources{std::move(*indicator), filter, {}, values.size() > kMostSourceValues};
    if (sources.truncated) values.resize(kMostSourceValues);
    std::map<std::int64_t, partnerships::Partnership> partnerships_by_id;
    for (auto& p : partnership_store.all()) partnerships_by_id.emplace(p.id.value, std::move(p));
    std::map<std::int64_t, Period> periods;
    for (auto& p : results.periods()) periods.emplace(p.id.value, std::move(p));
    const partnerships::StaffProfiles staff(*connection, actor);
    for (auto& value : values) {
        const auto period = periods[value.approved.period.value];
        SourceValue shown{std::move(value), std::nullopt, period, false};
        auto found = partnerships_by_id.find(shown.value.approved.partnership.value);
        if (found != partnerships_by_id.end()) {
            const auto access = staff.access(actor, found->second);
            shown.people_shown = access != partnerships::Access::Public;
            if (shown.people_shown) shown.partnership = found->second;
            else if (found->second.published) shown.partnership = partnerships::public_fields(found->second);
        }
        sources.values.push_back(std::move(shown));
    }
    return sources;
}

}  // namespace pmi::results
