#pragma once
// The geometry of a workplan's timeline, drawn as SVG: one row per activity with a bar from
// its start to its end, months along the top, milestones as diamonds (on the row of their
// activity, or on a last row of their own), and a line for today. Pure, so it is tested
// without pages, and linear in the number of activities and milestones.
#include <optional>
#include <string>
#include <vector>

#include "partnerships/workplan_service.hpp"

namespace pmi::partnerships {

struct Timeline {
    static constexpr long kLabelWidth = 220;  // the titles on the left
    static constexpr long kChartWidth = 640;  // the months
    static constexpr long kRowHeight = 24;
    static constexpr long kHeaderHeight = 28;

    struct Month {
        long x = 0;
        std::string label;  // "2026-04"; empty when the month is not labelled (long workplans)
    };
    struct Bar {
        std::size_t activity = 0;  // index in the workplan's activities
        long x = 0, width = 0, y = 0;
        bool overdue = false;
    };
    struct Diamond {
        std::size_t milestone = 0;  // index in the workplan's milestones
        long x = 0, y = 0;          // the centre
        bool overdue = false;
    };

    long width = kLabelWidth + kChartWidth;
    long height = 0;
    long milestone_row_y = -1;  // the row of milestones without an activity, or -1
    std::vector<Month> months;
    std::vector<Bar> bars;
    std::vector<Diamond> diamonds;
    std::optional<long> today_x;  // when today falls inside the drawn months
};

// Spans the partnership's months (or those of its activities and milestones when it has no
// dates); a workplan with nothing dated has no months and no bars.
Timeline timeline(const Workplan& workplan);

}  // namespace pmi::partnerships
