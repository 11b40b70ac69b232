#pragma once
// The map's regional panels, drawn at build time (scripts/build-map.mjs) from Natural Earth
// boundaries and carried in the binary: per program region, the neighbouring land as one
// path and each program country as its own path with the point where its marks gather.
#include <optional>
#include <string>
#include <vector>

namespace pmi::map {

struct Point {
    double x = 0, y = 0;
};

struct CountryShape {
    std::string code;  // ISO 3166-1 alpha-2
    std::string path;  // SVG path data in the panel's coordinates
    Point anchor;      // the country's centroid, projected
};

struct Panel {
    std::string region;  // the program's region code
    double width = 0, height = 0;
    double scale = 0;  // of its Mercator projection, with the translation below
    Point translate;
    std::string land;
    std::vector<CountryShape> countries;
};

// Parsed once from the embedded map.json; throws std::runtime_error when it is missing or
// malformed (a build fault, not a user's).
const std::vector<Panel>& panels();

// Where a place of `latitude` and `longitude` (degrees) is drawn on the panel: its Mercator
// projection; nothing when that falls outside the panel.
std::optional<Point> project(const Panel& panel, double latitude, double longitude);

// `count` points around `anchor`, none closer to another than `spacing`: a sunflower
// spiral, the same points for the same count, so the map does not move between visits.
std::vector<Point> spread_around(Point anchor, std::size_t count, double spacing);

}  // namespace pmi::map
