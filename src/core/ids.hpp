#pragma once
// Strong ids: a UserId cannot be passed where an OrganisationId is expected.
#include <cstdint>
#include <functional>

namespace pmi {

template <typename Tag>
struct Id {
    std::int64_t value = 0;
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t v) : value(v) {}
    constexpr bool valid() const { return value > 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr auto operator<=>(Id a, Id b) { return a.value <=> b.value; }
};

using UserId = Id<struct UserTag>;
using OrganisationId = Id<struct OrganisationTag>;
using MembershipId = Id<struct MembershipTag>;
using PageId = Id<struct PageTag>;
using NewsPostId = Id<struct NewsPostTag>;

}  // namespace pmi

template <typename Tag>
struct std::hash<pmi::Id<Tag>> {
    std::size_t operator()(pmi::Id<Tag> id) const noexcept { return std::hash<std::int64_t>{}(id.value); }
};
