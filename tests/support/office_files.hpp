#pragma once
// Office files for tests, made with the real libraries: ZIP packages with libzip, workbooks
// with libxlsxwriter, and small hand-made XLSX packages for what no writer produces.
#include <xlsxwriter.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace pmi::testing {

// A ZIP archive (deflated) holding `entries` (name, content), in that order.
std::string zip_package(const std::vector<std::pair<std::string, std::string>>& entries);

// The bytes of the workbook `fill` writes with libxlsxwriter.
std::string xlsx_workbook(const std::function<void(lxw_workbook*)>& fill);

// An XLSX package as Excel lays it out, with one worksheet whose <sheetData> content is
// `rows` and, when given, a shared strings part whose <sst> content is `strings`.
std::string xlsx_package(const std::string& rows, const std::string& strings = "");

// The same package with its worksheet part (xl/worksheets/sheet1.xml) given whole.
std::string xlsx_package_with_sheet(const std::string& sheet_xml, const std::string& strings = "");

}  // namespace pmi::testing
