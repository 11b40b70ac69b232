#include "partnerships/envelope_dashboard.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace pmi::partnerships {
namespace {

void add(GroupFigures& group, int fiscal_year, const Figures& figures)
{
    group.by_year[fiscal_year] += figures;
    group.total += figures;
}

}  // namespace

std::vector<Warning> program_warnings(const EnvelopeReport& program)
{
    std::vector<Warning> warnings;
    for (const auto& year : program.years) {
        if (year.over()) warnings.push_back({Overrun::Budget, year.fiscal_year, "", year.budgeted - year.cash});
        if (year.overspent()) warnings.push_back({Overrun::Spending, year.fiscal_year, "", year.spent - year.cash});
        if (year.over_in_kind()) warnings.push_back({Overrun::InKind, year.fiscal_year, "", year.contributed - year.in_kind});
    }
    return warnings;
}

Figures& Figures::operator+=(const Figures& other)
{
    committed += other.committed, spent += other.spent, in_kind += other.in_kind;
    return *this;
}

Dashboard dashboard(EnvelopeReport program, const std::vector<PartnershipPlace>& places, const std::vector<CommittedYear>& committed,
                    const std::vector<ApprovedTotal>& approved, const std::vector<InKindGroup>& in_kind)
{
    Dashboard board;
    board.program = std::move(program);
    std::unordered_map<std::int64_t, const PartnershipPlace*> place_of;
    for (const auto& place : places) {
        place_of.emplace(place.id.value, &place);
        board.partnership_names.emplace(std::to_string(place.id.value), place.name);
    }
    auto count = [&](PartnershipId id, int fiscal_year, const Figures& figures) {
        add(board.all, fiscal_year, figures);
        auto found = place_of.find(id.value);
        if (found == place_of.end()) return;
        const auto& place = *found->second;
        add(board.by_partnership[std::to_string(id.value)], fiscal_year, figures);
        add(board.by_country[place.country], fiscal_year, figures);
        if (place.areas.empty()) add(board.by_area[""], fiscal_year, figures);
        for (const auto& area : place.areas) add(board.by_area[area], fiscal_year, figures);
    };
    for (const auto& line : committed) count(line.partnership, line.fiscal_year, {line.amount, {}, {}});
    for (const auto& total : approved) count(total.partnership, total.fiscal_year, {{}, total.spent, total.in_kind});
    for (const auto& group : in_kind) board.in_kind_by_municipality[group.municipality] += group.amount;

    board.warnings = program_warnings(board.program);
    std::vector<Warning> partnerships;
    for (const auto& [id, group] : board.by_partnership)
        for (const auto& [year, figures] : group.by_year)
            if (figures.overspent())
                partnerships.push_back({Overrun::Spending, year, board.partnership_names.at(id), figures.spent - figures.committed});
    std::stable_sort(partnerships.begin(), partnerships.end(),
                     [](const Warning& a, const Warning& b) { return std::tie(a.partnership, a.fiscal_year) < std::tie(b.partnership, b.fiscal_year); });
    board.warnings.insert(board.warnings.end(), partnerships.begin(), partnerships.end());
    return board;
}

}  // namespace pmi::partnerships
