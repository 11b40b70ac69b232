// The IATI file on every backend, from the demo program: valid against the official schema,
// only published partnerships in it, officers alone publish, blocking problems refuse to
// publish, and the public file keeps its entity tag until the next publication.
#include "support/account_fixture.hpp"

#include "app/demo.hpp"
#include "iati/iati_service.hpp"
#include "iati/program_sources.hpp"
#include "partnerships/expense_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/partnership_store.hpp"

namespace pmi::iati {
namespace {

// Expenses of each partnership as the expenses module will supply them; one with a date the
// schema refuses when `broken`.
class Expenses final : public ActivitySources {
public:
    bool broken = false;
    std::vector<Transaction> transactions(partnerships::PartnershipId) const override
    {
        return {{TransactionType::Expenditure, broken ? "2026-13-45" : "2026-05-14", 123456, {}}};
    }
};

class IatiServiceTest : public testing::AccountFixture {
protected:
    IatiServiceTest() : site(*database, clock), iati(*database, clock, site, i18n, {"CA-CRA_ACR-0000000000-TEST"}, expenses)
    {
        app::load_demo(*database, service, clock, [](const std::string&) {});
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        applicant = actor("town@example.org", Role::Applicant, organisation("Town", accounts::OrganisationKind::CanadianMunicipality));
    }

    site::SiteService site;
    Expenses expenses;
    IatiService iati;
    OrganisationId office;
    Actor officer, applicant;
};

TEST_P(IatiServiceTest, DemoProgramFollowsTheSchemaAndCodeLists)
{
    auto file = iati.preview(officer);
    ASSERT_TRUE(file.ok());
    for (const auto& p : file->problems)
        EXPECT_EQ(p.severity, Severity::Warning) << p.activity << " " << p.element << " " << p.message << " "
                                                 << (p.arguments.empty() ? "" : p.arguments[0]);
    EXPECT_TRUE(schema_problems(file->xml).empty());
    std::size_t published = 0;
    auto connection = database->acquire();
    for (const auto& p : partnerships::PartnershipStore(*connection).all()) published += p.published ? 1 : 0;
    EXPECT_EQ(file->activities.size(), published + 1) << "the program and each published partnership";
    EXPECT_NE(file->xml.find("<iati-identifier>CA-CRA_ACR-0000000000-TEST-PMI-LED</iati-identifier>"), std::string::npos);
    EXPECT_EQ(file->xml.find("Prek Chrey"), std::string::npos) << "an unpublished partnership stays out";
    EXPECT_NE(file->xml.find("<transaction-type code=\"4\"/>"), std::string::npos);
}

TEST_P(IatiServiceTest, OnlyOfficersPreviewAndPublish)
{
    EXPECT_EQ(iati.preview(applicant).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(iati.publish(applicant).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(iati.preview(Actor{}).error().code, ErrorCode::Unauthenticated);
    EXPECT_FALSE(iati.published(IatiStore::WithFile::No));
}

TEST_P(IatiServiceTest, PublishingKeepsTheFileAndItsTag)
{
    auto first = iati.publish(officer);
    ASSERT_TRUE(first.ok());
    auto stored = iati.published(IatiStore::WithFile::Yes);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->xml, first->xml);
    EXPECT_EQ(stored->etag, first->etag);
    EXPECT_TRUE(schema_problems(stored->xml).empty());
    EXPECT_TRUE(iati.published(IatiStore::WithFile::No)->xml.empty());
    clock.advance(60);
    auto second = iati.publish(officer);
    ASSERT_TRUE(second.ok());
    EXPECT_NE(second->etag, first->etag) << "the generated time changed";
    EXPECT_EQ(iati.published(IatiStore::WithFile::No)->id, second->id);
}

TEST_P(IatiServiceTest, CriticalProblemsRefuseToPublish)
{
    expenses.broken = true;
    auto file = iati.preview(officer);
    ASSERT_TRUE(file.ok());
    ASSERT_GT(file->count(Severity::Critical), 0);
    EXPECT_EQ(file->problems.front().severity, Severity::Critical);
    EXPECT_NE(file->problems.front().arguments.at(0).find("2026-13-45"), std::string::npos);
    auto refused = iati.publish(officer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(iati.published(IatiStore::WithFile::No));
}

// The program's own sources: the demo's approved expenses and results, and a disbursement,
// reach the file, which still follows the schema and code lists.
TEST_P(IatiServiceTest, DemoTransactionsAndResultsFollowTheSchema)
{
    {
        auto connection = database->acquire();
        for (const auto& p : partnerships::PartnershipStore(*connection).all()) {
            if (!p.published) continue;
            partnerships::Disbursement paid;
            paid.partnership = p.id, paid.paid_on = *partnerships::parse_date("2026-06-01"), paid.fiscal_year = 2026;
            paid.amount = Money::cents(500000), paid.reference = "PAY-1", paid.recorded_by = "Program office", paid.recorded_at = clock.now();
            partnerships::ExpenseStore(*connection).insert(paid);
            break;
        }
    }
    const ProgramSources sources(*database);
    IatiService program_iati(*database, clock, site, i18n, {"CA-CRA_ACR-0000000000-TEST"}, sources);
    auto file = program_iati.preview(officer);
    ASSERT_TRUE(file.ok());
    for (const auto& p : file->problems)
        EXPECT_EQ(p.severity, Severity::Warning) << p.activity << " " << p.element << " " << p.message << " "
                                                 << (p.arguments.empty() ? "" : p.arguments[0]);
    EXPECT_TRUE(schema_problems(file->xml).empty());
    std::size_t expenses_seen = 0, disbursements_seen = 0, results_seen = 0, dimensions_seen = 0;
    for (const auto& activity : file->activities) {
        for (const auto& t : activity.transactions) (t.type == TransactionType::Expenditure ? expenses_seen : disbursements_seen)++;
        results_seen += activity.results.size();
        for (const auto& result : activity.results)
            for (const auto& indicator : result.indicators)
                for (const auto& period : indicator.periods)
                    for (const auto& actual : period.actuals) dimensions_seen += actual.dimensions.size();
    }
    EXPECT_GT(expenses_seen, 0u);
    EXPECT_GT(disbursements_seen, 0u);
    EXPECT_GT(results_seen, 0u);
    EXPECT_GT(dimensions_seen, 0u) << "sex and age cells become dimensions";
    EXPECT_NE(file->xml.find("<transaction-type code=\"3\"/>"), std::string::npos);
    EXPECT_NE(file->xml.find("<result type=\""), std::string::npos);
    EXPECT_NE(file->xml.find("<dimension name=\"sex\""), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, IatiServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::iati
