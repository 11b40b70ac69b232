#include "files/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "files/xlsx_sheet.hpp"
#include "support/office_files.hpp"

namespace pmi::files {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows fields_of(const std::vector<csv::Record>& records)
{
    Rows rows;
    for (const auto& record : records) rows.push_back(record.fields);
    return rows;
}

std::vector<std::size_t> rows_of(const std::vector<csv::Record>& records)
{
    std::vector<std::size_t> rows;
    for (const auto& record : records) rows.push_back(record.row);
    return rows;
}

Result<std::vector<csv::Record>> read(std::string_view data, const csv::Limits& limits = {})
{
    return read_xlsx(data, limits, "partners");
}

// The error's message with its arguments, for assertions that read like the user's screen.
std::string message_of(const Result<std::vector<csv::Record>>& result)
{
    EXPECT_FALSE(result.ok());
    if (result.ok()) return "";
    std::string message = result.error().message;
    for (std::size_t i = 0; i < result.error().arguments.size(); ++i) {
        const std::string placeholder = "{" + std::to_string(i + 1) + "}";
        if (auto at = message.find(placeholder); at != std::string::npos) message.replace(at, placeholder.size(), result.error().arguments[i]);
    }
    EXPECT_EQ(result.error().field, "partners") << message;
    return message;
}

const std::string kKhmer = "ក្រុងសៀមរាប";
const std::string kVietnamese = "Thành phố Hà Nội";

TEST(XlsxReader, ReadsSharedStringsNumbersAndEmptyCellsAsASpreadsheetShowsThem)
{
    auto data = testing::xlsx_workbook([](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Partners");
        const char* header[] = {"name", "country", "population", "note"};
        for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(sheet, 0, c, header[c], nullptr);
        worksheet_write_string(sheet, 1, 0, "Ville de Québec", nullptr);
        worksheet_write_string(sheet, 1, 1, "Canada", nullptr);
        worksheet_write_number(sheet, 1, 2, 549459, nullptr);
        worksheet_write_string(sheet, 2, 0, kKhmer.c_str(), nullptr);  // B3 left empty
        worksheet_write_number(sheet, 2, 2, 245494, nullptr);
        worksheet_write_string(sheet, 2, 3, "Cambodge, province de Siem Reap", nullptr);
        worksheet_write_string(sheet, 4, 0, kVietnamese.c_str(), nullptr);  // row 4 blank
        worksheet_write_string(sheet, 4, 1, "Việt Nam", nullptr);
        worksheet_write_number(sheet, 4, 2, 8.5, nullptr);
        worksheet_write_string(sheet, 4, 3, "España, año", nullptr);
        worksheet_write_blank(sheet, 5, 2, nullptr);  // formatting only: still a blank row
    });
    auto records = read(data);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), (Rows{{"name", "country", "population", "note"},
                                         {"Ville de Québec", "Canada", "549459", ""},
                                         {kKhmer, "", "245494", "Cambodge, province de Siem Reap"},
                                         {kVietnamese, "Việt Nam", "8.5", "España, año"}}));
    EXPECT_EQ(rows_of(*records), (std::vector<std::size_t>{1, 2, 3, 5})) << "the spreadsheet's own row numbers";
    EXPECT_EQ(records->back().line, 5u);
}

TEST(XlsxReader, ReadsTheFirstVisibleSheetInTheWorkbooksOrder)
{
    auto data = testing::xlsx_workbook([](lxw_workbook* workbook) {
        lxw_worksheet* hidden = workbook_add_worksheet(workbook, "Instructions");
        lxw_worksheet* first = workbook_add_worksheet(workbook, "Partners");
        lxw_worksheet* second = workbook_add_worksheet(workbook, "Other");
        worksheet_write_string(hidden, 0, 0, "hidden", nullptr);
        worksheet_write_string(first, 0, 0, "first", nullptr);
        worksheet_write_string(second, 0, 0, "second", nullptr);
        worksheet_activate(first);
        worksheet_hide(hidden);
    });
    auto records = read(data);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), (Rows{{"first"}}));
}

// The workbook lists sheet2.xml first: the order is the workbook's, never the file names'.
TEST(XlsxReader, FindsTheSheetThroughTheWorkbooksRelationships)
{
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string sheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>)";
    auto data = testing::zip_package({
        {"_rels/.rels", R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type=")" + rel + R"(/officeDocument" Target="/book/main.xml"/></Relationships>)"},
        {"book/main.xml", R"(<workbook xmlns:r=")" + rel + R"("><sheets><sheet name="B" sheetId="2" r:id="rB"/><sheet name="A" sheetId="1" r:id="rA"/></sheets></workbook>)"},
        {"book/_rels/main.xml.rels", R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rA" Type=")" + rel +
                                         R"(/worksheet" Target="sheets/sheet1.xml"/><Relationship Id="rB" Type=")" + rel + R"(/worksheet" Target="../book/sheets/sheet2.xml"/></Relationships>)"},
        {"book/sheets/sheet1.xml", sheet + "sheet one</t></is></c></row></sheetData></worksheet>"},
        {"book/sheets/sheet2.xml", sheet + "sheet two</t></is></c></row></sheetData></worksheet>"},
    });
    auto records = read(data);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), (Rows{{"sheet two"}}));
}

TEST(XlsxReader, ReadsInlineStringsRichTextFormulaResultsBooleansAndErrors)
{
    const std::string strings = R"(<si><r><rPr><b/></rPr><t>Bon</t></r><r><t xml:space="preserve">jour </t></r><r><t>à tous</t></r></si>)"
                                R"(<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>)"
                                R"(<si><t>line_x000D_
break _x005F_x0041_ 😀 _x00e9_</t></si>)";
    auto data = testing::xlsx_package(
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)"
        R"(<row r="2"><c r="A2" t="inlineStr"><is><t>inline é</t></is></c><c r="B2" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>)"
        R"(<c r="C2" t="str"><f>CONCAT("a","b")</f><v>ab</v></c></row>)"
        R"(<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3"><f>SUM(A1:A2)</f></c></row>)"
        R"(<row><c t="inlineStr"><is><t xml:space="preserve">  spaced  </t></is></c><c><v>7</v></c></row>)",
        strings);
    auto records = read(data);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), (Rows{{"Bonjour à tous", "東京", "line\r\nbreak _x0041_ 😀 é"},
                                         {"inline é", "rich", "ab"},
                                         {"TRUE", "FALSE", "#DIV/0!"},
                                         {"  spaced  ", "7", ""}}))
        << "D3 is a formula with no result: empty, and no row reaches column D";
    EXPECT_EQ(rows_of(*records), (std::vector<std::size_t>{1, 2, 3, 4})) << "rows without r follow the one before";
}

TEST(XlsxReader, NumbersReadAsWrittenUnlessExponentsOrBinaryNoise)
{
    EXPECT_EQ(number_text("1200"), "1200");
    EXPECT_EQ(number_text("-12.50"), "-12.50");
    EXPECT_EQ(number_text("0.1"), "0.1");
    EXPECT_EQ(number_text("1.2E3"), "1200");
    EXPECT_EQ(number_text("3.0000000000000004"), "3");
    EXPECT_EQ(number_text("0.30000000000000004"), "0.3");
    EXPECT_EQ(number_text("1E-7"), "0.0000001");
    EXPECT_EQ(number_text("1.5E+20"), "1.5E+20");
    EXPECT_EQ(number_text("9007199254740993"), "9007199254740992") << "beyond 2^53 a double has no exact integers";
    EXPECT_EQ(number_text("123456789012345678"), "1.23456789012346E+17");
    EXPECT_EQ(number_text("45678"), "45678") << "a date stays its serial number";
    EXPECT_EQ(number_text("not a number"), "not a number");
    auto data = testing::xlsx_package(R"(<row r="1"><c r="A1"><v>1.2E3</v></c><c r="B1" t="n"><v>3.0000000000000004</v></c></row>)");
    auto records = read(data);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), (Rows{{"1200", "3"}}));
}

TEST(XlsxReader, CellsArePlacedByTheirReferenceAndRowsPaddedToTheWidest)
{
    auto data = testing::xlsx_package(R"(<row r="3"><c r="B3"><v>1</v></c></row><row r="7" spans="1:5"><c r="E7"><v>2</v></c><c r="F7" s="1"/></row>)");
    auto records = read(data);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), (Rows{{"", "1", "", "", ""}, {"", "", "", "", "2"}}));
    EXPECT_EQ(rows_of(*records), (std::vector<std::size_t>{3, 7}));
    EXPECT_EQ(column_letters(1), "A");
    EXPECT_EQ(column_letters(26), "Z");
    EXPECT_EQ(column_letters(28), "AB");
    EXPECT_EQ(column_letters(16384), "XFD");
}

TEST(XlsxReader, PackagesThatAreNoWorkbookAreRefusedSayingWhatToDo)
{
    EXPECT_NE(message_of(read("name,country\n")).find("ZIP"), std::string::npos);
    EXPECT_NE(message_of(read(testing::zip_package({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}})))
                  .find("not an Excel workbook"),
              std::string::npos);
    std::string encrypted = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(500, '\0') +
                            std::string("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28) + std::string(100, '\0');
    EXPECT_NE(message_of(read(encrypted)).find("Remove the password"), std::string::npos);
    EXPECT_NE(message_of(read(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'))).find("old Excel file"), std::string::npos);
}

TEST(XlsxReader, MissingOrInconsistentPartsAreNamed)
{
    auto without_sheet = testing::zip_package({{"xl/workbook.xml", "<workbook><sheets/></workbook>"}});
    EXPECT_NE(message_of(read(without_sheet)).find("no worksheet"), std::string::npos);
    auto package = testing::xlsx_package(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)");
    EXPECT_NE(message_of(read(package)).find("xl/worksheets/sheet1.xml"), std::string::npos) << "a shared string the workbook lacks";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    auto dangling = testing::zip_package({
        {"xl/workbook.xml", R"(<workbook xmlns:r=")" + rel + R"("><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels", R"(<Relationships><Relationship Id="rId1" Type=")" + rel + R"(/worksheet" Target="worksheets/gone.xml"/></Relationships>)"},
    });
    EXPECT_NE(message_of(read(dangling)).find("xl/worksheets/gone.xml is missing"), std::string::npos);
    for (const char* rows : {R"(<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>)",
                             R"(<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>)",
                             R"(<row r="1"><c r="A2"><v>1</v></c></row>)", R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)",
                             R"(<row r="1"><c r="A1" t="zz"><v>1</v></c></row>)"})
        EXPECT_NE(message_of(read(testing::xlsx_package(rows))).find("xl/worksheets/sheet1.xml"), std::string::npos) << rows;
}

TEST(XlsxReader, MalformedXmlIsRefusedNamingThePart)
{
    auto broken_sheet = testing::xlsx_package_with_sheet("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>");
    EXPECT_NE(message_of(read(broken_sheet)).find("its part xl/worksheets/sheet1.xml is not well-formed XML (line 1)"), std::string::npos);
    auto broken_strings = testing::xlsx_package(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)", "<si><t>open</si>");
    EXPECT_NE(message_of(read(broken_strings)).find("xl/sharedStrings.xml"), std::string::npos);
    auto not_utf8 = testing::xlsx_package(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Montr)" + std::string("\xE9") + "al</t></is></c></row>");
    EXPECT_NE(message_of(read(not_utf8)).find("not well-formed XML"), std::string::npos);
}

TEST(XlsxReader, ADocumentTypeIsRefusedAndItsEntitiesNeverExpanded)
{
    std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">)";
    for (int level = 1; level <= 9; ++level) {
        laughs += "<!ENTITY lol" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) laughs += "&lol" + (level == 1 ? std::string() : std::to_string(level - 1)) + ";";
        laughs += "\">";
    }
    laughs += R"(]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>)";
    const auto start = std::chrono::steady_clock::now();
    EXPECT_NE(message_of(read(testing::xlsx_package_with_sheet(laughs))).find("xl/worksheets/sheet1.xml declares a document type"), std::string::npos);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));

    auto external = testing::xlsx_package_with_sheet(
        R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>)");
    EXPECT_NE(message_of(read(external)).find("declares a document type"), std::string::npos);
    // Without its declaration an entity is an error, not an empty string.
    EXPECT_NE(message_of(read(testing::xlsx_package(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>)"))).find("not well-formed"),
              std::string::npos);
}

TEST(XlsxReader, ADecompressionBombIsRefusedByTheZipLimits)
{
    auto bomb = testing::xlsx_package_with_sheet("<worksheet><sheetData>" + std::string(50u << 20, ' ') + "</sheetData></worksheet>");
    ASSERT_LT(bomb.size(), 1u << 20);
    EXPECT_NE(message_of(read(bomb)).find("expands to far more data"), std::string::npos);
}

TEST(XlsxReader, TheCsvLimitsHoldForWorkbooksToo)
{
    auto data = testing::xlsx_package(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>)"
                                      R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>long text</t></is></c></row>)"
                                      R"(<row r="4"><c r="A4"><v>1</v></c><c r="C4"><v>3</v></c></row>)");
    csv::Limits limits;
    limits.most_rows = 2;
    EXPECT_EQ(message_of(read(data, limits)), "The file has more than 2 rows. Split it into smaller files.");
    limits = {};
    limits.most_columns = 2;
    EXPECT_EQ(message_of(read(data, limits)), "Row 4 has more than 2 columns.");
    limits = {};
    limits.most_field_bytes = 5;
    EXPECT_EQ(message_of(read(data, limits)), "Row 2, column B is longer than 5 bytes.");
    limits = {};
    limits.most_bytes = data.size() - 1;
    auto too_big = read(data, limits);
    EXPECT_EQ(message_of(too_big), "The file is larger than " + std::to_string(data.size() - 1) + " bytes. Split it into smaller files.");
    EXPECT_EQ(too_big.error().code, ErrorCode::PayloadTooLarge);

    std::string rows;  // little to compress, much text
    for (int row = 1; row <= 50; ++row)
        rows += "<row r=\"" + std::to_string(row) + "\"><c r=\"A" + std::to_string(row) + "\" t=\"inlineStr\"><is><t>" + std::string(1000, 'a' + row % 26) + "</t></is></c></row>";
    auto wordy = testing::xlsx_package(rows);
    limits = {};
    limits.most_bytes = 20'000;
    ASSERT_LT(wordy.size(), limits.most_bytes);
    auto refused = read(wordy, limits);
    EXPECT_EQ(message_of(refused), "The sheet holds more than 20000 bytes of text. Split it into smaller files.");
    EXPECT_EQ(refused.error().code, ErrorCode::PayloadTooLarge);
}

TEST(XlsxReader, FigureReadsFourteenThousandRowsQuickly)
{
    constexpr int kRows = 14'000, kColumns = 16;
    auto data = testing::xlsx_workbook([](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Communes");
        for (lxw_col_t c = 0; c < kColumns; ++c) worksheet_write_string(sheet, 0, c, ("column " + std::to_string(c)).c_str(), nullptr);
        for (lxw_row_t r = 1; r <= kRows; ++r)
            for (lxw_col_t c = 0; c < kColumns; ++c) {
                if (c % 2 == 0) worksheet_write_string(sheet, r, c, ("Commune " + std::to_string(r * 31 + c)).c_str(), nullptr);
                else worksheet_write_number(sheet, r, c, r * 1.5 + c, nullptr);
            }
    });
    const auto start = std::chrono::steady_clock::now();
    auto records = read(data);
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    ASSERT_TRUE(records.ok()) << records.error().message;
    ASSERT_EQ(records->size(), kRows + 1u);
    EXPECT_EQ(records->back().fields[0], "Commune " + std::to_string(kRows * 31));
    EXPECT_EQ(records->back().fields[1], std::to_string(kRows * 3 / 2 + 1));
    std::cout << "[ figure ] " << kRows << "×" << kColumns << " XLSX (" << data.size() / 1024 << " KB) read: " << elapsed.count() << " ms\n";
    EXPECT_LT(elapsed.count(), 5000);
}

}  // namespace
}  // namespace pmi::files
