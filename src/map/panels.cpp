#include "map/panels.hpp"

#include <cmath>
#include <numbers>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/embedded.hpp"

namespace pmi::map {
namespace {

std::vector<Panel> read_panels()
{
    auto text = embedded::find(embedded::assets(), "map.json");
    if (!text) throw std::runtime_error("map.json is not in the binary: the build did not run scripts/build-map.mjs");
    const auto document = nlohmann::json::parse(*text);
    std::vector<Panel> panels;
    for (const auto& panel : document.at("panels")) {
        Panel read{panel.at("region"), panel.at("width"), panel.at("height"), panel.at("scale"),
                   {panel.at("translate").at(0), panel.at("translate").at(1)}, panel.at("land"), {}};
        for (const auto& country : panel.at("countries"))
            read.countries.push_back({country.at("code"), country.at("path"), {country.at("anchor").at(0), country.at("anchor").at(1)}});
        panels.push_back(std::move(read));
    }
    return panels;
}

}  // namespace

const std::vector<Panel>& panels()
{
    static const std::vector<Panel> parsed = read_panels();
    return parsed;
}

std::optional<Point> project(const Panel& panel, double latitude, double longitude)
{
    // d3-geo's Mercator without rotation: x = scale·λ, y = −scale·ln tan(π/4 + φ/2), then translated.
    const double radians = std::numbers::pi / 180;
    const Point point{panel.translate.x + panel.scale * longitude * radians,
                      panel.translate.y - panel.scale * std::log(std::tan(std::numbers::pi / 4 + latitude * radians / 2))};
    if (!std::isfinite(point.x) || !std::isfinite(point.y) || point.x < 0 || point.y < 0 || point.x > panel.width || point.y > panel.height)
        return std::nullopt;
    return point;
}

std::vector<Point> spread_around(Point anchor, std::size_t count, double spacing)
{
    // Vogel's spiral: the golden angle between successive points and a radius growing with
    // the square root of the index keep neighbours about `spacing` apart.
    const double golden_angle = std::numbers::pi * (3 - std::sqrt(5.0));
    std::vector<Point> points;
    points.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double radius = spacing * std::sqrt(static_cast<double>(i)) * 1.05;
        const double angle = static_cast<double>(i) * golden_angle;
        points.push_back({anchor.x + radius * std::cos(angle), anchor.y + radius * std::sin(angle)});
    }
    return points;
}

}  // namespace pmi::map
