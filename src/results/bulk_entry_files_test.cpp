// The bulk entry parser against hostile files: whatever is uploaded is read within the
// bulk entry limits (a decompression bomb, a sheet of too many rows or too long cells, a
// file of another type) and refused with a message on "file", or planned row by row;
// nothing of a hostile file reaches a plan's writes.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "files/table_upload.hpp"
#include "results/bulk_entry.hpp"
#include "results/figures.hpp"
#include "support/office_files.hpp"

namespace pmi::results {
namespace {

Indicator people()
{
    Indicator i;
    i.id = IndicatorId{1}, i.code = "1211.1", i.unit = Unit::Number, i.aggregation = Aggregation::Sum, i.disaggregation = Disaggregation::Sex;
    i.frequency = Frequency::Quarterly;
    return i;
}

Period quarter()
{
    Period p;
    p.id = PeriodId{7}, p.frequency = Frequency::Quarterly, p.fiscal_year = 2026, p.number = 1;
    return p;
}

// The plan of an uploaded file, or the refusal of the upload.
Result<BulkPlan> planned(std::string_view data)
{
    auto table = files::read_table_upload(data, "file", kBulkLimits);
    if (!table.ok()) return table.error();
    return plan_bulk_entry(*table, {people()}, quarter(), {}, BulkMode::Add);
}

std::string inline_cell(const std::string& reference, const std::string& text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

TEST(BulkEntryFiles, AWorkbookTemplateIsPlannedLikeItsCsv)
{
    const std::string header = "<row r=\"1\">" + inline_cell("A1", "indicator") + inline_cell("B1", "cell") + inline_cell("C1", "value") + "</row>";
    auto workbook = testing::xlsx_package(header + "<row r=\"2\">" + inline_cell("A2", "1211.1") + inline_cell("B2", "total") + "<c r=\"C2\"><v>12</v></c></row>");
    auto plan = planned(workbook);
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    EXPECT_TRUE(plan->problems.empty());
    ASSERT_EQ(plan->writes.size(), 1u);
    EXPECT_EQ(plan->writes[0].values.values.front().value, 12 * kScale);
    auto csv = planned("indicator,cell,value\r\n1211.1,total,12\r\n");
    ASSERT_TRUE(csv.ok());
    EXPECT_EQ(csv->writes[0].values.values, plan->writes[0].values.values);
}

TEST(BulkEntryFiles, ADecompressionBombIsRefused)
{
    auto bomb = testing::xlsx_package_with_sheet("<worksheet><sheetData>" + std::string(50u << 20, ' ') + "</sheetData></worksheet>");
    ASSERT_LT(bomb.size(), 1u << 20);
    auto plan = planned(bomb);
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().field, "file");
}

TEST(BulkEntryFiles, HugeSheetsAndLongCellsAreRefusedWithinTheLimits)
{
    std::string rows;
    for (int row = 1; row <= 6000; ++row) rows += "<row r=\"" + std::to_string(row) + "\"><c r=\"A" + std::to_string(row) + "\"><v>1</v></c></row>";
    auto many = planned(testing::xlsx_package(rows));
    ASSERT_FALSE(many.ok());
    EXPECT_EQ(many.error().field, "file");
    EXPECT_EQ(many.error().arguments.front(), "5000");

    std::string csv = "indicator,cell,value\n";
    for (int row = 0; row < 6000; ++row) csv += "1211.1,total,1\n";
    EXPECT_EQ(planned(csv).error().field, "file");
    EXPECT_EQ(planned("indicator,cell,value\n1211.1,total," + std::string(5000, '9') + "\n").error().field, "file");
    EXPECT_EQ(planned(std::string(3u << 20, 'a')).error().code, ErrorCode::PayloadTooLarge);
    EXPECT_EQ(planned("indicator,cell,value\n1211.1,total,1" + std::string(30, ',') + "\n").error().field, "file") << "more columns than allowed";
}

TEST(BulkEntryFiles, FilesOfAnotherTypeAreRefused)
{
    EXPECT_EQ(planned("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n").error().field, "file");
    EXPECT_EQ(planned(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).error().field, "file");
    EXPECT_EQ(planned(testing::zip_package({{"word/document.xml", "<w:document/>"}})).error().field, "file") << "a package that is no workbook";
    auto no_columns = planned("name,amount\nReo,12\n");
    ASSERT_FALSE(no_columns.ok());
    EXPECT_EQ(no_columns.error().arguments, std::vector<std::string>{"indicator"});
}

TEST(BulkEntryFiles, HostileTextInCellsIsReportedNeverWritten)
{
    auto plan = planned("indicator,cell,value\n=cmd|'/C calc'!A0,total,1\n1211.1,<script>,2\n1211.1,total,=1+1\n1211.1,total,1e9\n,total,3\n");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    EXPECT_EQ(plan->problems.size(), 5u);
    EXPECT_EQ(plan->problems[4].error.message, "Write the indicator's code on this row, as the template does.");
    EXPECT_TRUE(plan->writes.empty());
    EXPECT_EQ(plan->problems[0].column, "indicator");
    EXPECT_EQ(plan->problems[1].column, "cell");
}

TEST(BulkEntryFiles, FigurePlansAFullTemplateQuickly)
{
    // 380 indicators by sex and age: 4940 rows of 13 cells each, every value filled.
    constexpr int kIndicators = 380;
    std::vector<Indicator> indicators;
    for (int n = 0; n < kIndicators; ++n) {
        auto i = people();
        i.id = IndicatorId{n + 1}, i.code = "9." + std::to_string(n), i.disaggregation = Disaggregation::SexAndAge;
        indicators.push_back(std::move(i));
    }
    const auto cells = cells_of(Disaggregation::SexAndAge);
    auto data = testing::xlsx_workbook([&](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "results");
        lxw_col_t c = 0;
        for (const auto& column : bulk_columns()) worksheet_write_string(sheet, 0, c++, column.c_str(), nullptr);
        lxw_row_t r = 1;
        for (const auto& i : indicators) {
            worksheet_write_string(sheet, r, 0, i.code.c_str(), nullptr);
            worksheet_write_string(sheet, r, 3, "total", nullptr);
            worksheet_write_number(sheet, r++, 7, static_cast<double>(cells.size()), nullptr);
            for (const auto& cell : cells) {
                worksheet_write_string(sheet, r, 0, i.code.c_str(), nullptr);
                worksheet_write_string(sheet, r, 3, cell.c_str(), nullptr);
                worksheet_write_number(sheet, r++, 7, 1, nullptr);
            }
        }
    });
    const auto start = std::chrono::steady_clock::now();
    auto table = files::read_table_upload(data, "file", kBulkLimits);
    ASSERT_TRUE(table.ok()) << table.error().message;
    const auto read = std::chrono::steady_clock::now();
    auto plan = plan_bulk_entry(*table, indicators, quarter(), {}, BulkMode::Replace);
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    const auto planning = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - read);
    ASSERT_TRUE(plan.ok());
    EXPECT_TRUE(plan->problems.empty());
    EXPECT_EQ(plan->writes.size(), static_cast<std::size_t>(kIndicators));
    EXPECT_EQ(plan->rows, kIndicators * (cells.size() + 1));
    std::cout << "[ figure ] bulk entry: " << plan->rows << "-row XLSX (" << data.size() / 1024 << " KB) read and planned: " << elapsed.count() << " ms (planning " << planning.count() << " ms)\n";
#if defined(__SANITIZE_ADDRESS__)
    EXPECT_LT(elapsed.count(), 15'000) << "with sanitizers, on a busy machine";
#else
    EXPECT_LT(elapsed.count(), 1000);
#endif
}

}  // namespace
}  // namespace pmi::results
