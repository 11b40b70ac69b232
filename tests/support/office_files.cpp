#include "support/office_files.hpp"

#include <unistd.h>
#include <zip.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pmi::testing {
namespace {

std::filesystem::path temporary_path(const char* extension)
{
    static std::atomic<int> counter{0};
    return std::filesystem::temp_directory_path() /
           ("pmi-office-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + extension);
}

std::string read_and_remove(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    in.close();
    std::filesystem::remove(path);
    return bytes.str();
}

constexpr const char* kSpreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

}  // namespace

std::string zip_package(const std::vector<std::pair<std::string, std::string>>& entries)
{
    const auto path = temporary_path(".zip");
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("cannot create a test archive");
    for (const auto& [name, content] : entries) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) throw std::runtime_error("cannot add " + name);
    }
    if (zip_close(archive) != 0) throw std::runtime_error("cannot write the test archive");
    return read_and_remove(path);
}

std::string xlsx_workbook(const std::function<void(lxw_workbook*)>& fill)
{
    const auto path = temporary_path(".xlsx");
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) throw std::runtime_error("cannot create a test workbook");
    fill(workbook);
    if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("cannot write the test workbook");
    return read_and_remove(path);
}

std::string xlsx_package_with_sheet(const std::string& sheet_xml, const std::string& strings)
{
    std::string types =
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
        R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
        R"(</Types>)";
    std::string root = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") +
                       R"(<Relationship Id="rId1" Type=")" + kRelationships + R"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
    std::string workbook = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns=")") + kSpreadsheet + R"(" xmlns:r=")" +
                           kRelationships + R"("><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    std::string workbook_rels = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") +
                                R"(<Relationship Id="rId1" Type=")" + kRelationships + R"(/worksheet" Target="worksheets/sheet1.xml"/>)";
    std::vector<std::pair<std::string, std::string>> entries = {{"[Content_Types].xml", types}, {"_rels/.rels", root}, {"xl/workbook.xml", workbook}};
    if (!strings.empty()) {
        workbook_rels += R"(<Relationship Id="rId2" Type=")" + std::string(kRelationships) + R"(/sharedStrings" Target="sharedStrings.xml"/>)";
        entries.emplace_back("xl/sharedStrings.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns=")") + kSpreadsheet + "\">" + strings + "</sst>");
    }
    entries.emplace_back("xl/_rels/workbook.xml.rels", workbook_rels + "</Relationships>");
    entries.emplace_back("xl/worksheets/sheet1.xml", sheet_xml);
    return zip_package(entries);
}

std::string xlsx_package(const std::string& rows, const std::string& strings)
{
    return xlsx_package_with_sheet(std::string(R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns=")") + kSpreadsheet +
                                       "\"><sheetData>" + rows + "</sheetData></worksheet>",
                                   strings);
}

}  // namespace pmi::testing
