#include "partnerships/partnership.hpp"

#include <array>

#include "core/translator.hpp"

namespace pmi::partnerships {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> from_code(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view code)
{
    for (const auto& [value, name] : table)
        if (name == code) return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view to_code(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [each, name] : table)
        if (each == value) return name;
    return table.front().second;
}

constexpr std::array<std::pair<PartnershipStatus, std::string_view>, 4> kStatusCodes = {
    {{PartnershipStatus::Proposed, "proposed"}, {PartnershipStatus::Active, "active"}, {PartnershipStatus::Suspended, "suspended"}, {PartnershipStatus::Closed, "closed"}}};
constexpr std::array<std::pair<PartnershipStatus, std::string_view>, 4> kStatusLabels = {
    {{PartnershipStatus::Proposed, N_("Proposed")}, {PartnershipStatus::Active, N_("Active")}, {PartnershipStatus::Suspended, N_("Suspended")}, {PartnershipStatus::Closed, N_("Closed")}}};
constexpr std::array<std::pair<Category, std::string_view>, 5> kCategoryCodes = {{{Category::Travel, "travel"},
                                                                                 {Category::ProfessionalFees, "professional-fees"},
                                                                                 {Category::Equipment, "equipment"},
                                                                                 {Category::Training, "training"},
                                                                                 {Category::Other, "other"}}};
constexpr std::array<std::pair<Category, std::string_view>, 5> kCategoryLabels = {{{Category::Travel, N_("Travel")},
                                                                                  {Category::ProfessionalFees, N_("Professional fees")},
                                                                                  {Category::Equipment, N_("Equipment")},
                                                                                  {Category::Training, N_("Training")},
                                                                                  {Category::Other, N_("Other costs")}}};
constexpr std::array<std::pair<AmendmentStatus, std::string_view>, 3> kAmendmentCodes = {
    {{AmendmentStatus::Proposed, "proposed"}, {AmendmentStatus::Approved, "approved"}, {AmendmentStatus::Rejected, "rejected"}}};
constexpr std::array<std::pair<AmendmentStatus, std::string_view>, 3> kAmendmentLabels = {
    {{AmendmentStatus::Proposed, N_("Awaiting approval")}, {AmendmentStatus::Approved, N_("Approved")}, {AmendmentStatus::Rejected, N_("Rejected")}}};

}  // namespace

std::string_view status_code(PartnershipStatus status) { return to_code(kStatusCodes, status); }
std::optional<PartnershipStatus> status_from_code(std::string_view code) { return from_code(kStatusCodes, code); }
std::string_view status_label(PartnershipStatus status) { return to_code(kStatusLabels, status); }
std::string_view category_code(Category category) { return to_code(kCategoryCodes, category); }
std::optional<Category> category_from_code(std::string_view code) { return from_code(kCategoryCodes, code); }
std::string_view category_label(Category category) { return to_code(kCategoryLabels, category); }
std::string_view amendment_status_code(AmendmentStatus status) { return to_code(kAmendmentCodes, status); }
std::optional<AmendmentStatus> amendment_status_from_code(std::string_view code) { return from_code(kAmendmentCodes, code); }
std::string_view amendment_status_label(AmendmentStatus status) { return to_code(kAmendmentLabels, status); }

std::vector<const Member*> Partnership::of_kind(MemberKind kind) const
{
    std::vector<const Member*> found;
    for (const auto& member : members)
        if (member.kind == kind) found.push_back(&member);
    return found;
}

}  // namespace pmi::partnerships
