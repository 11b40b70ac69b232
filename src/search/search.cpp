#include "search/search.hpp"

#include <array>

#include "core/translator.hpp"

namespace pmi::search {
namespace {

struct KindName {
    Kind kind;
    std::string_view code, label;
};

constexpr std::array<KindName, 6> kKinds{{
    {Kind::News, "news", N_("News")},
    {Kind::Call, "call", N_("Calls for partnership")},
    {Kind::Partner, "partner", N_("Partner local governments")},
    {Kind::Network, "network", N_("Networks")},
    {Kind::Event, "event", N_("Events and missions")},
    {Kind::Page, "page", N_("Pages")},
}};

}  // namespace

std::string_view kind_code(Kind kind)
{
    for (const auto& name : kKinds)
        if (name.kind == kind) return name.code;
    return "page";
}

std::optional<Kind> kind_from_code(std::string_view code)
{
    for (const auto& name : kKinds)
        if (name.code == code) return name.kind;
    return std::nullopt;
}

const std::vector<Kind>& all_kinds()
{
    static const std::vector<Kind> kinds = [] {
        std::vector<Kind> all;
        for (const auto& name : kKinds) all.push_back(name.kind);
        return all;
    }();
    return kinds;
}

std::string_view kind_label(Kind kind)
{
    for (const auto& name : kKinds)
        if (name.kind == kind) return name.label;
    return "Pages";
}

std::string_view audience_code(Audience audience)
{
    switch (audience) {
        case Audience::Public: return "public";
        case Audience::SignedIn: return "signed_in";
        case Audience::Program: return "program";
    }
    return "program";
}

}  // namespace pmi::search
