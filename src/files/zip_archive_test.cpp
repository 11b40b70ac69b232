#include "files/zip_archive.hpp"

#include <gtest/gtest.h>

#include "support/office_files.hpp"

namespace pmi::files {
namespace {

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) { return testing::zip_package(entries); }

constexpr std::string_view kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

TEST(ZipArchive, AWellFormedPackagePassesAndItsEntriesCanBeRead)
{
    auto data = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document>Bonjour</w:document>"}});
    EXPECT_TRUE(check_office_package(kDocx, data, "file").ok());
    auto archive = ZipArchive::open(data, "file");
    ASSERT_TRUE(archive.ok());
    ASSERT_EQ(archive->entries().size(), 2u);
    EXPECT_EQ(archive->read("word/document.xml", 1000).value(), "<w:document>Bonjour</w:document>");
    EXPECT_FALSE(archive->read("word/missing.xml", 1000).ok());
}

TEST(ZipArchive, BytesThatAreNoArchiveAreRefusedNamingTheField)
{
    auto refused = check_office_package(kXlsx, "PK\x03\x04 not really a zip", "cvs");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "cvs");
    EXPECT_FALSE(check_office_package(kDocx, make_zip({{"word/document.xml", "<w/>"}}), "file").ok()) << "no [Content_Types].xml";
}

TEST(ZipArchive, OtherTypesAreNotInspected)
{
    EXPECT_TRUE(check_office_package("application/pdf", "%PDF-1.7", "file").ok());
}

TEST(ZipArchive, ADecompressionBombIsRefusedByItsRatio)
{
    // 30 MB of zeros deflates to about 30 KB: a ratio near 1000.
    auto bomb = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", std::string(30u << 20, '\0')}});
    ASSERT_LT(bomb.size(), 1u << 20);
    auto refused = check_office_package(kDocx, bomb, "file");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "file");
}

TEST(ZipArchive, InflationStopsAtTheCapWhateverTheHeadersSay)
{
    std::string text;
    for (int i = 0; text.size() < 200'000; ++i) text += std::to_string(i * 7919 % 100003) + ",";
    auto data = make_zip({{"[Content_Types].xml", "<Types/>"}, {"xl/sheet.xml", text}});
    auto archive = ZipArchive::open(data, "file");
    ASSERT_TRUE(archive.ok());
    EXPECT_FALSE(archive->read("xl/sheet.xml", 100'000).ok());
    auto small = ZipArchive::open(data, "file", {10'000, 150'000, 200});
    EXPECT_FALSE(small.ok()) << "the declared total is above the limit";
}

TEST(ZipArchive, TooManyEntriesOrEscapingNamesAreRefused)
{
    std::vector<std::pair<std::string, std::string>> many;
    for (int i = 0; i < 6; ++i) many.emplace_back("part" + std::to_string(i), "x");
    EXPECT_FALSE(ZipArchive::open(make_zip(many), "file", {5, 1u << 20, 200}).ok());
    EXPECT_FALSE(ZipArchive::open(make_zip({{"../outside.xml", "x"}}), "file").ok());
    EXPECT_FALSE(ZipArchive::open(make_zip({{"/etc/passwd", "x"}}), "file").ok());
}

}  // namespace
}  // namespace pmi::files
