// The CSV files of a matching problem: what they hold, how their problems are named, and
// that what is written reads back the same.
#include <gtest/gtest.h>

#include "matching/csv_input.hpp"
#include "matching/testing/instances.hpp"

namespace pmi::matching {
namespace {

csv::Table table(const std::string& text)
{
    auto read = csv::Table::read(text);
    if (!read.ok()) throw std::runtime_error(read.error().message);
    return std::move(read).value();
}

const std::string kTeamHeader =
    "key,name,province,population,languages,expertise_enabling_environment,expertise_inclusive_led,"
    "expertise_trade_regional,capacity,review_score,past_partners\n";
const std::string kPartnerHeader =
    "key,name,country,region,level,population,languages,interpretation,need_enabling_environment,"
    "need_inclusive_led,need_trade_regional,wanted_partners\n";

TEST(MatchingCsv, ReadsTeams)
{
    auto teams = read_teams(table(kTeamHeader +
                                  "ottawa,\"Ottawa, City of\",ON,1017449,en;FR,3,2,1,2,87.5,bf-ouaga; vn-hue\n"
                                  "rimouski,Rimouski,QC,48935,fr,1,0,3,0,,\n"));
    ASSERT_TRUE(teams.ok()) << teams.error().message;
    ASSERT_EQ(teams->size(), 2u);
    const Team& ottawa = (*teams)[0];
    EXPECT_EQ(ottawa.name, "Ottawa, City of");
    EXPECT_EQ(ottawa.population, 1017449);
    EXPECT_EQ(ottawa.languages, language_bit(Language::English) | language_bit(Language::French));
    EXPECT_EQ(ottawa.expertise, (AreaLevels{3, 2, 1}));
    EXPECT_EQ(ottawa.capacity, 2);
    EXPECT_EQ(ottawa.review_score, 87.5);
    EXPECT_EQ(ottawa.past_partners, (std::vector<std::string>{"bf-ouaga", "vn-hue"}));
    EXPECT_FALSE((*teams)[1].review_score.has_value());
    EXPECT_TRUE((*teams)[1].past_partners.empty());
}

TEST(MatchingCsv, ReadsPartnersAndPairs)
{
    auto partners = read_partners(table(kPartnerHeader + "vn-hue,Huế,vn,Thừa Thiên Huế,Municipality,652572,vi;en,Yes,1,2,3,2\n"));
    ASSERT_TRUE(partners.ok()) << partners.error().message;
    const Partner& hue = partners->front();
    EXPECT_EQ(hue.country, Country::VN);
    EXPECT_EQ(hue.level, PartnerLevel::Municipality);
    EXPECT_TRUE(hue.interpretation);
    EXPECT_EQ(hue.needs, (AreaLevels{1, 2, 3}));
    EXPECT_EQ(hue.wanted_partners, 2);
    auto pairs = read_pairs(table("team,partner,rule\nottawa,vn-hue,pin\nrimouski,vn-hue,FORBID\n"));
    ASSERT_TRUE(pairs.ok());
    EXPECT_EQ(pairs->at(1).rule, PairRule::Forbid);
}

TEST(MatchingCsv, NamesTheRowAndColumnOfEveryProblem)
{
    auto partners = read_partners(table(kPartnerHeader +
                                        "bf-a,A,BF,Centre,commune,12000,fr,no,1,1,1,1\n"
                                        "bf-b,B,XX,Centre,village,many,fr;de,maybe,1,1,1,1\n"));
    ASSERT_FALSE(partners.ok());
    std::vector<std::pair<std::string, std::vector<std::string>>> problems;
    for (const auto& error : flatten(partners.error())) problems.emplace_back(error.field, error.arguments);
    EXPECT_EQ(problems, (std::vector<std::pair<std::string, std::vector<std::string>>>{
                            {"partners.country", {"3", "country", "XX"}},
                            {"partners.level", {"3", "level", "village"}},
                            {"partners.population", {"3", "population"}},
                            {"partners.languages", {"3", "languages", "de"}},
                            {"partners.interpretation", {"3", "interpretation"}},
                        }));
}

TEST(MatchingCsv, RefusesAFileWithoutItsColumns)
{
    auto teams = read_teams(table("key,name\nottawa,Ottawa\n"));
    ASSERT_FALSE(teams.ok());
    EXPECT_EQ(teams.error().field, "csv");
    EXPECT_EQ(teams.error().arguments, std::vector<std::string>{"province"});
}

TEST(MatchingCsv, TellsTheKindOfAFileFromItsHeader)
{
    EXPECT_EQ(table_kind(table(kTeamHeader)), TableKind::Teams);
    EXPECT_EQ(table_kind(table(kPartnerHeader)), TableKind::Partners);
    EXPECT_EQ(table_kind(table("partner,team,rule,note\n")), TableKind::Pairs);
    EXPECT_FALSE(table_kind(table("key,name\n")).has_value());
}

TEST(MatchingCsv, WhatIsWrittenReadsBackTheSame)
{
    Problem problem = testing::shaped_problem(30, 80, 5);
    auto teams = read_teams(table(write_teams(problem.teams)));
    auto partners = read_partners(table(write_partners(problem.partners)));
    auto pairs = read_pairs(table(write_pairs(problem.rules)));
    ASSERT_TRUE(teams.ok() && partners.ok() && pairs.ok());
    ASSERT_EQ(teams->size(), problem.teams.size());
    for (std::size_t t = 0; t < teams->size(); ++t) {
        const Team &a = problem.teams[t], &b = (*teams)[t];
        EXPECT_EQ(std::tie(a.key, a.name, a.province, a.population, a.languages, a.expertise, a.capacity, a.past_partners),
                  std::tie(b.key, b.name, b.province, b.population, b.languages, b.expertise, b.capacity, b.past_partners));
        EXPECT_EQ(a.review_score.has_value(), b.review_score.has_value());
        if (a.review_score) {
            EXPECT_NEAR(*a.review_score, *b.review_score, 1e-9);
        }
    }
    ASSERT_EQ(partners->size(), problem.partners.size());
    for (std::size_t p = 0; p < partners->size(); ++p) {
        const Partner &a = problem.partners[p], &b = (*partners)[p];
        EXPECT_EQ(std::tie(a.key, a.name, a.country, a.region, a.level, a.population, a.languages, a.interpretation,
                           a.needs, a.wanted_partners),
                  std::tie(b.key, b.name, b.country, b.region, b.level, b.population, b.languages, b.interpretation,
                           b.needs, b.wanted_partners));
    }
    ASSERT_EQ(pairs->size(), problem.rules.size());
    for (std::size_t r = 0; r < pairs->size(); ++r)
        EXPECT_EQ(std::tie(problem.rules[r].team, problem.rules[r].partner, problem.rules[r].rule),
                  std::tie((*pairs)[r].team, (*pairs)[r].partner, (*pairs)[r].rule));
}

}  // namespace
}  // namespace pmi::matching
