// The file store's crash rules: what a crash between writing a file and naming it leaves is
// found and removed, never a file a row names or one another process may still be naming;
// and every column that names a file is one the sweep knows.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "files/file_references.hpp"
#include "files/file_store.hpp"
#include "support/test_database.hpp"

namespace pmi::files {
namespace {

class FileStoreTest : public ::testing::Test {
protected:
    FileStoreTest() : root(std::filesystem::temp_directory_path() / ("pmi-store-" + std::to_string(::getpid()))), store(root.string()) {}
    ~FileStoreTest() override { std::filesystem::remove_all(root); }

    std::filesystem::path root;
    FileStore store;
};

TEST_F(FileStoreTest, OrphansOfACrashAreRemovedAndNamedFilesKept)
{
    const auto named = store.put("%PDF-1.4 named");
    const auto unnamed = store.put("%PDF-1.4 written, but its transaction never committed");
    const auto unfinished = root / named.sha256.substr(0, 2) / (named.sha256 + ".tmp-abcdef");
    std::ofstream(unfinished) << "half a file";
    std::ofstream(root / ".serving") << "";

    const auto sweep = store.remove_orphans({named.sha256}, std::chrono::seconds(0));
    EXPECT_EQ(sweep.unnamed, 1u);
    EXPECT_EQ(sweep.unfinished, 1u);
    EXPECT_EQ(store.read(named.sha256).value(), "%PDF-1.4 named");
    EXPECT_FALSE(store.path_of(unnamed.sha256));
    EXPECT_FALSE(std::filesystem::exists(unfinished));
    EXPECT_TRUE(std::filesystem::exists(root / ".serving")) << "only files of the store's own shape are touched";
}

TEST_F(FileStoreTest, AFileYoungerThanTheGraceIsLeftToTheProcessNamingIt)
{
    const auto recent = store.put("%PDF-1.4 being named by another process");
    const auto sweep = store.remove_orphans({}, std::chrono::hours(1));
    EXPECT_EQ(sweep.unnamed, 0u);
    EXPECT_TRUE(store.path_of(recent.sha256));
}

TEST_F(FileStoreTest, OnlyTheFirstServingProcessIsAlone)
{
    auto first = std::make_unique<ServingLease>(root.string());
    EXPECT_TRUE(first->alone());
    {
        ServingLease second(root.string());
        EXPECT_FALSE(second.alone()) << "another process serves from this store";
    }
    first.reset();
    EXPECT_TRUE(ServingLease(root.string()).alone()) << "the lease ends with the process";
}

class FileColumnsTest : public ::testing::TestWithParam<std::string> {
protected:
    FileColumnsTest() : database(GetParam()) {}
    testing::TestDatabase database;
};

// A column added to name files but left out of file_columns() would have its files removed
// as orphans at the next start: the schema's *sha256 columns and the list must agree.
TEST_P(FileColumnsTest, EveryColumnThatNamesAFileIsKnown)
{
    auto connection = database->acquire();
    const char* sql = connection->dialect() == db::Dialect::Sqlite
                          ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
                            " WHERE m.type = 'table' AND p.name LIKE '%sha256' ORDER BY 1, 2"
                          : "SELECT table_name, column_name FROM information_schema.columns"
                            " WHERE table_schema = current_schema() AND column_name LIKE '%sha256' ORDER BY 1, 2";
    std::set<std::string> in_schema, known;
    for (const auto& row : connection->query(sql)) in_schema.insert(row.text(0) + "." + row.text(1));
    for (const auto& [table, column] : file_columns()) known.insert(std::string(table) + "." + std::string(column));
    EXPECT_EQ(in_schema, known);
    EXPECT_TRUE(named_files(*connection).empty());
    connection->execute("INSERT INTO library_resources (kind, title, summary, document_language, published_on, visibility, status, link,"
                        " file_sha256, created_at, updated_at) VALUES ('guide', '{}', '{}', 'en', '2027-01-01', 'public', 'draft', '', ?, 0, 0)",
                        {std::string(64, 'a')});
    EXPECT_EQ(named_files(*connection), (std::set<std::string>{std::string(64, 'a')}));
}

INSTANTIATE_TEST_SUITE_P(Backends, FileColumnsTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::files
