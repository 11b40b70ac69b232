#include "partnerships/workplan_timeline.hpp"

#include <algorithm>
#include <map>

#include "partnerships/fiscal_year.hpp"
#include "partnerships/workplan_rules.hpp"

namespace pmi::partnerships {
namespace {

using namespace std::chrono;

long days_between(Date from, Date to) { return static_cast<long>((sys_days{to} - sys_days{from}).count()); }

Date first_of_month(Date date) { return Date{date.year(), date.month(), day{1}}; }

std::string month_label(year_month month)
{
    const int m = static_cast<int>(static_cast<unsigned>(month.month()));
    return std::to_string(static_cast<int>(month.year())) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

// The first and last day drawn: whole months around the partnership, or around its work.
std::optional<std::pair<Date, Date>> span_of(const Workplan& workplan)
{
    std::optional<Date> from = workplan.partnership.start, to = workplan.partnership.end;
    if (!from || !to) {
        for (const auto& a : workplan.activities) {
            from = from ? std::min(*from, a.start) : a.start;
            to = to ? std::max(*to, a.end) : a.end;
        }
        for (const auto& m : workplan.milestones) {
            from = from ? std::min(*from, m.due) : m.due;
            to = to ? std::max(*to, m.due) : m.due;
        }
    }
    if (!from || !to || *to < *from) return std::nullopt;
    const auto last = year_month_day_last{to->year(), month_day_last{to->month()}};
    return std::pair{first_of_month(*from), Date{last}};
}

}  // namespace

Timeline timeline(const Workplan& workplan)
{
    Timeline t;
    const auto span = span_of(workplan);
    std::map<std::int64_t, long> row_of;  // activity id → y of its row
    for (std::size_t i = 0; i < workplan.activities.size(); ++i)
        row_of[workplan.activities[i].id.value] = Timeline::kHeaderHeight + static_cast<long>(i) * Timeline::kRowHeight;
    const auto unlinked = std::count_if(workplan.milestones.begin(), workplan.milestones.end(),
                                        [&](const Milestone& m) { return !row_of.count(m.activity.value); });
    const long rows = static_cast<long>(workplan.activities.size()) + (unlinked > 0 ? 1 : 0);
    t.height = Timeline::kHeaderHeight + std::max(rows, 1L) * Timeline::kRowHeight + 4;
    if (!span) return t;
    const auto [from, to] = *span;
    const long total_days = days_between(from, to) + 1;
    // Whole days from `from` to the left edge of `date`, scaled; dates outside are clamped.
    auto x = [&, from = from](Date date) {
        const long days = std::clamp(days_between(from, date), 0L, total_days);
        return Timeline::kLabelWidth + days * Timeline::kChartWidth / total_days;
    };

    int month_count = 0;
    for (year_month m{from.year(), from.month()}; m <= year_month{to.year(), to.month()}; m += months{1}) ++month_count;
    const int every = month_count <= 24 ? 1 : month_count <= 48 ? 3 : 6;  // keep labels apart
    int index = 0;
    for (year_month m{from.year(), from.month()}; m <= year_month{to.year(), to.month()}; m += months{1}, ++index)
        t.months.push_back({x(Date{m / 1}), index % every == 0 ? month_label(m) : ""});

    for (std::size_t i = 0; i < workplan.activities.size(); ++i) {
        const auto& a = workplan.activities[i];
        const long y = row_of.at(a.id.value);
        const long left = x(a.start);
        // The bar ends at the end of its last day, and is never thinner than a line.
        const long right = x(Date{sys_days{a.end} + days{1}});
        t.bars.push_back({i, left, std::max(right - left, 2L), y, is_overdue(a, workplan.today)});
    }
    if (unlinked > 0) t.milestone_row_y = Timeline::kHeaderHeight + static_cast<long>(workplan.activities.size()) * Timeline::kRowHeight;
    for (std::size_t i = 0; i < workplan.milestones.size(); ++i) {
        const auto& m = workplan.milestones[i];
        auto row = row_of.find(m.activity.value);
        const long y = (row != row_of.end() ? row->second : t.milestone_row_y) + Timeline::kRowHeight / 2;
        t.diamonds.push_back({i, x(m.due), y, is_overdue(m, workplan.today)});
    }
    if (workplan.today >= from && workplan.today <= to) t.today_x = x(workplan.today);
    return t;
}

}  // namespace pmi::partnerships
