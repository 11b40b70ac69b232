// Network organisations on every backend: officers create them, a network's own staff edit
// their profile (and nothing else of it, and no other network), members come from the
// partner directory, and visitors do not see contacts.
#include "support/account_fixture.hpp"

#include "directory/directory_store.hpp"
#include "networks/network_service.hpp"
#include "search/search_service.hpp"

namespace pmi::networks {
namespace {

class NetworkServiceTest : public testing::AccountFixture {
protected:
    NetworkServiceTest() : index(clock, {"en", "fr", "es"}), networks(*database, clock, &index)
    {
        officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Program office", accounts::OrganisationKind::ProgramOffice));
        association = organisation("Association des municipalités du Mali", accounts::OrganisationKind::PartnerLocalGovernment);
        auto connection = database->acquire();
        directory::PartnerGovernment partner;
        partner.key = "ml-kobaya";
        partner.name = "Kobaya";
        partner.country = "ML";
        partner.region = "Koulikoro";
        partner.languages = {"fr"};
        directory::DirectoryStore(*connection).save(partner, clock.now());
    }

    NetworkOrganisation malian()
    {
        NetworkOrganisation network;
        network.key = "amm-mali";
        network.kind = NetworkKind::NationalAssociation;
        network.country = "ML";
        network.name = "Association des municipalités du Mali";
        network.description.set("fr", "L'association des communes maliennes.");
        network.contact_name = "Awa Traoré";
        network.contact_email = "awa@amm.example";
        network.members = {"ml-kobaya", "ml-kobaya"};
        network.organisation = association;
        return network;
    }

    search::SearchIndex index;
    NetworkService networks;
    Actor officer;
    OrganisationId association;
};

TEST_P(NetworkServiceTest, OfficersCreateAndTheNetworksStaffEditTheirOwnProfile)
{
    EXPECT_EQ(networks.save(Actor{}, malian()).error().code, ErrorCode::Unauthenticated);
    auto staff = actor("staff@amm.example", Role::Partner, association);
    EXPECT_EQ(networks.save(staff, malian()).error().code, ErrorCode::Forbidden);  // only officers create
    ASSERT_TRUE(networks.save(officer, malian()).ok());
    EXPECT_EQ(networks.network(officer, "amm-mali")->members, (std::vector<std::string>{"ml-kobaya"}));

    auto edit = malian();
    edit.name = "AMM";
    edit.kind = NetworkKind::GlobalNetwork;  // not theirs to change
    edit.country = "";
    ASSERT_TRUE(networks.save(staff, edit).ok());
    auto saved = networks.network(staff, "amm-mali");
    EXPECT_EQ(saved->name, "AMM");
    EXPECT_EQ(saved->kind, NetworkKind::NationalAssociation);
    EXPECT_EQ(saved->country, "ML");

    auto stranger = actor("other@town.example", Role::Partner, organisation("Kayes", accounts::OrganisationKind::PartnerLocalGovernment));
    EXPECT_EQ(networks.save(stranger, edit).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(networks.can_edit(stranger, *saved).ok());
}

TEST_P(NetworkServiceTest, MembersComeFromTheDirectoryAndFieldsAreChecked)
{
    auto network = malian();
    network.members.push_back("xx-nowhere");
    network.website = "javascript:alert(1)";
    network.country = "FR";
    auto refused = networks.save(officer, network);
    ASSERT_FALSE(refused.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(refused.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"country", "website", "members"}));
}

TEST_P(NetworkServiceTest, VisitorsSeeNoContactsAndTheSearchFindsTheNetwork)
{
    ASSERT_TRUE(networks.save(officer, malian()).ok());
    EXPECT_TRUE(networks.network(Actor{}, "amm-mali")->contact_email.empty());
    EXPECT_EQ(networks.list(officer).front().contact_email, "awa@amm.example");
    search::SearchService search(*database);
    auto found = search.search(Actor{}, {"municipalites mali", "es", std::nullopt, 1});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->groups.size(), 1u);
    EXPECT_EQ(found->groups[0].kind, search::Kind::Network);
    EXPECT_EQ(found->groups[0].hits[0].url, "/networks/amm-mali");
}

INSTANTIATE_TEST_SUITE_P(Backends, NetworkServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::networks
