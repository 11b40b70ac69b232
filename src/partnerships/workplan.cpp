#include "partnerships/workplan.hpp"

#include "core/translator.hpp"

namespace pmi::partnerships {
namespace {

// One row per value: its stored code and its label (an English message id).
template <typename Enum>
struct Naming {
    Enum value;
    std::string_view code, label;
};

constexpr Naming<ResponsibleSide> kSides[] = {
    {ResponsibleSide::CanadianMunicipality, "canadian-municipality", N_("Canadian municipality")},
    {ResponsibleSide::PartnerLocalGovernment, "partner-local-government", N_("Partner local government")},
    {ResponsibleSide::Both, "both", N_("Both sides")},
    {ResponsibleSide::ProgramOffice, "program-office", N_("Program office")}};
constexpr Naming<ActivityStatus> kStatusNames[] = {{ActivityStatus::Planned, "planned", N_("Planned")},
                                                   {ActivityStatus::InProgress, "in-progress", N_("In progress")},
                                                   {ActivityStatus::Done, "done", N_("Done")},
                                                   {ActivityStatus::Cancelled, "cancelled", N_("Cancelled")}};

template <typename Enum, std::size_t N>
const Naming<Enum>& naming(const Naming<Enum> (&table)[N], Enum value)
{
    for (const auto& row : table)
        if (row.value == value) return row;
    return table[0];
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const Naming<Enum> (&table)[N], std::string_view code)
{
    for (const auto& row : table)
        if (row.code == code) return row.value;
    return std::nullopt;
}

}  // namespace

std::string_view responsible_code(ResponsibleSide side) { return naming(kSides, side).code; }
std::optional<ResponsibleSide> responsible_from_code(std::string_view code) { return value_of(kSides, code); }
std::string_view responsible_label(ResponsibleSide side) { return naming(kSides, side).label; }
std::string_view activity_status_code(ActivityStatus status) { return naming(kStatusNames, status).code; }
std::optional<ActivityStatus> activity_status_from_code(std::string_view code) { return value_of(kStatusNames, code); }
std::string_view activity_status_label(ActivityStatus status) { return naming(kStatusNames, status).label; }

}  // namespace pmi::partnerships
