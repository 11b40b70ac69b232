#pragma once
// Positive controls for the injection scanners (tests/security/scanners.mjs): one
// deliberately vulnerable route per class of flaw the scanners look for, under /_controls/.
// A scan that reports nothing proves nothing by itself (signing in or a CSRF token may have
// kept the scanner out); a scan that also finds these proves it reached the program.
//
// Compiled only when CMake's PMI_POSITIVE_CONTROLS is ON (make check's scanner build); never
// in the program make build or make test builds, and a test checks that it is absent there.
#include <filesystem>

#include "db/database.hpp"
#include "web/router.hpp"

namespace pmi::testing {

// The text every control answers with, which a test looks for in the shipped binary.
inline constexpr const char* kPositiveControlMarker = "pmi-positive-control-route";

// Adds the control routes: /_controls (an index linking them), /_controls/sql (SQL built by
// concatenation), /_controls/echo (reflected XSS), /_controls/note (a form without a CSRF
// token) and /_controls/file (path traversal). `data_dir` is where /_controls/file reads.
void add_positive_controls(web::Router& router, db::Database& database, const std::filesystem::path& data_dir);

}  // namespace pmi::testing
