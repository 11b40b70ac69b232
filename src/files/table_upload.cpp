#include "files/table_upload.hpp"

#include <algorithm>

#include "files/file_store.hpp"
#include "files/xlsx_reader.hpp"

namespace pmi::files {
namespace {

enum class Upload { Csv, Workbook, Utf16, Other };

// Text for our purpose: no NUL and no control character but tab, line breaks and form feed
// in its first 64 KB. libmagic names some CSV files oddly (a header that starts with a
// keyword it knows), so its "text/" is not the only way in.
bool looks_like_text(std::string_view data)
{
    data = data.substr(0, 64 * 1024);
    return std::none_of(data.begin(), data.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f';
    });
}

Upload kind_of(std::string_view data, std::string& type)
{
    if (data.empty()) return Upload::Csv;  // the CSV reader says what an empty file lacks
    if (data.starts_with("PK\x03\x04") || data.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return Upload::Workbook;
    if (data.starts_with("\xFF\xFE") || data.starts_with("\xFE\xFF")) return Upload::Utf16;
    type = detect_content_type(data);
    if (type.starts_with("text/") || looks_like_text(data)) return Upload::Csv;
    return Upload::Other;
}

Result<csv::Table> read_table(std::string_view data, const std::string& field, const csv::Limits& limits)
{
    std::string type;
    switch (kind_of(data, type)) {
    case Upload::Csv:
        return csv::Table::read(data, limits);
    case Upload::Workbook:
        return csv::Table::from_records(TRY(read_xlsx(data, limits, field)));
    case Upload::Utf16:
        return invalid(field, "This file is UTF-16 text. Save it as CSV UTF-8 and upload it again.");
    case Upload::Other:
        break;
    }
    return invalid(field, "Only CSV (UTF-8) or Excel (XLSX) files are accepted; this file is {1}.", {type});
}

// The CSV reader and the header rules name the field "csv"; the caller's form names it.
Error on_field(Error error, const std::string& field)
{
    if (error.field == "csv") error.field = field;
    for (auto& more : error.more)
        if (more.field == "csv") more.field = field;
    return error;
}

}  // namespace

Result<csv::Table> read_table_upload(std::string_view data, const std::string& field, const csv::Limits& limits)
{
    auto table = read_table(data, field, limits);
    if (!table.ok()) return on_field(table.take_error(), field);
    return table;
}

}  // namespace pmi::files
