// The office's side of the list on every backend: records and their export (admins only,
// audited), erasure that leaves only a hash and is honoured by imports, imports with the
// source and expiry of implied consent, and the sender's identity.
#include <nlohmann/json.hpp>

#include "support/mailing_fixture.hpp"

namespace pmi::mailing {
namespace {

class SubscriberAdminTest : public testing::MailingFixture {
protected:
    ImportRequest import_request(std::string lines)
    {
        ImportRequest r;
        r.lines = std::move(lines);
        r.topics = {"news"};
        r.source = "Sign-up sheet of the 2026 annual conference, Ottawa";
        r.language = "en";
        return r;
    }
};

TEST_P(SubscriberAdminTest, AnAdminExportsTheWholeRecordOthersMayNot)
{
    const auto id = subscribed("awa@example.org", {"calls"}, "fr");
    EXPECT_EQ(admin_service.export_json(officer, id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(admin_service.export_json(applicant, id).error().code, ErrorCode::Forbidden);
    auto exported = admin_service.export_json(admin, id);
    ASSERT_TRUE(exported.ok());
    auto json = nlohmann::json::parse(*exported);
    EXPECT_EQ(json["subscriber"]["email"], "awa@example.org");
    ASSERT_EQ(json["consent_ledger"].size(), 2u);
    EXPECT_EQ(json["consent_ledger"][0]["action"], "request");
    EXPECT_EQ(json["consent_ledger"][0]["ip"], "192.0.2.7");
    EXPECT_NE(json["consent_ledger"][0]["wording"]["text"].get<std::string>().find("Fédération"), std::string::npos);
    EXPECT_EQ(json["consent_ledger"][1]["method"], "confirmed_link");
    auto csv = admin_service.export_csv(admin, id);
    ASSERT_TRUE(csv.ok());
    std::size_t rows = 0;
    for (auto at = csv->find("\r\n"); at != std::string::npos; at = csv->find("\r\n", at + 2)) ++rows;
    EXPECT_EQ(rows, 3u) << "a header and one row per event (the wording's own line break stays quoted)";
    auto connection = database->acquire();
    EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM audit_log WHERE action = 'mailing.subscriber.export'")->integer(0), 2);
}

TEST_P(SubscriberAdminTest, ErasureLeavesOnlyAHashThatImportsHonour)
{
    const auto id = subscribed("awa@example.org", {"calls"});
    EXPECT_EQ(admin_service.erase(officer, id).error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(admin_service.erase(admin, id).ok());
    auto connection = database->acquire();
    for (const char* table : {"mailing_subscribers", "mailing_subscriptions", "mailing_consent_events"})
        EXPECT_EQ(connection->query_one(std::string("SELECT COUNT(*) FROM ") + table)->integer(0), 0) << table;
    EXPECT_FALSE(connection->query_one("SELECT 1 FROM outbox WHERE to_address = 'awa@example.org'"))
        << "neither its list mail nor its confirmation mail stays";
    EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM mailing_suppressions")->integer(0), 1);
    for (const auto& row : connection->query("SELECT email_hash FROM mailing_suppressions"))
        EXPECT_EQ(row.text(0).find("awa"), std::string::npos);

    auto report = admin_service.import(officer, import_request("AWA@example.org, Awa\nnew@example.org, New Reader, fr"));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->added, 1);
    ASSERT_EQ(report->skipped.size(), 1u);
    EXPECT_EQ(report->skipped[0].arguments, std::vector<std::string>{"1"});
    EXPECT_FALSE(subscriber("awa@example.org")) << "an erased address is not imported again";
    // Its owner may subscribe again, by confirming.
    subscribed("awa@example.org", {"news"});
    EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM mailing_suppressions")->integer(0), 0);
}

TEST_P(SubscriberAdminTest, ImportsKeepTheSourceAndImpliedConsentEnds)
{
    auto implied = import_request("email,name,language,organisation\n\"Quispe, Inés\" <x>\nines@example.org,\"Quispe, Inés\",es,Municipio de Sucre\n");
    implied.consent_type = ConsentType::Implied;
    EXPECT_EQ(admin_service.import(officer, implied).error().field, "implied_until");
    implied.implied_until = clock.now() + 180 * 86400;
    auto report = admin_service.import(officer, implied);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->added, 1);
    EXPECT_EQ(report->skipped.size(), 1u) << "the malformed line";
    auto ines = subscriber("ines@example.org");
    ASSERT_TRUE(ines);
    EXPECT_EQ(ines->name, "Quispe, Inés");
    EXPECT_EQ(ines->language, "es");
    auto events = ledger(ines->id);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].method, ConsentMethod::Import);
    EXPECT_EQ(events[0].source, "Sign-up sheet of the 2026 annual conference, Ottawa");
    EXPECT_EQ(events[0].consent_type, ConsentType::Implied);
    EXPECT_EQ(events[0].recorded_by, "officer");
    auto connection = database->acquire();
    SubscriberStore store(*connection);
    EXPECT_TRUE(store.receives(ines->id, {"news"}, clock.now()));
    EXPECT_FALSE(store.receives(ines->id, {"news"}, clock.now() + 181 * 86400)) << "implied consent ran out";
    EXPECT_EQ(admin_service.import(applicant, implied).error().code, ErrorCode::Forbidden);
}

TEST_P(SubscriberAdminTest, OnlyAnAdminSetsTheSenderIdentityAndItIsChecked)
{
    SenderIdentity identity{"PMI-LED program office", "24 Clarence Street\nOttawa ON K1N 5P3", "pmi@fcm.example", "", "https://pmi.example"};
    EXPECT_EQ(admin_service.save_sender(officer, identity).error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(admin_service.save_sender(admin, identity).ok());
    EXPECT_EQ(campaigns.sender(officer)->postal_address, "24 Clarence Street\nOttawa ON K1N 5P3");
    identity.name = "Office\r\nBcc: x@example.org";
    identity.website = "javascript:alert(1)";
    auto refused = admin_service.save_sender(admin, identity);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(flatten(refused.error()).size(), 2u);
}

TEST_P(SubscriberAdminTest, OfficersSearchTheListAndFollowItsGrowth)
{
    subscribed("awa@example.org", {"calls"});
    subscribed("bo@example.org", {"news"});
    auto found = admin_service.search(officer, "AWA@", 0);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ(admin_service.search(officer, "%", 0)->size(), 0u) << "wildcards are searched as text";
    EXPECT_EQ(admin_service.counts(officer)->active, 2);
    auto growth = admin_service.growth(officer, 12);
    ASSERT_TRUE(growth.ok());
    EXPECT_EQ(growth->size(), 12u);
    EXPECT_EQ(growth->back().joined, 2);
    EXPECT_EQ(growth->back().total, 2);
    EXPECT_EQ(admin_service.search(applicant, "", 0).error().code, ErrorCode::Forbidden);
}

INSTANTIATE_TEST_SUITE_P(Backends, SubscriberAdminTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::mailing
