#include "mailing/growth.hpp"

#include <ctime>

namespace pmi::mailing {
namespace {

// The first second of the month `offset` months after the one holding `at` (UTC).
Seconds month_start(Seconds at, int offset)
{
    std::time_t t = static_cast<std::time_t>(at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    std::tm start{};
    const int month = utc.tm_year * 12 + utc.tm_mon + offset;
    start.tm_year = month / 12;
    start.tm_mon = month % 12;
    start.tm_mday = 1;
    return static_cast<Seconds>(timegm(&start));
}

}  // namespace

std::vector<GrowthPoint> list_growth(const std::vector<ListSpan>& spans, Seconds now, int months)
{
    std::vector<GrowthPoint> points;
    for (int offset = -(months - 1); offset <= 0; ++offset) {
        GrowthPoint point;
        point.month = month_start(now, offset);
        const Seconds end = offset == 0 ? now + 1 : month_start(now, offset + 1);
        for (const auto& span : spans) {
            if (span.joined >= point.month && span.joined < end) ++point.joined;
            if (span.left && *span.left >= point.month && *span.left < end) ++point.left;
            if (span.joined < end && (!span.left || *span.left >= end)) ++point.total;
        }
        points.push_back(point);
    }
    return points;
}

}  // namespace pmi::mailing
