#include "map/map_pages.hpp"

#include <map>

#include <fmt/format.h>

#include "map/panels.hpp"
#include "networks/rules.hpp"
#include "partnerships/view_helpers.hpp"

namespace pmi::map {
namespace {

constexpr double kMarkSpacing = 15;  // a mark's diameter and a gap, in panel units
constexpr std::size_t kColours = 4;  // map-mark-0 … map-mark-3 in app.css; the last for "no area"

std::string coordinate(double value)
{
    return fmt::format("{:.1f}", value);
}

// The panel and point where a network is drawn: at its seat when it has coordinates that fall
// on a panel; otherwise nowhere (a network at its country is placed among its country's marks).
std::optional<std::pair<std::string, Point>> seat_on_panels(const networks::NetworkOrganisation& network)
{
    if (!network.seat) return std::nullopt;
    for (const auto& panel : panels())
        if (auto point = project(panel, network.seat->latitude, network.seat->longitude)) return std::pair{panel.region, *point};
    return std::nullopt;
}

void add_network_mark(ctemplate::TemplateDictionary& panel, Point at, const std::string& name)
{
    auto* mark = panel.AddSectionDictionary("NETWORK_MARK");
    mark->SetValue("X", coordinate(at.x - 5));
    mark->SetValue("Y", coordinate(at.y - 5));
    mark->SetValue("CX", coordinate(at.x));
    mark->SetValue("CY", coordinate(at.y));
    mark->SetValue("NAME", name);
}

}  // namespace

web::Response MapPages::show(web::Exchange& exchange)
{
    const auto visible = partnerships_.list(exchange.actor);
    const auto areas = site_.areas();
    const auto where = site_.countries();
    auto colour_of = [&](const partnerships::Partnership& p) {
        for (std::size_t i = 0; i < areas.size() && i + 1 < kColours; ++i)
            if (!p.areas.empty() && areas[i].code == p.areas.front()) return i;
        return kColours - 1;
    };
    std::map<std::string, std::vector<const partnerships::Partnership*>, std::less<>> by_country;
    for (const auto& [p, access] : visible) by_country[p.country].push_back(&p);
    const auto networks = networks_.list(exchange.actor);
    std::map<std::string, std::vector<const networks::NetworkOrganisation*>, std::less<>> networks_by_country;
    std::map<const networks::NetworkOrganisation*, std::pair<std::string, Point>> seats;
    for (const auto& network : networks) {
        if (auto seat = seat_on_panels(network)) seats.emplace(&network, *seat);
        else if (!network.country.empty()) networks_by_country[network.country].push_back(&network);
    }

    web::Page page(views_, exchange, "map/views/map.tpl");
    page.title(page.t("Map of the partnerships"));
    auto& body = page.body();
    const auto& lang = exchange.language;
    for (const auto& panel : panels()) {
        auto* drawn = body.AddSectionDictionary("PANEL");
        drawn->SetValue("REGION", panel.region);
        for (const auto& region : where.regions)
            if (region.code == panel.region) drawn->SetValue("REGION_NAME", region.name.pick(lang).text);
        drawn->SetValue("WIDTH", coordinate(panel.width));
        drawn->SetValue("HEIGHT", coordinate(panel.height));
        drawn->SetValue("LAND", panel.land);
        for (const auto& shape : panel.countries) {
            auto* country = drawn->AddSectionDictionary("COUNTRY");
            country->SetValue("CODE", shape.code);
            country->SetValue("PATH", shape.path);
            for (const auto& known : where.countries)
                if (known.code == shape.code) country->SetValue("NAME", known.name.pick(lang).text);
            const auto found = by_country.find(shape.code);
            const auto gathered = networks_by_country.find(shape.code);
            const std::size_t partnership_count = found == by_country.end() ? 0 : found->second.size();
            const std::size_t network_count = gathered == networks_by_country.end() ? 0 : gathered->second.size();
            // The country's networks take the places after its partnerships, on the same spiral.
            const auto marks = spread_around(shape.anchor, partnership_count + network_count, kMarkSpacing);
            for (std::size_t i = 0; i < network_count; ++i) add_network_mark(*drawn, marks[partnership_count + i], gathered->second[i]->name);
            for (std::size_t i = 0; i < partnership_count; ++i) {
                auto* mark = drawn->AddSectionDictionary("MARK");
                mark->SetValue("X", coordinate(marks[i].x));
                mark->SetValue("Y", coordinate(marks[i].y));
                mark->SetIntValue("COLOUR", static_cast<long>(colour_of(*found->second[i])));
                mark->SetValue("NAME", partnerships::partnership_name(*found->second[i]));
            }
        }
        for (const auto& [network, seat] : seats)
            if (seat.first == panel.region) add_network_mark(*drawn, seat.second, network->name);
    }
    for (std::size_t i = 0; i < areas.size() && i + 1 < kColours; ++i) {
        auto* legend = body.AddSectionDictionary("LEGEND");
        legend->SetIntValue("COLOUR", static_cast<long>(i));
        legend->SetValue("NAME", areas[i].name.pick(lang).text);
    }
    for (const auto& country : where.countries) {
        const auto found = by_country.find(country.code);
        if (found == by_country.end()) continue;
        auto* listed = body.AddSectionDictionary("LISTED_COUNTRY");
        listed->SetValue("CODE", country.code);
        listed->SetValue("NAME", country.name.pick(lang).text);
        listed->SetValue("COUNT", views_.i18n.plural(lang, "{1} partnership", "{1} partnerships", static_cast<std::int64_t>(found->second.size())));
        for (const auto* p : found->second) {
            auto* item = listed->AddSectionDictionary("ITEM");
            item->SetIntValue("ID", static_cast<long>(p->id.value));
            item->SetValue("NAME", partnerships::partnership_name(*p));
            item->SetIntValue("COLOUR", static_cast<long>(colour_of(*p)));
            std::string names;
            for (const auto& code : p->areas)
                for (const auto& area : areas)
                    if (area.code == code) names += (names.empty() ? "" : ", ") + area.name.pick(lang).text;
            item->SetValue("AREAS", names);
        }
    }
    if (by_country.empty()) body.ShowSection("NONE");
    for (const auto& network : networks) {
        auto* item = body.AddSectionDictionary("NETWORK");
        item->SetValue("KEY", network.key);
        item->SetValue("NAME", network.name);
        std::string kind = page.t(networks::kind_label(network.kind));
        for (const auto& country : where.countries)
            if (country.code == network.country) kind += ", " + country.name.pick(lang).text;
        item->SetValue("WHERE", kind);
        if (!seats.count(&network) && network.country.empty()) item->ShowSection("NOT_DRAWN");
    }
    if (networks.empty()) body.ShowSection("NO_NETWORKS");
    return page.render();
}

}  // namespace pmi::map
