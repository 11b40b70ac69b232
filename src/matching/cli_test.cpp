// `pmi match` on files: what it writes, and how it names the file, row and column of each
// problem of the input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/crypto.hpp"
#include "core/csv.hpp"
#include "matching/cli.hpp"
#include "matching/csv_input.hpp"
#include "matching/testing/problem_builder.hpp"
#include "web/i18n.hpp"

namespace pmi::matching {
namespace {

class MatchCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        folder_ = std::filesystem::temp_directory_path() / ("pmi-match-" + crypto::random_token(8));
        std::filesystem::create_directories(folder_);
        testing::ProblemBuilder builder;
        builder.team("ottawa", "fr;en", {3, 0, 0}, 1)
            .team("laval", "fr", {1, 0, 0}, 1)
            .partner("bf-a", Country::BF, "fr", {3, 0, 0})
            .partner("vn-a", Country::VN, "vi;en", {2, 0, 0})
            .forbid("laval", "vn-a");
        problem_ = builder.problem();
        write("teams.csv", write_teams(problem_.teams));
        write("partners.csv", write_partners(problem_.partners));
        write("pairs.csv", write_pairs(problem_.rules));
    }
    void TearDown() override { std::filesystem::remove_all(folder_); }

    std::string path(const std::string& name) const { return (folder_ / name).string(); }
    void write(const std::string& name, const std::string& text) const { std::ofstream(path(name), std::ios::binary) << text; }
    std::string read(const std::string& name) const
    {
        std::ifstream in(path(name), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
    int run(MatchCommand command)
    {
        errors_.str("");
        return run_match(command, i18n_, errors_);
    }

    std::filesystem::path folder_;
    Problem problem_;
    web::I18n i18n_;
    std::ostringstream errors_;
};

TEST_F(MatchCommandTest, WritesTheMatchingAsJson)
{
    MatchCommand command;
    command.teams = path("teams.csv");
    command.partners = path("partners.csv");
    command.pairs = path("pairs.csv");
    command.format = "json";
    command.output = path("out.json");
    command.weights = {"review=0", "size=0", "continuity=0"};
    ASSERT_EQ(run(command), 0) << errors_.str();
    auto json = nlohmann::json::parse(read("out.json"));
    EXPECT_EQ(json["total_fit"], 60 + 30);  // Ottawa serves Vietnam, Laval Burkina Faso
    EXPECT_EQ(json["countries_served"], 2);
    EXPECT_EQ(json["proven_optimal"], true);
    ASSERT_EQ(json["pairs"].size(), 2u);
    EXPECT_EQ(json["pairs"][0]["team"], "laval");
    EXPECT_EQ(json["pairs"][0]["terms"]["enabling-environment"], 30);
    EXPECT_TRUE(json["pairs"][0].contains("without_this_pair"));
    EXPECT_EQ(json["countries"][0]["outcome"], "served");
}

TEST_F(MatchCommandTest, ReadsTheKindOfEachInputFromItsHeader)
{
    MatchCommand command;
    command.inputs = {path("pairs.csv"), path("partners.csv"), path("teams.csv")};
    command.output = path("out.csv");
    command.weights = {"enabling-environment=20", "review=0", "size=0", "continuity=0"};
    ASSERT_EQ(run(command), 0) << errors_.str();
    auto records = csv::parse(read("out.csv"));
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->front().fields.front(), "team");
    EXPECT_EQ((*records)[1].fields[0], "laval");
    EXPECT_EQ((*records)[1].fields[2], "60");  // 20 × 1 × 3
    auto summary = std::find_if(records->begin(), records->end(), [](const csv::Record& r) { return r.fields[0] == "total_fit"; });
    ASSERT_NE(summary, records->end());
    EXPECT_EQ(summary->fields[1], "180");
}

TEST_F(MatchCommandTest, NamesTheFileRowAndColumnOfAProblem)
{
    std::string teams = read("teams.csv");
    write("teams.csv", teams.replace(teams.find(",1,,"), 4, ",x,,"));
    MatchCommand command;
    command.teams = path("teams.csv");
    command.partners = path("partners.csv");
    EXPECT_EQ(run(command), 2);
    EXPECT_NE(errors_.str().find(path("teams.csv") + ": Row 2, column capacity must be a whole number."), std::string::npos)
        << errors_.str();
}

TEST_F(MatchCommandTest, PointsAnEngineErrorAtTheRowOfTheKeyItNames)
{
    std::string partners = read("partners.csv");
    write("partners.csv", partners.replace(partners.rfind(",1\r\n"), 4, ",7\r\n"));
    MatchCommand command;
    command.teams = path("teams.csv");
    command.partners = path("partners.csv");
    command.language = "fr";
    EXPECT_EQ(run(command), 2);
    EXPECT_NE(errors_.str().find(path("partners.csv") + " row 3: "), std::string::npos) << errors_.str();
    EXPECT_NE(errors_.str().find("vn-a"), std::string::npos) << errors_.str();
}

TEST_F(MatchCommandTest, RefusesBadOptionsAndMissingFiles)
{
    MatchCommand command;
    command.teams = path("teams.csv");
    command.partners = path("nowhere.csv");
    command.format = "xml";
    command.weights = {"charm=3"};
    EXPECT_EQ(run(command), 2);
    std::string errors = errors_.str();
    EXPECT_NE(errors.find("--format"), std::string::npos) << errors;
    EXPECT_NE(errors.find("There is no weight charm"), std::string::npos) << errors;
    EXPECT_NE(errors.find("nowhere.csv"), std::string::npos) << errors;
}

TEST_F(MatchCommandTest, SaysWhenNoOneSharesALanguage)
{
    write("partners.csv", "key,name,country,region,level,population,languages,interpretation,need_enabling_environment,"
                          "need_inclusive_led,need_trade_regional,wanted_partners\nni-a,A,NI,,commune,1000,es,no,1,1,1,1\n");
    MatchCommand command;
    command.teams = path("teams.csv");
    command.partners = path("partners.csv");
    EXPECT_EQ(run(command), 2);
    EXPECT_NE(errors_.str().find("No team shares a working language with any partner"), std::string::npos) << errors_.str();
}

}  // namespace
}  // namespace pmi::matching
