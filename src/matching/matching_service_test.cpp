// Matching runs on every backend: a run on the directory, pinned and forbidden pairs that
// the next run keeps, runs reproduced from their saved inputs, comparison, acceptance that
// creates the partnerships once, and only program officers for all of it.
#include "support/account_fixture.hpp"

#include "directory/directory_service.hpp"
#include "matching/matching_service.hpp"

namespace pmi::matching {
namespace {

class MatchingServiceTest : public testing::AccountFixture {
protected:
    MatchingServiceTest() : directory(*database, clock), reviews(*database, clock, i18n), matching(*database, clock, i18n, reviews)
    {
        auto office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        auto town = organisation("Maple Falls", accounts::OrganisationKind::CanadianMunicipality);
        applicant = actor("maple@example.org", Role::Applicant, town);
        partner("bf-reo", "BF", {"fr"}, {3, 1, 0});
        partner("bf-koudougou", "BF", {"fr"}, {1, 3, 1});
        partner("bo-sucre", "BO", {"es"}, {0, 1, 3});
        team("on-maple", {"fr", "en"}, {3, 1, 0}, 1);
        team("qc-riviere", {"fr"}, {1, 3, 0}, 1);
        team("ab-aspen", {"en", "es"}, {0, 0, 3}, 1);
    }

    void partner(const std::string& key, const std::string& country, std::vector<std::string> languages, directory::AreaLevels needs)
    {
        directory::PartnerGovernment p;
        p.key = key, p.name = key, p.country = country, p.population = 40'000, p.languages = std::move(languages), p.needs = needs;
        ASSERT_TRUE(directory.save_partner(officer, p).ok());
    }
    void team(const std::string& key, std::vector<std::string> languages, directory::AreaLevels expertise, int capacity)
    {
        directory::MunicipalTeam t;
        t.key = key, t.name = key, t.province = "ON", t.population = 40'000, t.languages = std::move(languages), t.expertise = expertise;
        t.capacity = capacity;
        ASSERT_TRUE(directory.save_team(officer, t).ok());
    }
    std::set<std::pair<std::string, std::string>> pairs(RunId id)
    {
        std::set<std::pair<std::string, std::string>> set;
        const auto run = matching.find(officer, id).value();
        for (const auto& pair : run.result.at("pairs")) set.emplace(pair.at("team"), pair.at("partner"));
        return set;
    }

    directory::DirectoryService directory;
    review::ReviewService reviews;
    MatchingService matching;
    Actor officer, applicant;
};

using Pairs = std::set<std::pair<std::string, std::string>>;

TEST_P(MatchingServiceTest, ARunPairsTeamsWithPartnersWhoShareALanguageAndNeedWhatTheyKnow)
{
    auto id = matching.run(officer, {"first", std::nullopt, {}, CountryCoverage::Wanted});
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(pairs(*id), (Pairs{{"ab-aspen", "bo-sucre"}, {"on-maple", "bf-reo"}, {"qc-riviere", "bf-koudougou"}}));
    auto run = matching.find(officer, *id).value();
    EXPECT_EQ(run.summary.pairs, 3);
    EXPECT_EQ(run.summary.countries_served, 2);
    EXPECT_TRUE(run.result.at("proven_optimal").get<bool>());
    EXPECT_EQ(run.problem.teams.size(), 3u) << "the inputs are saved with the run";
}

TEST_P(MatchingServiceTest, PinnedAndForbiddenPairsShapeTheNextRun)
{
    ASSERT_TRUE(matching.set_rule(officer, {"on-maple", "bf-koudougou", PairRule::Pin}).ok());
    ASSERT_TRUE(matching.set_rule(officer, {"ab-aspen", "bo-sucre", PairRule::Forbid}).ok());
    auto id = matching.run(officer, {"with rules", std::nullopt, {}, CountryCoverage::Wanted}).value();
    auto result = pairs(id);
    EXPECT_TRUE(result.count({"on-maple", "bf-koudougou"}));
    EXPECT_FALSE(result.count({"ab-aspen", "bo-sucre"}));
    EXPECT_EQ(matching.set_rule(officer, {"nobody", "bf-reo", PairRule::Pin}).error().field, "team");
    EXPECT_EQ(matching.set_rule(applicant, {"on-maple", "bf-reo", PairRule::Pin}).error().code, ErrorCode::Forbidden);
    // A pin the languages do not allow is refused by the engine, naming the rule.
    ASSERT_TRUE(matching.set_rule(officer, {"qc-riviere", "bo-sucre", PairRule::Pin}).ok());
    auto refused = matching.run(officer, {"impossible", std::nullopt, {}, CountryCoverage::Wanted});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().field.find("pairs"), std::string::npos) << refused.error().field;
    ASSERT_TRUE(matching.remove_rule(officer, "qc-riviere", "bo-sucre").ok());
    EXPECT_EQ(matching.remove_rule(officer, "qc-riviere", "bo-sucre").error().code, ErrorCode::NotFound);
}

TEST_P(MatchingServiceTest, ARunReproducedFromItsInputsGivesTheSamePairsEvenAfterTheDirectoryChanged)
{
    auto first = matching.run(officer, {"original", std::nullopt, {}, CountryCoverage::Wanted}).value();
    team("nb-new", {"fr"}, {3, 3, 3}, 2);
    auto again = matching.run_again(officer, first).value();
    EXPECT_EQ(pairs(again), pairs(first));
    auto current = matching.run(officer, {"current", std::nullopt, {}, CountryCoverage::Wanted}).value();
    auto comparison = matching.compare(officer, first, current).value();
    EXPECT_FALSE(comparison.only_second.empty()) << "the new team takes a partner";
    EXPECT_EQ(comparison.both.size() + comparison.only_first.size(), pairs(first).size());
}

TEST_P(MatchingServiceTest, AcceptingARunProposesItsPartnershipsOnce)
{
    auto id = matching.run(officer, {"final", std::nullopt, {}, CountryCoverage::Wanted}).value();
    EXPECT_EQ(matching.accept(applicant, id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(matching.accept(officer, id).value(), 3);
    EXPECT_EQ(matching.accept(officer, id).error().code, ErrorCode::Conflict);
    auto partnerships = matching.partnerships(officer).value();
    ASSERT_EQ(partnerships.size(), 3u);
    for (const auto& p : partnerships) {
        EXPECT_EQ(p.status, "proposed");
        EXPECT_EQ(p.run, id);
    }
    // A later run with the same pairs creates none twice.
    auto later = matching.run(officer, {"later", std::nullopt, {}, CountryCoverage::Wanted}).value();
    EXPECT_EQ(matching.accept(officer, later).value(), 0);
}

TEST_P(MatchingServiceTest, SettingsOutOfRangeOrAnEmptyDirectoryAreExplained)
{
    Weights heavy;
    heavy.review = 500;
    EXPECT_EQ(matching.run(officer, {"", std::nullopt, heavy, CountryCoverage::Wanted}).error().field, "weights");
    EXPECT_EQ(matching.run(applicant, {"", std::nullopt, {}, CountryCoverage::Wanted}).error().code, ErrorCode::Forbidden);
    for (auto key : {"on-maple", "qc-riviere", "ab-aspen"}) ASSERT_TRUE(directory.remove_team(officer, key).ok());
    EXPECT_EQ(matching.run(officer, {"", std::nullopt, {}, CountryCoverage::Wanted}).error().field, "call");
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchingServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::matching
