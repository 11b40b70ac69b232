#include "search/search.hpp"

#include <array>

#include "core/code_table.hpp"
#include "core/translator.hpp"

namespace pmi::search {
namespace {

constexpr std::array<CodeName<Kind>, 8> kKinds{{
    {Kind::News, "news", N_("News")},
    {Kind::Story, "story", N_("Partnership stories")},
    {Kind::Call, "call", N_("Calls for partnership")},
    {Kind::Partner, "partner", N_("Partner local governments")},
    {Kind::Network, "network", N_("Networks")},
    {Kind::Event, "event", N_("Events and missions")},
    {Kind::Resource, "resource", N_("Resource library")},
    {Kind::Page, "page", N_("Pages")},
}};

}  // namespace

std::string_view kind_code(Kind kind)
{
    return code_of(kKinds, kind);
}

std::optional<Kind> kind_from_code(std::string_view code)
{
    return value_of(kKinds, code);
}

const std::vector<Kind>& all_kinds()
{
    static const std::vector<Kind> kinds = values_of(kKinds);
    return kinds;
}

std::string_view kind_label(Kind kind)
{
    return label_of(kKinds, kind);
}

std::string_view audience_code(Audience audience)
{
    switch (audience) {
        case Audience::Public: return "public";
        case Audience::SignedIn: return "signed_in";
        case Audience::Members: return "members";
        case Audience::Program: return "program";
    }
    return "program";
}

}  // namespace pmi::search
