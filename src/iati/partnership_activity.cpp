#include "iati/partnership_activity.hpp"

#include <algorithm>

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::iati {
namespace {

using partnerships::MemberKind;
using partnerships::PartnershipStatus;

constexpr std::pair<std::string_view, std::string_view> kAreaSectors[] = {
    {"enabling-environment", "15112"},  // decentralisation and support to subnational government
    {"inclusive-led", "16020"},         // employment creation
    {"trade-regional", "33120"},        // trade facilitation
};

constexpr const char* kLanguages[] = {"en", "fr", "es"};

Narratives in_english(const std::string& text)
{
    Narratives n;
    n.set("en", text);
    return n;
}

// Shares that add up to 100, the first taking what the division leaves.
std::vector<Sector> sectors_of(const std::vector<std::string>& areas)
{
    std::vector<Sector> sectors;
    for (const auto& area : areas) {
        auto code = sector_of_area(area);
        if (!code.empty() && std::none_of(sectors.begin(), sectors.end(), [&](const Sector& s) { return s.code == code; }))
            sectors.push_back({std::string(code), 0});
    }
    for (std::size_t k = 0; k < sectors.size(); ++k)
        sectors[k].percentage = static_cast<int>(100 / sectors.size() + (k == 0 ? 100 % sectors.size() : 0));
    return sectors;
}

ActivityStatus status_of(PartnershipStatus status)
{
    switch (status) {
        case PartnershipStatus::Proposed: return ActivityStatus::Pipeline;
        case PartnershipStatus::Active: return ActivityStatus::Implementation;
        case PartnershipStatus::Suspended: return ActivityStatus::Suspended;
        case PartnershipStatus::Closed: return ActivityStatus::Closed;
    }
    return ActivityStatus::Pipeline;
}

std::vector<ActivityDate> dates_of(const partnerships::Partnership& p, partnerships::Date today)
{
    std::vector<ActivityDate> dates;
    if (p.start) {
        const bool started = *p.start <= today && p.status != PartnershipStatus::Proposed;
        dates.push_back({started ? DateType::ActualStart : DateType::PlannedStart, partnerships::date_text(*p.start)});
    }
    if (p.end) {
        const bool ended = *p.end <= today && p.status == PartnershipStatus::Closed;
        dates.push_back({ended ? DateType::ActualEnd : DateType::PlannedEnd, partnerships::date_text(*p.end)});
    }
    return dates;
}

std::vector<Budget> budgets_of(const std::vector<partnerships::BudgetLine>& lines)
{
    std::map<int, long long> by_year;
    for (const auto& line : lines) by_year[line.fiscal_year] += line.amount.in_cents();
    std::vector<Budget> budgets;
    for (const auto& [year, cents] : by_year) {
        auto start = partnerships::date_text(partnerships::fiscal_year_start(year));
        budgets.push_back({start, partnerships::date_text(partnerships::fiscal_year_end(year)), cents, start});
    }
    return budgets;
}

std::vector<ParticipatingOrganisation> program_participants(const Publisher& publisher, const site::Program& program)
{
    return {{OrganisationRole::Funding, {publisher.funder_ref, publisher.funder_type, program.funder}},
            {OrganisationRole::Extending, {publisher.org_ref, publisher.org_type, program.implementer}}};
}

Organisation reporting_org(const Publisher& publisher, const site::Program& program)
{
    return {publisher.org_ref, publisher.org_type, program.implementer};
}

// "Partnership of Pinecrest Landing and Sonréba" in each language.
Narratives title_of(const partnerships::Partnership& p, const Translator& translator)
{
    auto names = [&](MemberKind kind) {
        std::string joined;
        for (const auto* member : p.of_kind(kind)) joined += (joined.empty() ? "" : ", ") + member->name;
        return joined;
    };
    Narratives title;
    for (const char* language : kLanguages)
        title.set(language, translator.format(language, "Partnership of {1} and {2}", {names(MemberKind::Team), names(MemberKind::Partner)}));
    return title;
}

std::string program_identifier(const Publisher& publisher, const site::Program& program)
{
    return publisher.org_ref + "-" + program.short_name;
}

}  // namespace

std::optional<ResultType> result_type_of(std::string_view level)
{
    if (level == "ultimate") return ResultType::Impact;
    if (level == "intermediate" || level == "immediate") return ResultType::Outcome;
    if (level == "output") return ResultType::Output;
    return std::nullopt;
}

std::string_view sector_of_area(std::string_view area)
{
    for (auto [code, sector] : kAreaSectors)
        if (code == area) return sector;
    return {};
}

std::string_view area_of_sector(std::string_view sector)
{
    for (auto [area, code] : kAreaSectors)
        if (code == sector) return area;
    return {};
}

Activity program_activity(const Publisher& publisher, const site::Program& program, const std::vector<std::string>& countries,
                          const std::vector<std::string>& areas)
{
    Activity a;
    a.identifier = program_identifier(publisher, program);
    a.hierarchy = 1;
    a.reporting_org = reporting_org(publisher, program);
    a.title = program.name;
    a.description = program.summary;
    a.participants = program_participants(publisher, program);
    a.status = ActivityStatus::Implementation;
    if (program.start_year > 0) {
        a.dates.push_back({DateType::ActualStart, std::to_string(program.start_year) + "-04-01"});
        a.dates.push_back({DateType::PlannedEnd, std::to_string(program.start_year + program.duration_years) + "-03-31"});
    }
    a.recipient_countries = countries;
    a.sectors = sectors_of(areas);
    a.edit_path = "/manage";
    return a;
}

Activity partnership_activity(const Publisher& publisher, const site::Program& program, PartnershipFacts facts,
                              const Translator& translator, partnerships::Date today)
{
    const auto& p = facts.partnership;
    Activity a;
    a.identifier = publisher.org_ref + "-" + std::to_string(p.id.value);
    a.parent = program_identifier(publisher, program);
    a.reporting_org = reporting_org(publisher, program);
    a.title = title_of(p, translator);
    a.description = p.summary;
    a.participants = program_participants(publisher, program);
    for (const auto& member : p.members)
        a.participants.push_back({OrganisationRole::Implementing, {"", "11", in_english(member.name)}});  // local government
    a.status = status_of(p.status);
    a.dates = dates_of(p, today);
    if (!p.country.empty()) a.recipient_countries = {p.country};
    a.sectors = sectors_of(p.areas);
    a.budgets = budgets_of(facts.budget);
    a.transactions = std::move(facts.transactions);
    a.results = std::move(facts.results);
    a.edit_path = "/partnerships/" + std::to_string(p.id.value) + "/edit";
    return a;
}

}  // namespace pmi::iati
