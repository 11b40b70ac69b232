// CSV reading as spreadsheets write it (RFC 4180 plus what Excel and LibreOffice add: a
// byte-order mark, lone LF or CR line ends) and writing that spreadsheets open safely.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/csv.hpp"

namespace pmi::csv {
namespace {

using Fields = std::vector<std::vector<std::string>>;

Fields fields_of(const std::vector<Record>& records)
{
    Fields all;
    for (const auto& record : records) all.push_back(record.fields);
    return all;
}

struct ReadCase {
    const char* name;
    std::string text;
    Fields fields;
};

const ReadCase kReadCases[] = {
    {"plain", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}},
    {"crlf", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},
    {"lone_cr", "a,b\r1,2\r", {{"a", "b"}, {"1", "2"}}},
    {"no_final_line_break", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
    {"byte_order_mark", "\xEF\xBB\xBFkey,name\nx,y\n", {{"key", "name"}, {"x", "y"}}},
    {"empty_fields", ",a,,\n", {{"", "a", "", ""}}},
    {"trailing_comma_at_end_of_file", "a,", {{"a", ""}}},
    {"quoted_comma", "\"Québec, Ville de\",2\n", {{"Québec, Ville de", "2"}}},
    {"doubled_quote", "\"say \"\"hi\"\"\",x\n", {{"say \"hi\"", "x"}}},
    {"embedded_crlf_kept", "\"two\r\nlines\",x\r\n", {{"two\r\nlines", "x"}}},
    {"embedded_lf_kept", "\"two\nlines\",x\n", {{"two\nlines", "x"}}},
    {"quoted_empty", "\"\",\"\"\n", {{"", ""}}},
    {"blank_lines_skipped", "a\n\n\r\nb\n\n", {{"a"}, {"b"}}},
    {"spaces_kept", " a , b \n", {{" a ", " b "}}},
    {"utf8_text", "Hà Nội,Côte d'Ivoire,ភ្នំពេញ\n", {{"Hà Nội", "Côte d'Ivoire", "ភ្នំពេញ"}}},
    {"empty_file", "", {}},
    {"only_a_byte_order_mark", "\xEF\xBB\xBF", {}},
};

class CsvReads : public ::testing::TestWithParam<ReadCase> {};

TEST_P(CsvReads, AsASpreadsheetWroteIt)
{
    auto records = parse(GetParam().text);
    ASSERT_TRUE(records.ok()) << records.error().message;
    EXPECT_EQ(fields_of(*records), GetParam().fields);
}

struct RefusedCase {
    const char* name;
    std::string text;
    Limits limits;
    std::vector<std::string> arguments;  // row and column (or what the message names)
    std::string message_start;
};

Limits small_limits()
{
    Limits limits;
    limits.most_bytes = 100;
    limits.most_rows = 2;
    limits.most_columns = 3;
    limits.most_field_bytes = 5;
    return limits;
}

const RefusedCase kRefusedCases[] = {
    {"quote_never_closed", "a,b\nc,\"open\n", {}, {"2", "2"}, "Row {1}, column {2} opens a quote"},
    {"text_after_closing_quote", "a,\"b\"c\n", {}, {"1", "2"}, "Row {1}, column {2} has text after"},
    {"quote_inside_unquoted_field", "a,b\"c\n", {}, {"1", "2"}, "Row {1}, column {2} has a quote inside"},
    {"not_utf8", "a\nb,\xC3\x28\n", {}, {"2", "2"}, "Row {1}, column {2} is not UTF-8"},
    {"not_utf8_latin1_export", "Montr\xE9" "al\n", {}, {"1", "1"}, "Row {1}, column {2} is not UTF-8"},
    {"too_many_rows", "a\nb\nc\n", small_limits(), {"2"}, "The file has more than {1} rows"},
    {"too_many_columns", "a,b,c,d\n", small_limits(), {"1", "3"}, "Row {1} has more than {2} columns"},
    {"unquoted_field_too_long", "a\nabcdef\n", small_limits(), {"2", "1", "5"}, "Row {1}, column {2} is longer"},
    {"quoted_field_too_long", "\"abcdef\"\n", small_limits(), {"1", "1", "5"}, "Row {1}, column {2} is longer"},
};

class CsvRefuses : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(CsvRefuses, NamingRowAndColumn)
{
    auto records = parse(GetParam().text, GetParam().limits);
    ASSERT_FALSE(records.ok());
    EXPECT_EQ(records.error().code, ErrorCode::Invalid);
    EXPECT_EQ(records.error().field, "csv");
    EXPECT_EQ(records.error().arguments, GetParam().arguments);
    EXPECT_TRUE(records.error().message.starts_with(GetParam().message_start)) << records.error().message;
}

void PrintTo(const ReadCase& c, std::ostream* out) { *out << c.name; }
void PrintTo(const RefusedCase& c, std::ostream* out) { *out << c.name; }
auto case_name = [](const auto& info) { return std::string(info.param.name); };
INSTANTIATE_TEST_SUITE_P(Table, CsvReads, ::testing::ValuesIn(kReadCases), case_name);
INSTANTIATE_TEST_SUITE_P(Table, CsvRefuses, ::testing::ValuesIn(kRefusedCases), case_name);

TEST(Csv, RefusesAFileOverTheSizeLimitBeforeReadingIt)
{
    Limits limits;
    limits.most_bytes = 10;
    auto records = parse("a,b,c,d,e,f\n", limits);
    ASSERT_FALSE(records.ok());
    EXPECT_EQ(records.error().code, ErrorCode::PayloadTooLarge);
    EXPECT_EQ(records.error().arguments, std::vector<std::string>{"10"});
}

TEST(Csv, NumbersRowsAsASpreadsheetAndLinesAsAnEditor)
{
    auto records = parse("h1,h2\n\n\"two\nlines\",x\nlast,y\n");
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ((*records)[1].row, 2u);
    EXPECT_EQ((*records)[1].line, 3u);  // after the blank line 2
    EXPECT_EQ((*records)[2].row, 3u);
    EXPECT_EQ((*records)[2].line, 5u);  // the quoted field took lines 3 and 4
}

TEST(Csv, AnErrorAfterAMultiLineFieldNamesTheSpreadsheetRow)
{
    auto records = parse("\"a\nb\nc\",x\nd,e\"f\n");
    ASSERT_FALSE(records.ok());
    EXPECT_EQ(records.error().arguments, (std::vector<std::string>{"2", "2"}));
}

TEST(CsvTable, ReadsTheHeaderAndFindsColumns)
{
    auto table = Table::read("key, name ,country\r\nbf-1,Ouaga,BF\r\nvn-2,Huế,VN\r\n");
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->header(), (std::vector<std::string>{"key", "name", "country"}));
    EXPECT_EQ(table->column("name"), 1u);
    EXPECT_FALSE(table->column("region").has_value());
    ASSERT_EQ(table->records().size(), 2u);
    EXPECT_EQ(table->records()[1].fields[1], "Huế");
    EXPECT_EQ(table->records()[1].row, 3u);
    EXPECT_TRUE(table->require({"key", "country"}).ok());
    auto missing = table->require({"key", "region", "level"});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().arguments, std::vector<std::string>{"region"});
}

struct TableRefusal {
    const char* name;
    std::string text;
    std::vector<std::string> arguments;
};

const TableRefusal kTableRefusals[] = {
    {"empty", "", {}},
    {"blank_lines_only", "\n\r\n", {}},
    {"unnamed_column", "a,,c\n", {"2"}},
    {"column_named_twice", "key,name,key\n", {"key"}},
    {"short_row", "a,b,c\n1,2\n", {"2", "2", "3"}},
    {"long_row", "a,b\n1,2\n1,2,3\n", {"3", "3", "2"}},
};

class CsvTableRefuses : public ::testing::TestWithParam<TableRefusal> {};

TEST_P(CsvTableRefuses, SayingWhy)
{
    auto table = Table::read(GetParam().text);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().field, "csv");
    EXPECT_EQ(table.error().arguments, GetParam().arguments) << table.error().message;
}

void PrintTo(const TableRefusal& c, std::ostream* out) { *out << c.name; }
INSTANTIATE_TEST_SUITE_P(Table, CsvTableRefuses, ::testing::ValuesIn(kTableRefusals), case_name);

TEST(CsvWrite, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(field("plain"), "plain");
    EXPECT_EQ(field("a,b"), "\"a,b\"");
    EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(field(""), "");
    EXPECT_EQ(row({"a", "b,c", ""}), "a,\"b,c\",\r\n");
}

TEST(CsvWrite, NeutralisesFormulasButNotNumbers)
{
    EXPECT_EQ(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(field("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(field("+33 1 23"), "'+33 1 23");
    EXPECT_EQ(field("-cmd"), "'-cmd");
    EXPECT_EQ(field("\tx"), "'\tx");
    EXPECT_EQ(field("-3"), "-3");
    EXPECT_EQ(field("+1.5"), "+1.5");
    EXPECT_EQ(field("-"), "'-");
    EXPECT_EQ(field("=1+1", Formulas::Kept), "=1+1");
}

TEST(CsvWrite, WhatIsWrittenReadsBackTheSame)
{
    const std::vector<std::string> values = {"Saint-Jean-sur-Richelieu", "a,b", "\"q\"", "x\r\ny", "", "-7", "Hà Nội"};
    auto records = parse(row(values, Formulas::Kept) + row(values, Formulas::Kept));
    ASSERT_TRUE(records.ok()) << records.error().message;
    ASSERT_EQ(records->size(), 2u);
    EXPECT_EQ((*records)[0].fields, values);
    EXPECT_EQ((*records)[1].fields, values);
}

}  // namespace
}  // namespace pmi::csv
