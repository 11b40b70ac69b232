// Network organisations on every backend: officers create them, a network's own staff edit
// their profile (and nothing else of it, and no other network), members come from the
// partner directory, and visitors do not see contacts.
#include "support/account_fixture.hpp"

#include <cmath>

#include "directory/directory_store.hpp"
#include "networks/network_service.hpp"
#include "partnerships/partnership_store.hpp"
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
    auto staff = actor("staff@amm.example", Role::Network, association);
    EXPECT_EQ(networks.save(staff, malian()).error().code, ErrorCode::Forbidden);  // only officers create
    ASSERT_TRUE(networks.save(officer, malian()).ok());
    EXPECT_EQ(networks.network(officer, "amm-mali")->members, (std::vector<std::string>{"ml-kobaya"}));

    auto edit = malian();
    edit.name = "AMM";  // not theirs to change, nor the kind and country
    edit.kind = NetworkKind::GlobalNetwork;
    edit.country = "";
    edit.description.set("en", "The association of Malian communes.");
    ASSERT_TRUE(networks.save(staff, edit).ok());
    auto saved = networks.network(staff, "amm-mali");
    EXPECT_EQ(saved->name, "Association des municipalités du Mali");
    EXPECT_EQ(saved->description.get("en"), "The association of Malian communes.");
    EXPECT_EQ(saved->kind, NetworkKind::NationalAssociation);
    EXPECT_EQ(saved->country, "ML");

    auto stranger = actor("other@town.example", Role::Partner, organisation("Kayes", accounts::OrganisationKind::PartnerLocalGovernment));
    EXPECT_EQ(networks.save(stranger, edit).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(networks.can_edit(stranger, *saved).ok());
    // Another role in the network's own organisation is not the network role.
    auto partner_there = actor("partner@amm.example", Role::Partner, association);
    EXPECT_EQ(networks.save(partner_there, edit).error().code, ErrorCode::Forbidden);
}

TEST_P(NetworkServiceTest, OfficersGiveAndTakeAwayTheNetworkRole)
{
    auto network = malian();
    network.organisation = {};
    ASSERT_TRUE(networks.save(officer, network).ok());
    verified_user("secretariat@amm.example");
    auto before = refreshed("secretariat@amm.example");
    EXPECT_EQ(networks.grant_staff(before, "amm-mali", "secretariat@amm.example").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(networks.grant_staff(officer, "amm-mali", "nobody@amm.example").error().field, "email");
    EXPECT_EQ(networks.grant_staff(officer, "nowhere", "secretariat@amm.example").error().code, ErrorCode::NotFound);
    ASSERT_TRUE(networks.grant_staff(officer, "amm-mali", "Secretariat@AMM.example").ok());
    EXPECT_EQ(networks.grant_staff(officer, "amm-mali", "secretariat@amm.example").error().code, ErrorCode::Conflict);

    auto staff = refreshed("secretariat@amm.example");
    ASSERT_TRUE(staff.has_role(Role::Network));
    auto found = networks.network(staff, "amm-mali");
    EXPECT_TRUE(networks.can_edit(staff, *found).ok());
    auto listed = networks.staff(officer, "amm-mali");
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(networks.staff(staff, "amm-mali").error().code, ErrorCode::Forbidden);

    // Another network's staff may not edit this one, nor have their role taken through it.
    auto other = malian();
    other.key = "amm-other";
    other.organisation = {};
    ASSERT_TRUE(networks.save(officer, other).ok());
    ASSERT_TRUE(networks.grant_staff(officer, "amm-other", "officer@example.org").ok());
    EXPECT_FALSE(networks.can_edit(staff, *networks.network(staff, "amm-other")).ok());
    EXPECT_EQ(networks.revoke_staff(officer, "amm-other", listed->front().id).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(networks.revoke_staff(officer, "amm-mali", listed->front().id).ok());
    staff = refreshed("secretariat@amm.example");
    EXPECT_FALSE(networks.can_edit(staff, *networks.network(staff, "amm-mali")).ok());
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

TEST_P(NetworkServiceTest, ASeatOnTheMapIsKeptInMillionthsOfADegreeOrRefused)
{
    auto network = malian();
    network.seat = Coordinates{12.639, -8.0029};
    ASSERT_TRUE(networks.save(officer, network).ok());
    const auto seat = networks.network(Actor{}, "amm-mali")->seat;
    ASSERT_TRUE(seat);
    EXPECT_DOUBLE_EQ(seat->latitude, 12.639);
    EXPECT_DOUBLE_EQ(seat->longitude, -8.0029);
    network.seat = Coordinates{91, 0};
    EXPECT_EQ(networks.save(officer, network).error().field, "latitude");
    network.seat = Coordinates{std::nan(""), 0};
    EXPECT_EQ(networks.save(officer, network).error().field, "latitude");
    network.seat.reset();
    ASSERT_TRUE(networks.save(officer, network).ok());
    EXPECT_FALSE(networks.network(officer, "amm-mali")->seat);
}

// A partnership of a Canadian team with `partner`, published or not.
partnerships::PartnershipId partnership_with(db::Database& database, const std::string& partner, bool published, Seconds now)
{
    partnerships::Partnership p;
    p.members = {{partnerships::MemberKind::Team, "ca-" + std::to_string(now), "Team " + std::to_string(now)}, {partnerships::MemberKind::Partner, partner, partner}};
    p.country = "ML";
    p.published = published;
    auto connection = database.acquire();
    return partnerships::PartnershipStore(*connection).insert(p, now);
}

TEST_P(NetworkServiceTest, APartnershipTakesPartThroughItsPartnerLocalGovernmentsMembership)
{
    ASSERT_TRUE(networks.save(officer, malian()).ok());
    const auto published = partnership_with(*database, "ml-kobaya", true, clock.now());
    const auto unpublished = partnership_with(*database, "ml-kobaya", false, clock.now() + 1);
    const auto elsewhere = partnership_with(*database, "ml-sikasso", true, clock.now() + 2);

    auto ids = [](const std::vector<partnerships::Visible>& visible) {
        std::vector<std::int64_t> ids;
        for (const auto& v : visible) ids.push_back(v.partnership.id.value);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    EXPECT_EQ(ids(networks.partnerships(officer, "amm-mali").value()), (std::vector<std::int64_t>{published.value, unpublished.value}));
    // Visitors see only the published one, with its public fields.
    EXPECT_EQ(ids(networks.partnerships(Actor{}, "amm-mali").value()), (std::vector<std::int64_t>{published.value}));
    EXPECT_EQ(networks.partnerships(Actor{}, "no-such-network").error().code, ErrorCode::NotFound);

    auto connection = database->acquire();
    const auto kobaya = partnerships::PartnershipStore(*connection).find(published).value();
    const auto sikasso = partnerships::PartnershipStore(*connection).find(elsewhere).value();
    const auto named = networks.taking_part(Actor{}, kobaya);
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(named[0].key, "amm-mali");
    EXPECT_TRUE(named[0].contact_email.empty());
    EXPECT_TRUE(networks.taking_part(officer, sikasso).empty());

    // The partner leaves the network: its partnerships leave with it.
    auto without = malian();
    without.members.clear();
    ASSERT_TRUE(networks.save(officer, without).ok());
    EXPECT_TRUE(networks.partnerships(officer, "amm-mali")->empty());
    EXPECT_TRUE(networks.taking_part(officer, kobaya).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, NetworkServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::networks
