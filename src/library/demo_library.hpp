#pragma once
// The demo's library (site/demo/library.json), with small generated PDF files, loaded once.
#include "core/clock.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"

namespace pmi::library {

// Nothing when the library has any resource. Throws std::runtime_error when the demo file is
// missing or malformed.
void load_demo_library(db::Connection& connection, files::FileStore& files, Seconds now);

// A one-page PDF showing `title`, for demo files (ASCII text only).
std::string demo_pdf(std::string_view title);

}  // namespace pmi::library
