#pragma once
// IATI 2.03 activity files: the program's activities written as <iati-activities>.
#include <functional>
#include <string>
#include <vector>

#include "iati/activity.hpp"

namespace pmi::iati {

inline constexpr const char* kVersion = "2.03";

// Called after each activity is written (count written, total), for progress reports.
using Progress = std::function<void(std::size_t, std::size_t)>;

// The whole file; `generated` is its generated-datetime ("2026-11-29T16:45:00Z").
std::string activities_xml(const std::vector<Activity>& activities, const std::string& generated, const Progress& progress = {});

// "12345.67" for 1234567 cents: IATI values are decimals in the currency's unit.
std::string decimal_from_cents(long long cents);

}  // namespace pmi::iati
