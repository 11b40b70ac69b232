// The map's panels as built from Natural Earth, and how marks are spread around a country.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <stdexcept>

#include "map/panels.hpp"

namespace pmi::map {
namespace {

TEST(MapPanels, DrawEveryProgramCountryInsideItsRegionsPanel)
{
    std::set<std::string> codes, regions;
    for (const auto& panel : panels()) {
        regions.insert(panel.region);
        EXPECT_FALSE(panel.land.empty()) << panel.region;
        for (const auto& country : panel.countries) {
            codes.insert(country.code);
            EXPECT_EQ(country.path.front(), 'M') << country.code;
            EXPECT_GT(country.anchor.x, 0);
            EXPECT_LT(country.anchor.x, panel.width);
            EXPECT_GT(country.anchor.y, 0);
            EXPECT_LT(country.anchor.y, panel.height);
        }
    }
    EXPECT_EQ(codes, (std::set<std::string>{"BF", "BO", "CI", "KH", "ML", "NI", "VN"}));
    EXPECT_EQ(regions, (std::set<std::string>{"africa", "asia", "latin-america"}));
}

const Panel& panel_of(const std::string& region)
{
    for (const auto& panel : panels())
        if (panel.region == region) return panel;
    throw std::runtime_error("no panel " + region);
}

TEST(MapPanels, PlaceASeatOfKnownCoordinatesInItsCountrysPanelOnly)
{
    const auto& africa = panel_of("africa");
    const auto ouagadougou = project(africa, 12.37, -1.52);
    ASSERT_TRUE(ouagadougou);
    for (const auto& country : africa.countries)
        if (country.code == "BF") {
            EXPECT_LT(std::hypot(ouagadougou->x - country.anchor.x, ouagadougou->y - country.anchor.y), 40) << "near Burkina Faso's centre";
        }
    EXPECT_FALSE(project(africa, 11.56, 104.92)) << "Phnom Penh is not on the African panel";
    EXPECT_TRUE(project(panel_of("asia"), 11.56, 104.92));
    EXPECT_FALSE(project(africa, 45.42, -75.70)) << "Ottawa is on no panel";
}

TEST(SpreadAround, StartsAtTheAnchorAndKeepsMarksApart)
{
    const Point anchor{100, 50};
    for (std::size_t count : {0u, 1u, 2u, 7u, 60u}) {
        const auto points = spread_around(anchor, count, 8);
        ASSERT_EQ(points.size(), count);
        if (count) {
            EXPECT_DOUBLE_EQ(points[0].x, 100);
        }
        for (std::size_t i = 0; i < points.size(); ++i)
            for (std::size_t j = i + 1; j < points.size(); ++j)
                EXPECT_GE(std::hypot(points[i].x - points[j].x, points[i].y - points[j].y), 7.9) << i << " and " << j << " of " << count;
    }
}

TEST(SpreadAround, GivesTheSamePointsEachTime)
{
    const auto first = spread_around({0, 0}, 12, 6);
    const auto second = spread_around({0, 0}, 12, 6);
    for (std::size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].y, second[i].y);
}

}  // namespace
}  // namespace pmi::map
