#include "files/table_upload.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "files/xlsx_writer.hpp"
#include "files/zip_archive.hpp"
#include "support/office_files.hpp"

namespace pmi::files {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows fields_of(const csv::Table& table)
{
    Rows rows;
    for (const auto& record : table.records()) rows.push_back(record.fields);
    return rows;
}

const std::vector<std::string> kHeader = {"name", "country", "population", "languages"};
const Rows kRows = {{"Siem Reap", "KH", "245494", "km, fr"},
                    {"Ouahigouya", "BF", "", "fr"},
                    {"Hà Nội", "VN", "8053663", "vi"},
                    {"=HYPERLINK(\"http://evil\")", "BO", "-12.5", "es"}};

std::string as_csv()
{
    std::string text = csv::row(kHeader, csv::Formulas::Kept);
    for (const auto& row : kRows) text += csv::row(row, csv::Formulas::Kept);
    return text;
}

TEST(TableUpload, ACsvFileAndTheSameTableInAWorkbookGiveEqualTables)
{
    auto from_csv = read_table_upload(as_csv(), "partners");
    ASSERT_TRUE(from_csv.ok()) << from_csv.error().message;
    auto from_xlsx = read_table_upload(write_xlsx("Partners", kHeader, kRows), "partners");
    ASSERT_TRUE(from_xlsx.ok()) << from_xlsx.error().message;
    EXPECT_EQ(from_xlsx->header(), kHeader);
    EXPECT_EQ(fields_of(*from_xlsx), kRows) << "export then import gives the table back";
    EXPECT_EQ(from_csv->header(), from_xlsx->header());
    EXPECT_EQ(fields_of(*from_csv), fields_of(*from_xlsx));
    EXPECT_EQ(from_xlsx->records().front().row, 2u);
    EXPECT_EQ(from_xlsx->column("population"), 2u);
}

TEST(TableUpload, AWorkbookFromExcelWithAShorterRowIsPaddedToTheHeader)
{
    auto data = testing::xlsx_workbook([](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        worksheet_write_string(sheet, 0, 0, "name", nullptr);
        worksheet_write_string(sheet, 0, 1, " country ", nullptr);
        worksheet_write_string(sheet, 1, 0, "Bolivia", nullptr);
    });
    auto table = read_table_upload(data, "partners");
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->header(), (std::vector<std::string>{"name", "country"})) << "header names trimmed as for CSV";
    EXPECT_EQ(fields_of(*table), (Rows{{"Bolivia", ""}}));
}

TEST(TableUpload, HeaderRulesApplyToWorkbooksAndErrorsNameTheField)
{
    auto duplicate = write_xlsx("x", {"name", "name"}, {{"a", "b"}});
    auto refused = read_table_upload(duplicate, "partners");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "partners");
    EXPECT_EQ(refused.error().message, "The header row names the column {1} twice.");
    auto unnamed = write_xlsx("x", {"name", "country"}, {{"a", "b", "a value beyond the header"}});
    refused = read_table_upload(unnamed, "partners");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "Column {1} of the header row has no name.");
    EXPECT_EQ(refused.error().arguments, (std::vector<std::string>{"3"}));
    auto ragged = read_table_upload("a,b\n1,2,3\n", "partners");
    ASSERT_FALSE(ragged.ok());
    EXPECT_EQ(ragged.error().field, "partners") << "the CSV reader's field is the caller's";
    auto empty = read_table_upload("", "partners");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message, "The file is empty. Its first row must name the columns.");
    EXPECT_EQ(empty.error().field, "partners");
}

TEST(TableUpload, TextThatIsNotUtf8AsksForCsvUtf8)
{
    auto windows = read_table_upload("name,country\nMontr\xE9" "al,CA\n", "partners");
    ASSERT_FALSE(windows.ok());
    EXPECT_NE(windows.error().message.find("Save the file as CSV UTF-8"), std::string::npos);
    EXPECT_EQ(windows.error().field, "partners");
    auto utf16 = read_table_upload(std::string("\xFF\xFEn\0a\0m\0e\0\r\0\n\0", 14), "partners");
    ASSERT_FALSE(utf16.ok());
    EXPECT_EQ(utf16.error().message, "This file is UTF-16 text. Save it as CSV UTF-8 and upload it again.");
}

TEST(TableUpload, OtherTypesAreRefusedNamingTheAcceptedOnes)
{
    constexpr char kPng[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    for (const std::string& data : {std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
                                    std::string(kPng, sizeof kPng - 1)}) {
        auto refused = read_table_upload(data, "partners");
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().field, "partners");
        EXPECT_EQ(refused.error().message, "Only CSV (UTF-8) or Excel (XLSX) files are accepted; this file is {1}.");
        EXPECT_FALSE(refused.error().arguments.at(0).empty());
    }
    auto encrypted = read_table_upload(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0') +
                                           std::string("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28),
                                       "partners");
    ASSERT_FALSE(encrypted.ok());
    EXPECT_NE(encrypted.error().message.find("Remove the password"), std::string::npos);
}

// The cells of the exported sheet as the file stores them, to see numbers stay numbers.
std::string sheet_xml(const std::string& workbook)
{
    auto archive = ZipArchive::open(workbook, "file");
    EXPECT_TRUE(archive.ok());
    return archive->read("xl/worksheets/sheet1.xml", 1u << 20).value();
}

TEST(XlsxWriter, NumbersStayNumbersAndEverythingElseIsText)
{
    auto workbook = write_xlsx("Ranking: 2026/27 [draft]", {"rank", "total", "code", "formula", "id"},
                               {{"1", "62.0", "007", "=1+1", "12345678901234567"}, {"2", "-0.25", "+3", "@SUM(A1)", "1e5"}});
    const std::string xml = sheet_xml(workbook);
    EXPECT_NE(xml.find(R"(<c r="A2"><v>1</v></c>)"), std::string::npos) << xml;
    EXPECT_TRUE(std::regex_search(xml, std::regex(R"(<c r="B2" s="\d+"><v>62</v></c>)"))) << "a number with a format of one decimal\n" << xml;
    EXPECT_TRUE(std::regex_search(xml, std::regex(R"(<c r="B3" s="\d+"><v>-0.25</v></c>)"))) << xml;
    for (const char* text : {"C2", "D2", "E2", "C3", "D3", "E3"})
        EXPECT_NE(xml.find(std::string("<c r=\"") + text + "\" t=\"s\">"), std::string::npos) << text << " is text\n" << xml;
    EXPECT_EQ(xml.find("<f>"), std::string::npos) << "no formula, ever";
    auto table = read_table_upload(workbook, "file");
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(fields_of(*table), (Rows{{"1", "62", "007", "=1+1", "12345678901234567"}, {"2", "-0.25", "+3", "@SUM(A1)", "1e5"}}))
        << "62.0 is the number 62, shown with one decimal";
    auto archive = ZipArchive::open(workbook, "file");
    EXPECT_NE(archive->read("xl/workbook.xml", 1u << 20).value().find(R"(name="Ranking  2026 27  draft")"), std::string::npos)
        << "characters a sheet name may not hold are replaced";
}

TEST(XlsxWriter, LongSheetNamesAndCellsAreCutToWhatExcelHolds)
{
    const std::string title = "Appel à partenariats — développement économique local 2026";
    auto workbook = write_xlsx(title, {"text"}, {{std::string(40'000, 'x')}});
    auto table = read_table_upload(workbook, "file", {std::size_t{64} << 20, 10, 10, 40'000});
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->records().front().fields.front().size(), 32'767u);
    auto archive = ZipArchive::open(workbook, "file");
    EXPECT_NE(archive->read("xl/workbook.xml", 1u << 20).value().find(R"(name="Appel à partenariats — développ")"), std::string::npos);
}

}  // namespace
}  // namespace pmi::files
