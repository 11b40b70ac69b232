// Campaigns on every backend: who may run them, what a campaign needs before it leaves,
// one message per consenting reader in their language with their own links (queued exactly
// once), preview and test, and the report.
#include "support/mailing_fixture.hpp"

namespace pmi::mailing {
namespace {

class CampaignTest : public testing::MailingFixture {
protected:
    CampaignDraft draft()
    {
        CampaignDraft d;
        d.subject.set("en", "A new call is open");
        d.subject.set("fr", "Un nouvel appel est ouvert");
        d.body.set("en", "The **2027 call** is open. Read it at https://pmi.example/calls/teams-2027.");
        d.body.set("fr", "L'**appel 2027** est ouvert.");
        d.topics = {"calls"};
        d.languages = {"en", "fr"};
        return d;
    }

    CampaignId created()
    {
        auto id = campaigns.create(officer, CampaignKind::Message, draft());
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : CampaignId{};
    }

    std::vector<outbox::Message> campaign_mail()
    {
        std::vector<outbox::Message> list;
        for (auto& message : mail())
            if (message.purpose == "campaign") list.push_back(message);
        return list;
    }
};

TEST_P(CampaignTest, OnlyProgramOfficersAndAdminsRunCampaigns)
{
    EXPECT_EQ(campaigns.create(applicant, CampaignKind::Message, draft()).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(campaigns.create(Actor{}, CampaignKind::Message, draft()).error().code, ErrorCode::Unauthenticated);
    const auto id = created();
    EXPECT_EQ(campaigns.schedule(applicant, id, clock.now()).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(campaigns.report(applicant, id).error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(campaigns.campaign(admin, id).ok());
}

TEST_P(CampaignTest, EachReaderConsentingToATopicGetsOneMessageInTheirLanguage)
{
    subscribed("anna@example.org", {"calls"}, "en");
    subscribed("awa@example.org", {"calls", "news"}, "fr");
    subscribed("ines@example.org", {"news"}, "es");
    subscribed("lena@example.org", {"calls"}, "es");  // a language the campaign is not written in
    ASSERT_TRUE(subscriptions.subscribe(request("pending@example.org", {"calls"})).ok());
    const auto id = created();
    ASSERT_TRUE(campaigns.schedule(officer, id, clock.now()).ok());
    EXPECT_EQ(campaigns.queue_due(), 2);
    EXPECT_EQ(campaigns.queue_due(), 0) << "queued exactly once";

    auto messages = campaign_mail();
    ASSERT_EQ(messages.size(), 2u);
    const auto& english = messages[0].to_address == "anna@example.org" ? messages[0] : messages[1];
    const auto& french = messages[0].to_address == "awa@example.org" ? messages[0] : messages[1];
    EXPECT_EQ(english.subject, "A new call is open");
    EXPECT_EQ(french.subject, "Un nouvel appel est ouvert");
    EXPECT_NE(english.body_html.find("<strong>2027 call</strong>"), std::string::npos);
    EXPECT_EQ(french.topics, "calls");
    EXPECT_EQ(french.campaign_id, std::optional<std::int64_t>(id.value));
    EXPECT_EQ(french.list_unsubscribe.rfind("https://pmi.example/mailing/one-click?token=", 0), 0u);
    for (const auto& message : messages) {
        for (const std::string* part : {&message.body_text, &message.body_html}) {
            EXPECT_NE(part->find("24 Clarence Street"), std::string::npos) << "the sender's mailing address";
            EXPECT_NE(part->find("pmi@fcm.example"), std::string::npos) << "a contact";
            EXPECT_NE(part->find("/mailing/unsubscribe?token="), std::string::npos);
            EXPECT_NE(part->find("/mailing/preferences?token="), std::string::npos);
        }
    }
    auto report = campaigns.report(officer, id);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->campaign.status, CampaignStatus::Sent);
    EXPECT_EQ(report->campaign.recipients, 2);
    EXPECT_EQ(report->messages.queued, 2);
}

TEST_P(CampaignTest, TheLinksInAMessageUnsubscribeItsReaderAndCountInTheReport)
{
    const auto reader = subscribed("anna@example.org", {"calls", "news"});
    const auto id = created();
    ASSERT_TRUE(campaigns.schedule(officer, id, clock.now()).ok());
    campaigns.queue_due();
    const std::string token = link_mailed("anna@example.org", "unsubscribe");
    auto withdrawn = subscriptions.unsubscribe(token, UnsubscribeScope::LinkTopics, ConsentMethod::UnsubscribeLink, "");
    ASSERT_TRUE(withdrawn.ok());
    EXPECT_EQ(*withdrawn, std::vector<std::string>{"calls"}) << "this message's topic only";
    EXPECT_EQ(ledger(reader).back().campaign, std::optional<CampaignId>(id));
    EXPECT_EQ(campaigns.report(officer, id)->unsubscribes, 1);
    auto connection = database->acquire();
    EXPECT_TRUE(ListGuard().withhold_reason(*connection, campaign_mail().front(), clock.now()))
        << "the queued message is withheld at send time";
}

TEST_P(CampaignTest, ACampaignLeavesOnlyComplete)
{
    auto incomplete = draft();
    incomplete.body.set("fr", "");
    incomplete.topics.clear();
    auto id = campaigns.create(officer, CampaignKind::Message, incomplete);
    ASSERT_TRUE(id.ok()) << "a draft may be incomplete";
    auto refused = campaigns.schedule(officer, *id, clock.now());
    ASSERT_FALSE(refused.ok());
    auto fields = flatten(refused.error());
    EXPECT_TRUE(std::any_of(fields.begin(), fields.end(), [](const Error& e) { return e.field == "body_fr"; }));
    EXPECT_TRUE(std::any_of(fields.begin(), fields.end(), [](const Error& e) { return e.field == "topics"; }));

    MailingSettings nameless = testing::mailing_settings();
    nameless.configured.postal_address.clear();
    CampaignService without_address(*database, clock, i18n, nameless);
    auto complete = without_address.create(officer, CampaignKind::Message, draft());
    auto no_address = without_address.schedule(officer, *complete, clock.now());
    ASSERT_FALSE(no_address.ok());
    EXPECT_EQ(no_address.error().field, "campaign") << "no mailing address, no campaign";
}

TEST_P(CampaignTest, HeaderInjectionAndOversizedMessagesAreRefused)
{
    const auto id = created();
    auto injected = draft();
    injected.subject.set("en", "News\r\nBcc: everyone@example.org");
    auto refused = campaigns.save(officer, id, injected);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "subject_en");
    auto oversized = draft();
    oversized.body.set("en", std::string(kMaxBodyBytes + 1, 'a'));
    auto too_large = campaigns.save(officer, id, oversized);
    ASSERT_FALSE(too_large.ok());
    EXPECT_EQ(too_large.error().field, "body_en");
    EXPECT_EQ(too_large.error().code, ErrorCode::PayloadTooLarge);
    EXPECT_EQ(campaigns.campaign(officer, id)->subject.get("en"), "A new call is open") << "nothing changed";
}

TEST_P(CampaignTest, AScheduledCampaignWaitsForItsMomentAndCanBeCancelled)
{
    subscribed("anna@example.org", {"calls"});
    const auto id = created();
    ASSERT_TRUE(campaigns.schedule(officer, id, clock.now() + 3600).ok());
    EXPECT_EQ(campaigns.queue_due(), 0);
    EXPECT_FALSE(campaigns.save(officer, id, draft()).ok()) << "a scheduled campaign is fixed";
    ASSERT_TRUE(campaigns.unschedule(officer, id).ok());
    ASSERT_TRUE(campaigns.schedule(officer, id, clock.now() + 3600).ok());
    clock.advance(3600);
    EXPECT_EQ(campaigns.queue_due(), 1);
    EXPECT_FALSE(campaigns.unschedule(officer, id).ok()) << "a sent campaign has left";
}

TEST_P(CampaignTest, APreviewAndATestShowTheMessageAsReadersGetIt)
{
    const auto id = created();
    auto preview = campaigns.preview(officer, id, "fr");
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->subject, "Un nouvel appel est ouvert");
    EXPECT_NE(preview->html_body.find("24 Clarence Street"), std::string::npos);
    ASSERT_TRUE(campaigns.send_test(officer, id, "fr").ok());
    auto mails = mail();
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].to_address, "officer@example.org");
    EXPECT_EQ(mails[0].purpose, "campaign_test");
    EXPECT_FALSE(mails[0].subscriber_id) << "a test needs no consent: it goes to its author";
    EXPECT_FALSE(campaigns.send_test(applicant, id, "fr").ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, CampaignTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::mailing
