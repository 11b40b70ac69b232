#pragma once
// Reads IATI 2.0x activity files published elsewhere into activities (activity.hpp), and
// names every element or value that has no place in them. Hostile files are refused: no
// document type (so no entities to expand), nothing loaded from the network, a size limit.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "iati/activity.hpp"

namespace pmi::iati {

inline constexpr std::size_t kMaxImportBytes = 20 * 1024 * 1024;

// Something the file says that no activity field holds, and why.
struct Unmapped {
    std::string activity;  // the iati-identifier, empty at the file's level
    std::string element;   // "transaction/transaction-type/@code", "location"
    std::string message;   // an English message id; {1} is `value`
    std::string value;
};

struct ReadActivities {
    std::vector<Activity> activities;
    std::vector<Unmapped> unmapped;
};

// Fails on "file" when it is larger than kMaxImportBytes, declares a document type, is not
// well-formed, or is not an <iati-activities> file of version 2.0x.
Result<ReadActivities> read_activities(std::string_view xml);

// 1234567 for "12345.67" (and "12345.675" rounds to cents half away from zero); nullopt for
// anything that is not a plain decimal number.
std::optional<long long> cents_from_decimal(std::string_view text);

}  // namespace pmi::iati
