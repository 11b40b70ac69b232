#pragma once
// Bulk imports accept a table as CSV or as an Excel workbook: both become one csv::Table,
// so an import reads its columns the same way whatever the file was.
#include <string>
#include <string_view>

#include "core/csv.hpp"
#include "core/result.hpp"

namespace pmi::files {

// The table in `data`, told apart by content (never by the file's name): text is read as
// CSV (csv::Table::read), a ZIP package or an OLE compound file as XLSX (read_xlsx, whose
// first non-blank row is the header). Every error is on `field`: those of the CSV reader,
// of read_xlsx and of the header rules, and a refusal naming the accepted types for any
// other content (a PDF, an image), or for text in UTF-16.
Result<csv::Table> read_table_upload(std::string_view data, const std::string& field, const csv::Limits& limits = {});

}  // namespace pmi::files
