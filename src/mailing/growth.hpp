#pragma once
// The list's growth month by month, from when each subscriber joined and left.
#include <vector>

#include "mailing/subscriber_store.hpp"

namespace pmi::mailing {

struct GrowthPoint {
    Seconds month = 0;  // the first second of the month, UTC
    std::int64_t joined = 0;
    std::int64_t left = 0;
    std::int64_t total = 0;  // on the list at the month's end (or now, for the current month)
};

// The `months` months up to the one holding `now`, oldest first.
std::vector<GrowthPoint> list_growth(const std::vector<ListSpan>& spans, Seconds now, int months);

}  // namespace pmi::mailing
